import { CsvSyntaxError, parseCsv } from './csv-table.js';

describe('parseCsv', () => {
  it('reads a Dutch Excel export: BOM, semicolons, quoted cells with separators, quotes and line breaks, CRLF', () => {
    const table = parseCsv('\uFEFFName;Summary\r\n"A; B";"Zegt ""ja""\r\nen nee"\r\n\r\nC;\r\n');
    expect(table.columns).toEqual(['name', 'summary']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['A; B', 'Zegt "ja"\r\nen nee'] },
      { row: 4, cells: ['C', ''] },
    ]);
  });

  it('takes commas when the header uses them, and numbers rows as a spreadsheet shows them', () => {
    expect(parseCsv('a,b\n1,2\n3,4').rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it('names the row of a quote that is never closed', () => {
    const thrown = (() => {
      try {
        parseCsv('a;b\n1;2\n"open;3\n');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(CsvSyntaxError);
    expect((thrown as CsvSyntaxError).row).toBe(3);
  });
});
