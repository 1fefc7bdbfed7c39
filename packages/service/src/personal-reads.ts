import type { Expression, QueryCreator } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AccessBasis, DataCategory } from '@joined-up/access';
import { insertAuditEntries, type AuditEntryInput } from '@joined-up/audit';
import { defineLoader, manyByKey, type LoaderDefinition } from '@joined-up/federation';
import { auditWrites } from '@joined-up/metrics';
import type { SubgraphContext } from './subgraph-context.js';
import { auditEntryOf, type Subject } from './audit-entry-of.js';
import { StatementTemplates } from './statement-templates.js';

/** One category of a person's records, as `definePersonalLoader` declares it. */
export interface PersonalRead<DB, Row> {
  /** The loader's name, as batch-size metrics report it. */
  name: string;
  /** The data category the rows belong to; access to it is decided once per request. */
  category: DataCategory;
  /** The GraphQL field the rows are served as, recorded in the audit entry. */
  field: string;
  /**
   * The query for the rows of many records, unexecuted: it becomes one part
   * of the statement that reads every category a request asks of the agency
   * in the same round, and writes their audit entries. Its rows come back as
   * a JSON array in the query's order: dates as YYYY-MM-DD text and numbers as
   * numbers, as the database's type parsers give them, but a `timestamptz`
   * as ISO 8601 text rather than a `Date`.
   */
  read: (db: QueryCreator<DB>, recordIds: readonly string[]) => Expression<Row>;
  recordIdOf: (row: Row) => string;
}

/** A subject asked of one category. */
export interface PersonalReadKey<DB> {
  read: PersonalRead<DB, unknown>;
  subject: Subject;
}

/** A category's part of a round: the positions of its keys, and why it may be read. */
interface Granted<DB> {
  read: PersonalRead<DB, unknown>;
  positions: number[];
  basis: AccessBasis;
}

/**
 * Every category of personal data a request loads from one agency in the
 * same round, in one statement: `with audit_write as (insert ...) select
 * (rows of the first category as a JSON array), (rows of the second), ...`.
 * A person's view asks for several categories at once (health: patients,
 * attendances, admissions, referrals); as one statement per category a
 * request paid one round trip, one audit insert and one parse each.
 *
 * Access is decided per category before anything is read: a refused category
 * fails only its own keys (its field is null with FORBIDDEN), is left out of
 * the statement and gets no audit entry, while the categories allowed are
 * read and audited as before, one entry per subject and category. Keys are
 * not cached here (each category's loader already keeps one answer per
 * record for the request), so a category asked twice is read and audited once.
 */
const personalReadsDefinition = defineLoader<SubgraphContext<unknown>, PersonalReadKey<unknown>, unknown[]>('personalReads', async (keys, context) => {
  const positionsByRead = new Map<PersonalRead<unknown, unknown>, number[]>();
  keys.forEach((key, position) => {
    const positions = positionsByRead.get(key.read);
    if (positions) positions.push(position);
    else positionsByRead.set(key.read, [position]);
  });
  const reads = [...positionsByRead];
  const decisions = await Promise.allSettled(reads.map(([read]) => context.access.require(read.category)));

  const results: (unknown[] | Error)[] = new Array(keys.length);
  const granted: Granted<unknown>[] = [];
  reads.forEach(([read, positions], index) => {
    const decision = decisions[index];
    if (decision.status === 'fulfilled') granted.push({ read, positions, basis: decision.value });
    else for (const position of positions) results[position] = decision.reason as Error;
  });
  if (granted.length === 0) return results;

  const entries = granted.flatMap(({ read, positions, basis }) =>
    positions.map((position) => auditEntryOf(context, basis, keys[position].subject, read.category, [read.field])),
  );
  const recordIdsOf = (positions: readonly number[]) => positions.map((position) => keys[position].subject.recordId);
  const idLists = granted.map(({ positions }) => [...new Set(recordIdsOf(positions))]);
  const statement = readStatement(context, granted, idLists, entries);
  const row = (await context.db.executeQuery<Record<string, unknown[]>>(statement)).rows[0];
  auditWrites.inc(entries.length);

  granted.forEach(({ read, positions }, index) => {
    const lists = manyByKey(recordIdsOf(positions), row[`read_${index}`], read.recordIdOf);
    positions.forEach((position, at) => (results[position] = lists[at]));
  });
  return results;
});

/** The audit entry's fields, each passed to the statement as one list. */
const AUDIT_COLUMNS = ['officerId', 'officerAgency', 'purpose', 'basis', 'agreementId', 'subjectPersonId', 'subjectRecordId', 'category', 'fields', 'requestId'] as const;

const statements = new StatementTemplates();
const readNumbers = new WeakMap<PersonalRead<unknown, unknown>, number>();
let readsNumbered = 0;
/** A number for each read, the same for the process's life: part of a statement's shape. */
function readNumber(read: PersonalRead<unknown, unknown>): number {
  let number = readNumbers.get(read);
  if (number === undefined) readNumbers.set(read, (number = readsNumbered++));
  return number;
}

/**
 * The round's statement: `with audit_write as (insert ...) select (rows of
 * each granted category as a JSON array)`. Its shape (which categories, how
 * many records of each) repeats from request to request, so it is compiled
 * once per shape (`StatementTemplates`); the audit entries and record ids are its values.
 */
function readStatement(context: SubgraphContext<unknown>, granted: readonly Granted<unknown>[], idLists: readonly string[][], entries: readonly AuditEntryInput[]) {
  const shape = granted.map(({ read }, index) => `${readNumber(read)}:${idLists[index].length}`).join(',');
  const starts = idLists.map((_, index) => AUDIT_COLUMNS.length + idLists.slice(0, index).reduce((sum, ids) => sum + ids.length, 0));
  const values = [...AUDIT_COLUMNS.map((column) => entries.map((entry) => entry[column])), ...idLists.flat()];
  return statements.compile(shape, values, (value) => {
    const columns = AUDIT_COLUMNS.map((_, index) => value(index) as unknown[]);
    const rows = columns[0].map((_, row) => Object.fromEntries(AUDIT_COLUMNS.map((column, index) => [column, columns[index][row]])) as unknown as AuditEntryInput);
    return context.db
      .with('audit_write', (db) => insertAuditEntries(db, rows))
      .selectNoFrom(granted.map(({ read }, index) => jsonArrayFrom(read.read(context.db, idLists[index].map((_, at) => value(starts[index] + at) as string))).as(`read_${index}`)));
  });
}

/** The request's loader of personal reads, shared by every category of the agency. */
export function personalReads<DB>(): LoaderDefinition<SubgraphContext<DB>, PersonalReadKey<DB>, unknown[]> {
  return personalReadsDefinition as unknown as LoaderDefinition<SubgraphContext<DB>, PersonalReadKey<DB>, unknown[]>;
}
