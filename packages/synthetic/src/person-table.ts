/**
 * An agency's person table together with whose each row is. Rows are put in
 * order of the agency's own identifier, as its system would list them, so that
 * row order says nothing about who the person is.
 */
export interface PersonTable<Row> {
  rows: Row[];
  /** Person index (into the ground truth) of each row. */
  owners: Int32Array;
}

export function sortedTable<Row>(rows: Row[], owners: number[], idOf: (row: Row) => string): PersonTable<Row> {
  const ids = rows.map(idOf);
  const order = Array.from(rows.keys()).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  return { rows: order.map((i) => rows[i]), owners: Int32Array.from(order, (i) => owners[i]) };
}

/** Each person's rows in a table: at most two (a duplicate registration). */
export interface RowsByPerson {
  first: Int32Array;
  /** -1 when the person has one record. */
  second: Int32Array;
}

export function rowsByPerson(table: PersonTable<unknown>, people: number): RowsByPerson {
  const first = new Int32Array(people).fill(-1);
  const second = new Int32Array(people).fill(-1);
  table.owners.forEach((owner, row) => {
    if (first[owner] === -1) first[owner] = row;
    else second[owner] = row;
  });
  return { first, second };
}
