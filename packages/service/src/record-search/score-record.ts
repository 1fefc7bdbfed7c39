import { familyNameForms, givenNameForms, normaliseName, postcodeParts, swapDayAndMonth } from '@joined-up/linkage';

/** What the officer typed. Any field may be missing; at least two kinds are required by the search. */
export interface SearchCriteria {
  givenName?: string | null;
  familyName?: string | null;
  dateOfBirth?: string | null;
  postcode?: string | null;
}

/** The identifying columns every agency's person table has. */
export interface CandidateRecord {
  recordId: string;
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  postcode: string | null;
}

export interface RecordScore {
  /** 0 to 1: the weighted agreement over the criteria given. */
  score: number;
  /** One phrase per criterion, e.g. "given name: a familiar form of william". */
  matchedOn: string[];
}

/** How much each criterion counts when given; a missing criterion counts for nothing either way. */
const WEIGHTS = { givenName: 0.2, familyName: 0.35, dateOfBirth: 0.3, postcode: 0.15 } as const;

type Level = { agreement: number; reason: string };

/**
 * Scores a record against what the officer typed, tolerant of the mess in
 * real records, with the same normalisation and nickname dictionary the
 * linkage uses: "Bill" finds "William", "Smyth" finds "Smith", 2010-04-03
 * finds 2010-03-04, "sw9 7ab" finds "SW97AB".
 */
export function scoreRecord(criteria: SearchCriteria, record: CandidateRecord): RecordScore {
  const levels: [number, Level][] = [];
  if (criteria.givenName) levels.push([WEIGHTS.givenName, compareGivenNames(criteria.givenName, record.givenName)]);
  if (criteria.familyName) levels.push([WEIGHTS.familyName, compareFamilyNames(criteria.familyName, record.familyName)]);
  if (criteria.dateOfBirth) levels.push([WEIGHTS.dateOfBirth, compareDates(criteria.dateOfBirth, record.dateOfBirth)]);
  if (criteria.postcode) levels.push([WEIGHTS.postcode, comparePostcodes(criteria.postcode, record.postcode)]);
  const weight = levels.reduce((sum, [w]) => sum + w, 0);
  const score = weight === 0 ? 0 : levels.reduce((sum, [w, level]) => sum + w * level.agreement, 0) / weight;
  return { score: Math.round(score * 1000) / 1000, matchedOn: levels.map(([, level]) => level.reason) };
}

function compareGivenNames(typed: string, held: string | null): Level {
  const a = givenNameForms(typed);
  const b = givenNameForms(held);
  if (!b.raw) return { agreement: 0, reason: 'given name: missing in the record' };
  if (a.raw === b.raw) return { agreement: 1, reason: 'given name: the same' };
  const shared = a.canonical.find((name) => b.canonical.includes(name));
  if (shared) return { agreement: 0.95, reason: `given name: a familiar form of ${shared}` };
  return similar('given name', a.raw, b.raw);
}

function compareFamilyNames(typed: string, held: string | null): Level {
  const a = familyNameForms(typed);
  const b = familyNameForms(held);
  if (!b.full) return { agreement: 0, reason: 'family name: missing in the record' };
  if (a.full === b.full) return { agreement: 1, reason: 'family name: the same' };
  if (a.parts.some((part) => b.parts.includes(part))) return { agreement: 0.9, reason: 'family name: one part of a double-barrelled name' };
  return similar('family name', a.full, b.full);
}

function compareDates(typed: string, held: string | null): Level {
  if (!held) return { agreement: 0, reason: 'date of birth: missing in the record' };
  if (typed === held) return { agreement: 1, reason: 'date of birth: the same' };
  if (swapDayAndMonth(typed) === held) return { agreement: 0.85, reason: 'date of birth: day and month swapped' };
  const differing = [...typed].filter((character, index) => character !== held[index]).length;
  if (differing === 1) return { agreement: 0.6, reason: 'date of birth: one digit different' };
  if (typed.slice(0, 4) === held.slice(0, 4)) return { agreement: 0.2, reason: 'date of birth: the same year only' };
  return { agreement: 0, reason: 'date of birth: different' };
}

function comparePostcodes(typed: string, held: string | null): Level {
  const a = postcodeParts(typed);
  const b = postcodeParts(held);
  if (!a || !b) return { agreement: 0, reason: 'postcode: missing in the record' };
  if (a.unit === b.unit) return { agreement: 1, reason: 'postcode: the same' };
  if (a.sector && a.sector === b.sector) return { agreement: 0.6, reason: 'postcode: the same sector' };
  if (a.district && a.district === b.district) return { agreement: 0.3, reason: 'postcode: the same district' };
  return { agreement: 0, reason: 'postcode: different' };
}

/** Typos: the Dice coefficient of letter pairs, so "smyth" and "smith" agree on most. */
function similar(field: string, a: string, b: string): Level {
  const agreement = letterPairDice(a, b);
  if (agreement >= 0.5) return { agreement, reason: `${field}: spelt differently (${Math.round(agreement * 100)}% alike)` };
  return { agreement: agreement / 2, reason: `${field}: different` };
}

function letterPairDice(a: string, b: string): number {
  const pairs = (text: string) => {
    const padded = ` ${normaliseName(text)} `;
    const counts = new Map<string, number>();
    for (let i = 0; i < padded.length - 1; i++) counts.set(padded.slice(i, i + 2), (counts.get(padded.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of pa) {
    shared += Math.min(count, pb.get(pair) ?? 0);
    total += count;
  }
  for (const count of pb.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
