/** A column: its header, its share of the width (relative), and whether its cells are figures (right-aligned). */
export interface PdfTableColumn {
  header: string;
  weight: number;
  numeric?: boolean;
}

/** A header over several adjacent columns (e.g. a phase over its in, out and month-end columns). */
export interface PdfTableGroup {
  header: string;
  span: number;
}

export interface PdfTable {
  columns: PdfTableColumn[];
  /** Optional headers above the column headers; their spans add up to the number of columns. */
  groups?: PdfTableGroup[];
  rows: string[][];
}

const ROW = 12;

/** The height of the table in points. */
export function tableHeight(table: PdfTable): number {
  return ROW * (table.rows.length + 1 + (table.groups ? 1 : 0)) + 4;
}

/**
 * A table in 8-point type with a rule under the headers and between column groups, so a printed page
 * shows which figures belong together without colour. Leaves the cursor under the table.
 */
export function drawTable(doc: PDFKit.PDFDocument, table: PdfTable, x: number, y: number, width: number): void {
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => (column.weight / total) * width);
  const lefts = widths.map((_, index) => x + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const pad = 2;
  let top = y;
  const rule = (at: number, weight: number) => doc.save().lineWidth(weight).moveTo(x, at).lineTo(x + width, at).strokeColor('#000000').stroke().restore();

  doc.font('Helvetica-Bold').fontSize(8).fillColor('#000000');
  const groupStarts: number[] = [];
  if (table.groups) {
    let column = 0;
    for (const group of table.groups) {
      const left = lefts[column];
      const groupWidth = widths.slice(column, column + group.span).reduce((sum, w) => sum + w, 0);
      if (group.header) doc.text(group.header, left, top + 2, { width: groupWidth, align: 'center', lineBreak: false });
      if (column > 0) groupStarts.push(left);
      column += group.span;
    }
    top += ROW;
  }
  table.columns.forEach((column, index) =>
    doc.text(column.header, lefts[index] + pad, top + 2, { width: widths[index] - 2 * pad, align: column.numeric ? 'right' : 'left', lineBreak: false }),
  );
  top += ROW;
  rule(top, 0.8);
  doc.font('Helvetica');
  for (const row of table.rows) {
    row.forEach((cell, index) =>
      doc.text(cell, lefts[index] + pad, top + 2.5, { width: widths[index] - 2 * pad, align: table.columns[index].numeric ? 'right' : 'left', lineBreak: false }),
    );
    top += ROW;
  }
  rule(top + 1, 0.5);
  for (const left of groupStarts) doc.save().lineWidth(0.4).moveTo(left, y).lineTo(left, top + 1).strokeColor('#000000').stroke().restore();
  doc.x = x;
  doc.y = top + 4;
}
