import { sql, type Kysely } from 'kysely';

/** What a trigger function sees of a statement's rows: `added_rows` (insert, update) and `removed_rows` (update, delete). */
const EVENTS = [
  { event: 'insert', referencing: 'referencing new table as added_rows' },
  { event: 'update', referencing: 'referencing old table as removed_rows new table as added_rows' },
  { event: 'delete', referencing: 'referencing old table as removed_rows' },
  { event: 'truncate', referencing: '' },
] as const;

/**
 * Runs `fn` after every statement that changes `table` (insert, update,
 * delete and truncate), with the statement's rows as the transition tables
 * `added_rows` and `removed_rows`: how an agency keeps counts of a table
 * current at one pass per statement, so seeding many rows costs one upsert
 * per statement rather than one per row. PostgreSQL allows transition tables
 * only on triggers for one event each, hence one trigger per event, named
 * `<name>_<event>`. The function tells the events apart by `TG_OP`, and a
 * statement in it may name only the transition tables its event has.
 */
export async function createStatementTriggers(db: Kysely<any>, options: { name: string; table: string; fn: string }): Promise<void> {
  for (const { event, referencing } of EVENTS) {
    await sql`create trigger ${sql.id(`${options.name}_${event}`)} after ${sql.raw(event)} on ${sql.id(options.table)}
      ${sql.raw(referencing)} for each statement execute function ${sql.id(options.fn)}()`.execute(db);
  }
}

/** Drops the triggers `createStatementTriggers` made. */
export async function dropStatementTriggers(db: Kysely<any>, options: { name: string; table: string }): Promise<void> {
  for (const { event } of EVENTS) {
    await sql`drop trigger ${sql.id(`${options.name}_${event}`)} on ${sql.id(options.table)}`.execute(db);
  }
}
