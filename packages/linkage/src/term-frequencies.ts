import { sql, type Kysely } from 'kysely';
import type { MatchModel } from './match-model.js';

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
}

export const TERM_FREQUENCY_COLUMNS: readonly TermFrequencyColumn[] = [
  { column: 'given_name', term: 'given_name', applies: 'true' },
  { column: 'family_name', term: 'family_name', applies: 'true' },
  // Only where family names differ: within a family the postcode term's u is already counted per household.
  { column: 'postcode', term: 'postcode', applies: 'c.family_name < 1' },
];

const EXACT = 3;

/** Each record's relative frequency of its own value, per adjusted column, into `lk_tf`. */
export async function countTermFrequencies(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists lk_tf`.execute(db);
  const columns = TERM_FREQUENCY_COLUMNS.map(
    ({ column }) => `case when ${column} is null then null else count(*) over (partition by ${column})::double precision / count(${column}) over () end as ${column}`,
  );
  await sql`create temp table lk_tf as select encoding_id, ${sql.raw(columns.join(', '))} from linkage_encodings`.execute(db);
  await sql`alter table lk_tf add primary key (encoding_id)`.execute(db);
  await sql`analyze lk_tf`.execute(db);
}

/** SQL adding each pair's term-frequency adjustments (bits) to its pattern weight, for `lk_compared c` joined to `lk_tf ta`. */
export function termFrequencyAdjustmentSql(model: MatchModel): string {
  return TERM_FREQUENCY_COLUMNS.map(({ column, term, applies }) => {
    const exact = model.terms.find((candidate) => candidate.name === term)!.levels.find((level) => level.level === EXACT)!;
    return `case when c.${column} = ${EXACT} and ${applies} and ta.${column} > 0
                 then ln(${exact.u} / ta.${column}) / ln(2) else 0 end`;
  }).join(' + ');
}
