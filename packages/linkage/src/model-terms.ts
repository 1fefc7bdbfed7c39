import { COMPARISONS, type Comparison, type ComparisonLevel, type ComparisonName } from './comparisons.js';

/**
 * The terms of the match model: one per comparison, except the postcode,
 * which has two, depending on whether the family names agree exactly.
 *
 * Fellegi–Sunter multiplies one Bayes factor per comparison, as if the
 * comparisons were independent among non-matching pairs. Family name and
 * postcode are not: the people who share both are households. Among random
 * pairs the same postcode is a 1-in-2,000 coincidence; among pairs that share
 * a family name it is 1 in 20, because most of those pairs are relatives
 * living together. Counting the full postcode evidence on top of the family
 * name makes a brother and sister of the same name look like one person whose
 * date of birth was mistyped. Splitting the postcode term by family agreement
 * (any agreement: a sibling's surname mistyped or double-barrelled on one
 * record is still a sibling's) is the chain rule, P(family, postcode) = P(family) · P(postcode | family):
 * each postcode level gets its own m and u within each context, and a shared
 * postcode counts for what it is worth there.
 *
 * The date of birth is split the same way by household: among random pairs
 * the same date is a 1-in-20,000 coincidence, but among people of one family
 * name at one postcode it is twins, a few in a hundred. Counted at full
 * strength there, a shared date makes twins one person whatever their given
 * names say.
 *
 * Sex is split the same way by given-name agreement: two people with the same
 * given name are almost always of the same sex, so agreeing on sex adds
 * nothing once the given names agree, while disagreeing still says a lot.
 */
export interface ModelTerm {
  /** Row name in `linkage_model` and in explanations. */
  name: string;
  description: string;
  /** The comparison whose level this term reads. */
  comparison: ComparisonName;
  levels: readonly ComparisonLevel[];
  /** When the term applies; where it does not, it contributes nothing (as a missing value does). */
  applies?: (levels: Readonly<Record<ComparisonName, number>>) => boolean;
}

const comparison = (name: ComparisonName): Comparison => COMPARISONS.find((candidate) => candidate.name === name)!;
/** Family names that agree at least in part (similar, close or exact): relatives, however each record spells them. */
const FAMILY_AGREES = (level: number) => level >= 1;
const GIVEN_EXACT = comparison('given_name').levels.at(-1)!.level;
const POSTCODE_EXACT = comparison('postcode').levels.at(-1)!.level;
/** Same family name (at least in part) at the same postcode: one household, or one person. */
const SAME_HOUSEHOLD = (levels: Readonly<Record<ComparisonName, number>>) => FAMILY_AGREES(levels.family_name) && levels.postcode === POSTCODE_EXACT;

export const MODEL_TERMS: readonly ModelTerm[] = [
  { name: 'given_name', ...pick('given_name') },
  { name: 'family_name', ...pick('family_name') },
  {
    name: 'date_of_birth',
    ...pick('date_of_birth'),
    description: 'date of birth, unless family name and postcode both agree',
    applies: (levels) => !SAME_HOUSEHOLD(levels),
  },
  {
    name: 'date_of_birth_same_household',
    ...pick('date_of_birth'),
    description: 'date of birth, where family name and postcode agree (twins share all three)',
    applies: SAME_HOUSEHOLD,
  },
  {
    name: 'postcode',
    ...pick('postcode'),
    description: 'postcode, where the family names differ',
    applies: (levels) => !FAMILY_AGREES(levels.family_name),
  },
  {
    name: 'postcode_same_family',
    ...pick('postcode'),
    description: 'postcode, where the family names agree at least in part (households share both)',
    applies: (levels) => FAMILY_AGREES(levels.family_name),
  },
  {
    name: 'sex',
    ...pick('sex'),
    description: 'sex, where the given names are not the same',
    applies: (levels) => levels.given_name !== GIVEN_EXACT,
  },
  {
    name: 'sex_same_given',
    ...pick('sex'),
    description: 'sex, where the given names are the same',
    applies: (levels) => levels.given_name === GIVEN_EXACT,
  },
];

function pick(name: ComparisonName) {
  const { description, levels } = comparison(name);
  return { comparison: name, description, levels };
}

/** The comparison levels of a pair, by comparison name, from a pattern's levels in `COMPARISONS` order. */
export function levelsByComparison(levels: readonly number[]): Record<ComparisonName, number> {
  return Object.fromEntries(COMPARISONS.map((candidate, index) => [candidate.name, levels[index]])) as Record<ComparisonName, number>;
}

/** Each term's level for a pair (-1 where the term does not apply or the value is missing). */
export function termLevels(levels: Readonly<Record<ComparisonName, number>>): number[] {
  return MODEL_TERMS.map((term) => (term.applies && !term.applies(levels) ? -1 : levels[term.comparison]));
}
