import { sql, type Kysely } from 'kysely';
import { COMPARISONS, type ComparisonName } from './comparisons.js';
import type { MatchModel, WeightContribution } from './match-model.js';

/**
 * Term-frequency adjustment, as Splink makes it. The model's u for an exact
 * name is an average over all names: two records agreeing on "Begum" are far
 * weaker evidence than two agreeing on "Achterberg", and the difference grows
 * with the population (at a million records dozens of Mohammed Khans share a
 * date of birth by chance). For an exact agreement on value v, the pair's
 * weight uses u = frequency of v instead of the average, adding
 * log2(u_exact / tf(v)) bits.
 *
 * Frequencies are counted on the keyed filters themselves (two records with
 * identical name filters have the same name under the agencies' secret), so
 * the partnership still never sees a name: it learns only that some unknown
 * name is common.
 */
export interface TermFrequencyColumn {
  /** Column of `linkage_encodings` and of the comparison levels. */
  column: 'given_name' | 'family_name' | 'postcode';
  /** The model term whose exact level it adjusts. */
  term: string;
  /** SQL condition (over `lk_compared` aliased `c`) under which that term applies. */
  applies: string;
  /** The same condition over a pair's levels, for explanations. */
  appliesTo: (levels: Readonly<Record<ComparisonName, number>>) => boolean;
}

export const TERM_FREQUENCY_COLUMNS: readonly TermFrequencyColumn[] = [
  { column: 'given_name', term: 'given_name', applies: 'true', appliesTo: () => true },
  { column: 'family_name', term: 'family_name', applies: 'true', appliesTo: () => true },
  // Only where family names differ: within a family the postcode term's u is already counted per household.
  { column: 'postcode', term: 'postcode', applies: 'c.family_name < 1', appliesTo: (levels) => levels.family_name < 1 },
];

/** A term's exact level: its strongest. */
const exactLevel = (column: TermFrequencyColumn['column']): number => COMPARISONS.find((candidate) => candidate.name === column)!.levels.at(-1)!.level;

/**
 * The frequency of a value among records of other people: the records
 * holding it, less the record itself and the person's other records (on
 * average lambda·(N − 1) of them), over all records holding the column; at
 * least half a record. Counting the person's own records as strangers would
 * make every name look common in a small set, where each person is a few
 * percent of the records.
 */
function frequencySql(column: string, ownRecords: number): string {
  return `case when ${column} is null then null
          else greatest(count(*) over (partition by ${column}) - 1 - ${ownRecords}, 0.5)::double precision / count(${column}) over () end`;
}

/** Each record's frequency of its own value among other people's records, per adjusted column, into `lk_tf`. */
export async function countTermFrequencies(db: Kysely<any>, lambda: number): Promise<void> {
  await sql`drop table if exists lk_tf`.execute(db);
  const records = Number((await sql<{ n: number }>`select count(*)::bigint as n from linkage_encodings`.execute(db)).rows[0].n);
  const own = ownRecordsPerRecord(lambda, records);
  const columns = TERM_FREQUENCY_COLUMNS.map(({ column }) => `${frequencySql(column, own)} as ${column}`);
  await sql`create temp table lk_tf as select encoding_id, ${sql.raw(columns.join(', '))} from linkage_encodings`.execute(db);
  await sql`alter table lk_tf add primary key (encoding_id)`.execute(db);
  await sql`analyze lk_tf`.execute(db);
}

/** SQL adding each pair's term-frequency adjustments (bits) to its pattern weight, for `lk_compared c` joined to `lk_tf ta`. */
export function termFrequencyAdjustmentSql(model: MatchModel): string {
  return TERM_FREQUENCY_COLUMNS.map(({ column, term, applies }) => {
    const EXACT = exactLevel(column);
    const exact = model.terms.find((candidate) => candidate.name === term)!.levels.find((level) => level.level === EXACT)!;
    return `case when c.${column} = ${EXACT} and ${applies} and ta.${column} > 0
                 then ln(${exact.u} / ta.${column}) / ln(2) else 0 end`;
  }).join(' + ');
}

/**
 * The term-frequency steps of one pair's waterfall: for each adjusted column
 * on which the two records agree exactly, how common their shared value is
 * among the stored records and the bits that moves the weight.
 */
export async function termFrequencyContributions(
  db: Kysely<any>,
  model: MatchModel,
  levels: Readonly<Record<ComparisonName, number>>,
  a: { agencyId: string; recordId: string },
): Promise<WeightContribution[]> {
  const steps: WeightContribution[] = [];
  const records = Number((await sql<{ n: number }>`select count(*)::bigint as n from linkage_encodings`.execute(db)).rows[0].n);
  const own = ownRecordsPerRecord(model.lambda, records);
  for (const { column, term, appliesTo } of TERM_FREQUENCY_COLUMNS) {
    const EXACT = exactLevel(column);
    if (levels[column] !== EXACT || !appliesTo(levels)) continue;
    const row = (
      await sql<{ tf: number | null }>`
        select greatest((select count(*) from linkage_encodings o where o.${sql.ref(column)} = e.${sql.ref(column)})::double precision - 1 - ${own}::double precision, 0.5)
               / nullif((select count(${sql.ref(column)}) from linkage_encodings), 0) as tf
        from linkage_encodings e where e.agency_id = ${a.agencyId} and e.record_id = ${a.recordId}`.execute(db)
    ).rows[0];
    const tf = row?.tf === null || row?.tf === undefined ? null : Number(row.tf);
    if (!tf) continue;
    const exact = model.terms.find((candidate) => candidate.name === term)!.levels.find((level) => level.level === EXACT)!;
    steps.push({
      term: `${term}_term_frequency`,
      description: `how common the shared ${column.replace('_', ' ')} is: u becomes its frequency (${tf.toExponential(2)}) instead of the average`,
      level: EXACT,
      label: 'exact, adjusted for frequency',
      m: null,
      u: tf,
      weight: Math.log2(exact.u / tf),
    });
  }
  return steps;
}

/** Expected number of other records of the same person, for each record. */
function ownRecordsPerRecord(lambda: number, records: number): number {
  return lambda * Math.max(0, records - 1);
}
