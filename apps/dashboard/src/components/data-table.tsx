import type { ReactNode } from 'react';
import { downloadCsv, toCsv } from './csv.js';

export interface Column<Row> {
  header: string;
  /** React key when two headers could read the same (two areas of one name). */
  key?: string;
  /** What the cell shows. */
  render: (row: Row) => ReactNode;
  /** What the CSV holds; a suppressed count is written "suppressed", never 0. */
  csv: (row: Row) => string | number | null | undefined;
}

/**
 * A table with a caption and a "Download CSV" button that writes exactly
 * the rows and columns shown.
 */
export function DataTable<Row>({ caption, columns, rows, filename, empty = 'Nothing to show.' }: {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  filename: string;
  empty?: string;
}) {
  const download = () => downloadCsv(`${filename}.csv`, toCsv(columns.map((column) => column.header), rows.map((row) => columns.map((column) => column.csv(row)))));
  return (
    <div className="table-block">
      <div className="table-tools">
        <button type="button" onClick={download} aria-label={`Download CSV: ${caption}`}>
          Download CSV
        </button>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key ?? column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{empty}</td>
              </tr>
            ) : (
              rows.map((row, index) => (
                <tr key={index}>
                  {columns.map((column) => (
                    <td key={column.key ?? column.header}>{column.render(row)}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
