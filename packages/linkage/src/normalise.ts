import { canonicalGivenNames } from './nicknames.js';
import { nameParts } from './normalise-name.js';

export { nameParts, normaliseName } from './normalise-name.js';

/**
 * Normalisation applied before any comparison, identically at every agency,
 * so that records differing only in case, accents, punctuation or spacing
 * encode the same. Every function here is pure and total: bad input gives an
 * empty value, never an exception, because one malformed row must not stop an
 * agency's export.
 */

export interface FamilyNameForms {
  /** All parts, space-separated: "smith jones". */
  full: string;
  /** Each part on its own, so "Smith-Jones" can meet "Jones". Empty when the name is missing. */
  parts: string[];
}

/**
 * Double-barrelled and hyphenated family names are written whole, with a
 * space instead of the hyphen, or as one part only; keeping every part lets
 * all of those meet.
 */
export function familyNameForms(name: string | null | undefined): FamilyNameForms {
  const parts = nameParts(name);
  return { full: parts.join(' '), parts: [...new Set(parts)] };
}

export interface GivenNameForms {
  /** As written, normalised: "bill". */
  raw: string;
  /**
   * The formal names the nickname dictionary maps it to, most likely first:
   * ["william"]. `[raw]` when the dictionary does not know the name; empty
   * when the name is missing.
   */
  canonical: readonly string[];
}

/**
 * "Bill", "Billy" and "William" share the canonical form "william". Names of
 * several words ("Abdi Rahman", "Mary Jane") are looked up whole, then joined
 * ("abdirahman"), then by their first word, since a first given name is the
 * one most often used.
 */
export function givenNameForms(name: string | null | undefined): GivenNameForms {
  const parts = nameParts(name);
  const raw = parts.join(' ');
  if (!raw) return { raw: '', canonical: [] };
  const canonical =
    canonicalGivenNames(raw) ?? canonicalGivenNames(parts.join('')) ?? canonicalGivenNames(parts[0]) ?? [parts.join('')];
  return { raw, canonical };
}

/** `sw9 7ab`, `SW97AB` and ` SW9  7AB ` all become `SW97AB`. */
export function normalisePostcode(postcode: string | null | undefined): string {
  if (!postcode) return '';
  return postcode.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export interface PostcodeParts {
  /** `SW97AB` */
  unit: string;
  /** Outward code and first digit of the inward code: `SW97`. Empty when the postcode is not well formed. */
  sector: string;
  /** Outward code: `SW9`. */
  district: string;
  /** Leading letters: `SW`. */
  area: string;
}

/** A UK postcode's inward code is a digit and two letters; the outward code is 2–4 characters before it. */
const UK_POSTCODE = /^([A-Z]{1,2})([0-9][A-Z0-9]?)([0-9])([A-Z]{2})$/;

/**
 * The postcode and the coarser areas containing it, so a person recorded at
 * an old address in the same street or district still partly agrees. A value
 * that is not a UK postcode keeps only its unit, compared exactly.
 */
export function postcodeParts(postcode: string | null | undefined): PostcodeParts | null {
  const unit = normalisePostcode(postcode);
  if (!unit) return null;
  const match = UK_POSTCODE.exec(unit);
  if (!match) return { unit, sector: '', district: '', area: '' };
  const [, area, district, sector] = match;
  return { unit, sector: `${area}${district}${sector}`, district: `${area}${district}`, area };
}

/**
 * ISO `YYYY-MM-DD` for a real calendar date, or null. Also accepts
 * `DD/MM/YYYY`, the way British forms write it. Impossible dates (31 April)
 * count as missing rather than being compared digit by digit.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed))) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (!isCalendarDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * The same date with day and month exchanged, as written on a form by
 * someone used to the other convention: 2010-03-07 for 2010-07-03. Null when
 * the exchange is no date (day above 12) or changes nothing (day equals month).
 */
export function swapDayAndMonth(isoDate: string | null): string | null {
  if (!isoDate) return null;
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  if (day > 12 || day === month) return null;
  return `${isoDate.slice(0, 4)}-${pad(day)}-${pad(month)}`;
}

/**
 * The date with day and month in ascending order, so that a date and its
 * day-month swap share one blocking key.
 */
export function unorderedDayMonth(isoDate: string): string {
  const month = isoDate.slice(5, 7);
  const day = isoDate.slice(8, 10);
  return `${isoDate.slice(0, 4)}-${month < day ? month : day}-${month < day ? day : month}`;
}

/** `F`, `M` or null: agencies write female/male, f/m, or leave it blank. */
export function normaliseSex(value: string | null | undefined): 'F' | 'M' | null {
  const letter = value?.trim().charAt(0).toUpperCase();
  return letter === 'F' || letter === 'M' ? letter : null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
