/**
 * A person's records of one kind, each once, newest first. Housing's records
 * belong to households, and a person recorded twice (two member references,
 * same household) reaches that household's records through both: the loaders
 * answer per member reference, this merges their answers for the person.
 */
export function distinctNewestFirst<Row>(rows: readonly Row[], idOf: (row: Row) => string, dateOf: (row: Row) => string): Row[] {
  const byId = new Map<string, Row>();
  for (const row of rows) if (!byId.has(idOf(row))) byId.set(idOf(row), row);
  return [...byId.values()].sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : idOf(a) < idOf(b) ? -1 : 1));
}
