import { sql, type Kysely, type RawBuilder } from 'kysely';
import { createStatementTriggers, dropStatementTriggers } from './statement-triggers.js';

/**
 * A count an agency keeps per place and period (both months and quarters)
 * rather than making it from every event of a borough on each indicator
 * request.
 *
 * The count is a sum over units (a patient, an offence, a household, a
 * client): what each unit adds to which place and period is kept beside it,
 * in `<name>_members`, and any statement that changes a source table
 * recounts the units its rows touch, whole, and moves the counts by the
 * difference. Recounting a unit whole, rather than adding and taking away
 * the changed rows, keeps right the counts that are not sums of rows: an
 * offence counts once however many young suspects it has, a client once a
 * quarter however many months they took part.
 */
export interface KeptCounts {
  /** The counts table: `(granularity, period_start, local_authority_code, lsoa_code, n)`, one row per place and period. */
  name: string;
  /** The unit recounted whole when any row of it changes: its column in `<name>_members`, and that column's type. */
  unit: { column: string; type: string };
  /**
   * A select of what units add: rows of `(unit, granularity, period_start,
   * local_authority_code, lsoa_code, n)`, for the units `only(expression)`
   * holds for, given the expression of the unit in the select. A unit adds
   * nothing to an area without a local authority.
   */
  members: (only: (unit: string) => string) => string;
  /**
   * Each table whose rows a count reads, with the units a set of its rows
   * (the table `rows`) touches: the column of its rows that names the unit,
   * or a select of them.
   */
  sources: { table: string; units: string | ((rows: string) => string) }[];
}

/** How many advisory locks a count's units are spread over (see the trigger function). */
const LOCK_BUCKETS = 256;

/** Two rows, `granularities.granularity` 'month' and 'quarter': cross joined in `members`, they count each row in its month and in its quarter. */
export const GRANULARITIES = `(values ('month'), ('quarter')) as granularities(granularity)`;

/** The first day of the month or quarter (`granularities.granularity`) a date column falls in. */
export const periodStart = (column: string) => `date_trunc(granularities.granularity, ${column}::timestamp)::date`;

/**
 * Creates the counts, the members behind them and the triggers that keep
 * both current (see `createStatementTriggers`), then counts the rows already
 * there, so a database seeded before the migration gets its counts.
 */
export async function createKeptCounts(db: Kysely<any>, counts: KeptCounts): Promise<void> {
  const { name, unit } = counts;
  const members = `${name}_members`;
  await sql`create table ${sql.id(members)} (
    ${sql.id(unit.column)} ${sql.raw(unit.type)} not null,
    granularity text not null,
    period_start date not null,
    local_authority_code char(9) not null,
    lsoa_code char(9),
    n bigint not null)`.execute(db);
  await sql`create index ${sql.id(`${members}_unit`)} on ${sql.id(members)} (${sql.id(unit.column)})`.execute(db);
  await sql`create table ${sql.id(name)} (
    granularity text not null check (granularity in ('month', 'quarter')),
    period_start date not null,
    local_authority_code char(9) not null,
    lsoa_code char(9),
    n bigint not null)`.execute(db);
  // One row per place and period, a place with no LSOA included (nulls not distinct). A count can fall to zero and stay as a row.
  await sql`create unique index ${sql.id(`${name}_place`)} on ${sql.id(name)}
    (local_authority_code, granularity, period_start, lsoa_code) nulls not distinct`.execute(db);

  const columns = 'granularity, period_start, local_authority_code, lsoa_code';
  // What the units touched add now, in place of what they added before.
  await sql`
    create function ${sql.id(`${name}_recount`)}(units ${sql.raw(unit.type)}[]) returns void
    language sql as $$
      with affected as (select distinct unit from unnest(units) as unit),
      removed as (
        delete from ${sql.id(members)} m using affected where m.${sql.id(unit.column)} = affected.unit
        returning ${sql.raw(columns)}, -n as n
      ),
      added as (
        insert into ${sql.id(members)} (${sql.id(unit.column)}, ${sql.raw(columns)}, n)
        ${sql.raw(counts.members((expression) => `${expression} in (select unit from affected)`))}
        returning ${sql.raw(columns)}, n
      )
      insert into ${sql.id(name)} as counted (${sql.raw(columns)}, n)
      select ${sql.raw(columns)}, sum(n) from (select * from removed union all select * from added) changes
      group by ${sql.raw(columns)}
      having sum(n) <> 0
      on conflict (local_authority_code, granularity, period_start, lsoa_code) do update set n = counted.n + excluded.n
    $$`.execute(db);
  await sql`
    create function ${sql.id(`${name}_recount_all`)}() returns void
    language sql as $$
      delete from ${sql.id(members)};
      delete from ${sql.id(name)};
      insert into ${sql.id(members)} (${sql.id(unit.column)}, ${sql.raw(columns)}, n) ${sql.raw(counts.members(() => 'true'))};
      insert into ${sql.id(name)} (${sql.raw(columns)}, n) select ${sql.raw(columns)}, sum(n) from ${sql.id(members)} group by ${sql.raw(columns)};
    $$`.execute(db);

  for (const source of counts.sources) {
    const fn = `${name}_${source.table}_changed`;
    const units = (rows: string) => (typeof source.units === 'string' ? `select ${source.units} from ${rows}` : source.units(rows));
    // A statement names only the transition tables its event has, hence the branches.
    await sql`
      create function ${sql.id(fn)}() returns trigger
      language plpgsql as $$
      declare
        units ${sql.raw(unit.type)}[] := '{}';
      begin
        if TG_OP = 'TRUNCATE' then
          perform ${sql.id(`${name}_recount_all`)}();
          return null;
        end if;
        if TG_OP in ('INSERT', 'UPDATE') then
          units := units || array(${sql.raw(units('added_rows'))});
        end if;
        if TG_OP in ('UPDATE', 'DELETE') then
          units := units || array(${sql.raw(units('removed_rows'))});
        end if;
        -- Two transactions recounting one unit at once would each take away what it
        -- added before and both add it again: the second waits here for the first
        -- to commit, then recounts from a snapshot that sees it. The units share
        -- a few hundred locks per count, taken in order, so a statement of many
        -- rows takes few, in an order that keeps two such statements from deadlocking.
        perform pg_advisory_xact_lock(hashtext(${sql.lit(name)}), bucket)
        from (select distinct abs(hashtext(unit::text) % ${sql.raw(String(LOCK_BUCKETS))}) as bucket from unnest(units) as unit order by 1) buckets;
        perform ${sql.id(`${name}_recount`)}(units);
        return null;
      end
      $$`.execute(db);
    await createStatementTriggers(db, { name: `${name}_${source.table}`, table: source.table, fn });
  }
  await sql`select ${sql.id(`${name}_recount_all`)}()`.execute(db);
}

/** Drops what `createKeptCounts` made. */
export async function dropKeptCounts(db: Kysely<any>, counts: KeptCounts): Promise<void> {
  for (const source of counts.sources) {
    await dropStatementTriggers(db, { name: `${counts.name}_${source.table}`, table: source.table });
    await sql`drop function ${sql.id(`${counts.name}_${source.table}_changed`)}()`.execute(db);
  }
  await sql`drop function ${sql.id(`${counts.name}_recount_all`)}()`.execute(db);
  await sql`drop function ${sql.id(`${counts.name}_recount`)}(${sql.raw(counts.unit.type)}[])`.execute(db);
  await sql`drop table ${sql.id(counts.name)}`.execute(db);
  await sql`drop table ${sql.id(`${counts.name}_members`)}`.execute(db);
}

/**
 * The rows of a query as sorted `a|b|c` keys: how a test compares counts
 * kept by triggers with the same counts made from scratch, after each change.
 * The query's columns need names of their own (two `count(*)` would be one).
 */
export async function rowKeys(db: Kysely<any>, query: RawBuilder<unknown>): Promise<string[]> {
  const { rows } = await query.execute(db);
  const text = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
  return (rows as Record<string, unknown>[]).map((row) => Object.values(row).map(text).join('|')).sort();
}

/**
 * How far `createKeptCounts` tables have drifted from a recount: each
 * table's rows that count (a count can fall to zero and stay as a row),
 * against its `recount`, rows of `(granularity, period_start,
 * local_authority_code, lsoa_code, n)` made from the source tables. Lists the
 * rows only one side has, and a table that counts nothing (a test of it
 * would prove nothing); a test expects none after every change it makes.
 */
export async function keptCountsDrift(db: Kysely<any>, recounts: Record<string, RawBuilder<unknown>>): Promise<string[]> {
  const drift: string[] = [];
  for (const [name, recount] of Object.entries(recounts)) {
    const kept = await rowKeys(db, sql`select granularity, period_start, local_authority_code, lsoa_code, n from ${sql.id(name)} where n <> 0`);
    const recounted = await rowKeys(db, recount);
    if (kept.length === 0) drift.push(`${name} counts nothing`);
    const onlyIn = (side: string, rows: string[], other: string[]) => rows.filter((row) => !other.includes(row)).map((row) => `${name} ${side} only: ${row}`);
    drift.push(...onlyIn('kept', kept, recounted), ...onlyIn('recounted', recounted, kept));
  }
  return drift;
}

/** A place (LSOA and local authority) some row of `table` lies in other than `lsoa`: where a test moves a record to and back from. */
export async function placeOtherThan(db: Kysely<any>, table: string, lsoa: string): Promise<{ lsoa_code: string; local_authority_code: string }> {
  const { rows } = await sql<{ lsoa_code: string; local_authority_code: string }>`
    select lsoa_code, local_authority_code from ${sql.id(table)}
    where lsoa_code is not null and local_authority_code is not null and lsoa_code <> ${lsoa} limit 1`.execute(db);
  return rows[0];
}
