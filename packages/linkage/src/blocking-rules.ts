import type { NormalisedRecord } from './normalised-record.js';
import { unorderedDayMonth } from './normalise.js';
import { soundex } from './soundex.js';

/**
 * The blocking rules: two records are scored only if, under at least one
 * rule, they produce the same value. Each rule pairs two pieces of evidence
 * that are rarely wrong together, so a person whose records differ in one way
 * (a typo, a nickname, a move, a married name, a missing date of birth) still
 * meets themselves under some rule, while every rule stays selective enough
 * that its blocks hold tens of records, not thousands, at a million records.
 *
 * Dates of birth are keyed with day and month in ascending order, so a date
 * and its day-month swap fall in one block. Names are keyed by Soundex, which
 * survives most keying slips after the first letter; given names by the
 * Soundex of their formal forms, so Bill meets William; family names part by
 * part, so Smith-Jones meets Jones.
 */
export interface BlockingRule {
  /** Prefix of the rule's keys, visible to the partnership so it can count and cap blocks per rule. */
  name: string;
  /** What a person's records must share to be compared under this rule. */
  description: string;
  /** The values this record is blocked under (none when the fields it needs are missing). */
  values(record: NormalisedRecord): string[];
}

const familyCodes = (record: NormalisedRecord) => unique(record.family.parts.map(soundex));
const givenCodes = (record: NormalisedRecord) => unique(record.given.canonical.map((name) => soundex(name.replace(/ /g, ''))));
const givenInitials = (record: NormalisedRecord) => unique(record.given.canonical.map((name) => name.charAt(0)));
const nameCodes = (record: NormalisedRecord) => familyCodes(record).flatMap((family) => givenCodes(record).map((given) => `${family}|${given}`));

export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: 'dob-family',
    description: 'date of birth (day and month in either order) and the Soundex of a family name part',
    values: (record) => (record.dateOfBirth ? familyCodes(record).map((code) => `${unorderedDayMonth(record.dateOfBirth!)}|${code}`) : []),
  },
  {
    name: 'dob-given',
    description: 'date of birth (day and month in either order) and the Soundex of the formal given name: catches a changed family name',
    values: (record) => (record.dateOfBirth ? givenCodes(record).map((code) => `${unorderedDayMonth(record.dateOfBirth!)}|${code}`) : []),
  },
  {
    name: 'month-names',
    description: 'year and month of birth and the Soundex of both names: catches a mistyped day',
    values: (record) => (record.dateOfBirth ? nameCodes(record).map((names) => `${record.dateOfBirth!.slice(0, 7)}|${names}`) : []),
  },
  {
    name: 'day-names',
    description: 'year and day of birth and the Soundex of both names: catches a mistyped month',
    values: (record) =>
      record.dateOfBirth ? nameCodes(record).map((names) => `${record.dateOfBirth!.slice(0, 4)}-${record.dateOfBirth!.slice(8, 10)}|${names}`) : [],
  },
  {
    name: 'postcode-names',
    description:
      'postcode, the Soundex of a family name part and the initial of the formal given name: catches a missing or mistyped date of birth with a given name mistyped past its first letter',
    values: (record) =>
      record.postcode ? familyCodes(record).flatMap((code) => givenInitials(record).map((initial) => `${record.postcode!.unit}|${code}|${initial}`)) : [],
  },
  {
    name: 'postcode-given',
    description: 'postcode and the Soundex of the formal given name: catches a missing date of birth with a changed family name',
    values: (record) => (record.postcode ? givenCodes(record).map((code) => `${record.postcode!.unit}|${code}`) : []),
  },
];

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
