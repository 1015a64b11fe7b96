import type { ReactNode } from 'react';

interface DataTableProps {
  /** The table's name, shown above it; the scroll region takes the same name. */
  caption: string;
  /** The column headers in order; `false` leaves a column out (e.g. the actions for who may not act). */
  columns: readonly ReactNode[];
  /** Layout classes besides Utrecht's own (criteria, panel-tally, reviews-grid). */
  className?: string;
  /** The table fits a phone screen: its scroll box needs no name and no tab stop. */
  narrow?: boolean;
  /** The body rows. */
  children: ReactNode;
}

/**
 * A data table with a caption and one row of column headers, in a box that scrolls sideways on a
 * narrow screen so the page itself never does. Unless the table is narrow, that box is a named,
 * focusable region, so keyboard users can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
 */
export function DataTable({ caption, columns, className, narrow = false, children }: DataTableProps) {
  const region = narrow ? {} : { role: 'region', 'aria-label': caption, tabIndex: 0 };
  return (
    <div className="table-scroll" {...region}>
      <table className={className ? `utrecht-table utrecht-table--html-table ${className}` : 'utrecht-table utrecht-table--html-table'}>
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
