import type { Expression, QueryCreator } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AccessBasis, DataCategory } from '@joined-up/access';
import { insertAuditEntries } from '@joined-up/audit';
import { defineLoader, manyByKey, type LoaderDefinition } from '@joined-up/federation';
import { auditWrites } from '@joined-up/metrics';
import type { SubgraphContext } from './subgraph-context.js';
import { auditEntryOf, type Subject } from './audit-entry-of.js';

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
  const row = (await context.db
    .with('audit_write', (db) => insertAuditEntries(db, entries))
    .selectNoFrom(granted.map(({ read, positions }, index) => jsonArrayFrom(read.read(context.db, [...new Set(recordIdsOf(positions))])).as(`read_${index}`)))
    .executeTakeFirstOrThrow()) as Record<string, unknown[]>;
  auditWrites.inc(entries.length);

  granted.forEach(({ read, positions }, index) => {
    const lists = manyByKey(recordIdsOf(positions), row[`read_${index}`], read.recordIdOf);
    positions.forEach((position, at) => (results[position] = lists[at]));
  });
  return results;
});

/** The request's loader of personal reads, shared by every category of the agency. */
export function personalReads<DB>(): LoaderDefinition<SubgraphContext<DB>, PersonalReadKey<DB>, unknown[]> {
  return personalReadsDefinition as unknown as LoaderDefinition<SubgraphContext<DB>, PersonalReadKey<DB>, unknown[]>;
}
