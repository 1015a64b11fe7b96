import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './data-table.css';

interface DataTableProps {
  /** The table's name, shown above it; the scroll region takes the same name. */
  caption: string;
  /** The column headers in order; `false` leaves a column out (e.g. the actions for who may not act). */
  columns: readonly ReactNode[];
  /** Layout classes besides Utrecht's own (criteria, panel-tally, reviews-grid). */
  className?: string;
  /** The table fits a phone screen: it stays a table, and its scroll box needs no name and no tab stop. */
  narrow?: boolean;
  /** The body rows. */
  children: ReactNode;
}

/**
 * Gives every data cell the text of its column header as `data-label`, which data-table.css shows
 * above the cell when the rows are stacked as cards on a phone. The rows are the callers', so the
 * labels are read from the rendered header rather than passed to every cell.
 */
function labelCellsByColumn(table: HTMLTableElement): void {
  const headerRow = table.tHead?.rows[0];
  if (!headerRow) return;
  const labels = Array.from(headerRow.cells).flatMap((cell) => Array<string>(cell.colSpan).fill(cell.textContent?.trim() ?? ''));
  for (const body of Array.from(table.tBodies))
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        if (cell.tagName === 'TD' && labels[column]) cell.dataset.label = labels[column];
        column += cell.colSpan;
      }
    }
}

/**
 * A data table with a caption and one row of column headers. On a tablet it sits in a box that
 * scrolls sideways so the page itself never does; unless the table is narrow, that box is a named,
 * focusable region, so keyboard users can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
 * Under 600 px a wide table shows each row as a card, every cell under its column's name.
 */
export function DataTable({ caption, columns, className, narrow = false, children }: DataTableProps) {
  const table = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    if (!narrow && table.current) labelCellsByColumn(table.current);
  });
  const region = narrow ? {} : { role: 'region', 'aria-label': caption, tabIndex: 0 };
  const classes = ['utrecht-table', 'utrecht-table--html-table', narrow ? '' : 'data-table--stacked', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className="table-scroll" {...region}>
      <table ref={table} className={classes}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns
              .filter((column) => column !== false)
              .map((column, index) => (
                <th className="utrecht-table__header-cell" scope="col" key={index}>
                  {column}
                </th>
              ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
