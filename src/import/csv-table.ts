/** A parsed CSV file: the header's column names and the data rows, each with its row number. */
export interface CsvTable {
  columns: string[];
  /** `row` counts records as a spreadsheet shows them: the header is row 1, the first data row is row 2. */
  rows: { row: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly row: number) {
    super(`Unclosed quote in row ${row}`);
  }
}

/**
 * RFC 4180 CSV as spreadsheets export it: UTF-8 (a BOM is dropped), quoted cells with doubled
 * quotes and line breaks inside, CRLF or LF. The separator is the one the header line uses: a
 * semicolon (Dutch Excel) or a comma. Entirely empty lines are skipped.
 */
export function parseCsv(text: string): CsvTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const records: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push({ row: records.length + 1, cells });
      cells = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) throw new CsvSyntaxError(records.length + 1);
  if (cell !== '' || cells.length) {
    cells.push(cell);
    records.push({ row: records.length + 1, cells });
  }
  const nonEmpty = records.filter((record) => record.cells.some((value) => value.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  return { columns: header ? header.cells.map((name) => name.trim().toLowerCase()) : [], rows };
}

function count(line: string, char: string): number {
  return line.split(char).length - 1;
}
