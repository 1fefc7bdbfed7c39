/**
 * The comparisons the partnership makes between two encoded records, and the
 * levels each can take. Levels are numbered as Splink numbers them: -1 when
 * either side is missing (no evidence either way), 0 for the weakest
 * agreement, rising to exact agreement.
 *
 * Thresholds on the Dice coefficient of Bloom filters come from the shape of
 * the filters and were checked against the synthetic population (true pairs
 * against random pairs, 10 000 people):
 *
 * - Names. Identical filters mean the same name as written and the same formal
 *   forms. Dice ≥ 0.8 is one keying slip in a longer name, or a nickname
 *   beside its formal name (Bill/William, 0.84): about 9% of true pairs and
 *   0.1% of random ones. Dice ≥ 0.6 is a slip in a short name or one part of a
 *   double-barrelled name (Smith-Jones/Jones, 0.67): 5% of true pairs, 0.15%
 *   of random ones. Given names alone keep 0.3–0.6 apart from "different"
 *   (see `NAME_RELATED`); for family names it is as common among random pairs.
 * - Date of birth, eight positional digits. Equal filters are the same date;
 *   one filter equal to the other's day-month swap is a swapped date; Dice ≥
 *   0.8 is one mistyped digit (7 of 8 tokens, about 0.88 after chance bit
 *   overlaps), which random pairs reach 0.3% of the time; two wrong digits
 *   (0.75) are as common among random pairs as among true ones, so count as far.
 * - Postcode, four tokens (unit, sector, district, area): three shared is
 *   Dice 0.73–0.86, two shared 0.48–0.66, one shared at most 0.5 (and above
 *   0.47 once in a thousand random pairs), hence 0.7 and 0.47.
 */
export interface ComparisonLevel {
  level: number;
  label: string;
}

export interface Comparison {
  /** Column name in `linkage_pairs`, `linkage_model` and of the compared field. */
  name: ComparisonName;
  /** For explanations: what is being compared. */
  description: string;
  /** Every level but missing (-1), weakest first. */
  levels: readonly ComparisonLevel[];
}

export type ComparisonName = 'given_name' | 'family_name' | 'date_of_birth' | 'postcode' | 'sex';

export const MISSING_LEVEL = -1;

export const NAME_CLOSE = 0.8;
export const NAME_SIMILAR = 0.6;
/**
 * Given names only: Dice ≥ 0.3 below "similar" is a slip in a short name
 * (Amy/Aym), an unknown short form beside its formal name (Xan/Alexander) or
 * two names sharing a few letters. It is kept apart from "different", whose
 * filters share almost nothing, so EM gives it its own m and u: lumped
 * together, a mistyped given name counted as strongly against a match as two
 * unrelated names, and a record whose only fault was that slip looked like
 * a twin.
 */
export const NAME_RELATED = 0.3;
export const DATE_CLOSE = 0.8;
/**
 * Dates of birth this many years apart (by the birth months tokens carry in
 * the clear) are a generation apart: a parent and child, not one person's date
 * keyed twice. See the date's levels.
 */
export const GENERATION_YEARS = 12;
export const POSTCODE_SECTOR = 0.7;
export const POSTCODE_DISTRICT = 0.47;

const nameLevels: readonly ComparisonLevel[] = [
  { level: 0, label: 'different' },
  { level: 1, label: `similar (Dice ≥ ${NAME_SIMILAR})` },
  { level: 2, label: `close (Dice ≥ ${NAME_CLOSE})` },
  { level: 3, label: 'exact' },
];

const givenNameLevels: readonly ComparisonLevel[] = [
  { level: 0, label: `different (Dice < ${NAME_RELATED})` },
  { level: 1, label: `related (Dice ≥ ${NAME_RELATED})` },
  { level: 2, label: `similar (Dice ≥ ${NAME_SIMILAR})` },
  { level: 3, label: `close (Dice ≥ ${NAME_CLOSE})` },
  { level: 4, label: 'exact' },
];

export const COMPARISONS: readonly Comparison[] = [
  { name: 'given_name', description: 'given name, as written and in its formal forms', levels: givenNameLevels },
  { name: 'family_name', description: 'family name, every part', levels: nameLevels },
  {
    name: 'date_of_birth',
    description: 'date of birth',
    levels: [
      { level: 0, label: `a generation apart (years ≥ ${GENERATION_YEARS} apart, in two or more digits, not transposed)` },
      { level: 1, label: 'different' },
      { level: 2, label: `one digit different (Dice ≥ ${DATE_CLOSE})` },
      { level: 3, label: 'day and month swapped' },
      { level: 4, label: 'exact' },
    ],
  },
  {
    name: 'postcode',
    description: 'postcode',
    levels: [
      { level: 0, label: 'different district' },
      { level: 1, label: 'same district' },
      { level: 2, label: 'same sector' },
      { level: 3, label: 'exact' },
    ],
  },
  {
    name: 'sex',
    description: 'sex',
    levels: [
      { level: 0, label: 'different' },
      { level: 1, label: 'same' },
    ],
  },
];

export function levelLabel(comparison: Comparison, level: number): string {
  if (level === MISSING_LEVEL) return 'missing on one side';
  return comparison.levels.find((candidate) => candidate.level === level)?.label ?? `level ${level}`;
}

/**
 * SQL true when two birth years (four-digit text) are a generation apart in a
 * way no keying slip explains: at least GENERATION_YEARS apart, differing in
 * two or more digits, and not one year with two neighbouring digits
 * exchanged (1985/1958). A date keyed wrongly by one slip stays within one
 * digit of the truth (the "one digit different" level, or here a year
 * differing in one digit), so a true pair reaches this level only through
 * two slips in the year at once.
 */
function generationApartSql(a: string, b: string): string {
  const digit = (year: string, position: number) => `substr(${year}, ${position}, 1)`;
  const differing = [1, 2, 3, 4].map((position) => `(${digit(a, position)} <> ${digit(b, position)})::int`).join(' + ');
  const transposed = [
    `${digit(a, 2)} || ${digit(a, 1)} || substr(${a}, 3, 2)`,
    `${digit(a, 1)} || ${digit(a, 3)} || ${digit(a, 2)} || ${digit(a, 4)}`,
    `substr(${a}, 1, 2) || ${digit(a, 4)} || ${digit(a, 3)}`,
  ];
  // A birth month comes from an agency's export as text: one that is not a
  // year (a placeholder) must not abort every pair's comparison on the cast,
  // and PostgreSQL does not promise to evaluate `and` left to right.
  return `(case when ${a} ~ '^[0-9]{4}$' and ${b} ~ '^[0-9]{4}$' then
    abs(${a}::int - ${b}::int) >= ${GENERATION_YEARS} and ${differing} >= 2 and ${b} not in (${transposed.join(', ')})
    else false end)`;
}

/**
 * SQL computing every comparison level for records aliased `a` and `b` in
 * `linkage_encodings`, as a select list (`… as given_name, …`). Each Dice
 * coefficient is computed once per pair, with bit counts stored beside the
 * filters so only the intersection is counted per pair.
 */
export function comparisonLevelsSql(a: string, b: string): string {
  const dice = (field: string) =>
    `2.0 * bit_count(${a}.${field} & ${b}.${field}) / nullif(${a}.${field}_bits + ${b}.${field}_bits, 0)`;
  const name = (field: string, related: boolean) => {
    const top = related ? 4 : 3;
    return `case
      when ${a}.${field} is null or ${b}.${field} is null then -1
      when ${a}.${field} = ${b}.${field} then ${top}
      when ${dice(field)} >= ${NAME_CLOSE} then ${top - 1}
      when ${dice(field)} >= ${NAME_SIMILAR} then ${top - 2}
      ${related ? `when ${dice(field)} >= ${NAME_RELATED} then 1` : ''}
      else 0 end`;
  };
  return `
    (${name('given_name', true)})::smallint as given_name,
    (${name('family_name', false)})::smallint as family_name,
    (case
      when ${a}.date_of_birth is null or ${b}.date_of_birth is null then -1
      when ${a}.date_of_birth = ${b}.date_of_birth then 4
      when ${a}.date_of_birth = ${b}.date_of_birth_swapped then 3
      when ${dice('date_of_birth')} >= ${DATE_CLOSE} then 2
      when ${generationApartSql(`left(${a}.birth_month, 4)`, `left(${b}.birth_month, 4)`)} then 0
      else 1 end)::smallint as date_of_birth,
    (case
      when ${a}.postcode is null or ${b}.postcode is null then -1
      when ${a}.postcode = ${b}.postcode then 3
      when ${dice('postcode')} >= ${POSTCODE_SECTOR} then 2
      when ${dice('postcode')} >= ${POSTCODE_DISTRICT} then 1
      else 0 end)::smallint as postcode,
    (case
      when ${a}.sex is null or ${b}.sex is null then -1
      when ${a}.sex = ${b}.sex then 1
      else 0 end)::smallint as sex`;
}
