/**
 * How an agency writes a person down: nicknames, slips of the keyboard, old
 * addresses, swapped day and month. Each agency has its own habits (a
 * profile) and applies them to each of its records independently. Agency
 * identifiers are never touched: they are the agency's, and exact.
 */
import type { PersonDetails } from './agency-records.js';
import { isValidCivilDate } from './dates.js';
import type { Resident } from './households.js';
import { isDoubleFamilyName } from './names.js';
import { NICKNAMES } from './nicknames.js';
import type { Random } from './prng.js';
import { stripAccents } from './text.js';
import type { AddressPeriod } from './true-person.js';

export interface NoiseProfile {
  /** Per name part: one keying slip. */
  typo: number;
  /** For given names with a familiar form: the familiar form recorded. */
  nickname: number;
  /** For two-part family names: one part only, or a space for the hyphen (or the reverse). */
  doubleName: number;
  /** Accented names kept as written (otherwise the system strips them). */
  keepAccents: number;
  /** Family name in capitals, as many case-management systems store it. */
  upperFamilyName: number;
  /** Whole name typed in lower or upper case. */
  randomCase: number;
  /** Stray spaces around a name. */
  whitespace: number;
  /** Day and month swapped (only possible when the day is 12 or less). */
  dobSwap: number;
  /** One digit of the date of birth wrong. */
  dobTypo: number;
  dobMissing: number;
  sexMissing: number;
  /** For people who moved: the agency still has the previous address. */
  oldAddress: number;
  /** Postcode typed without its space or in lower case. */
  postcodeFormat: number;
  postcodeMissing: number;
}

export interface WrittenDown {
  details: PersonDetails;
  /** The address period the agency has on file (null when it has none). */
  address: AddressPeriod | null;
}

export interface WritingContext {
  /** The agency still has this woman's birth name. */
  previousName: boolean;
  /** A second, duplicate registration: made carelessly, so noisier. */
  duplicate: boolean;
  /** The as-of day (`YYYY-MM-DD`): no system accepts a date of birth after it. */
  asOf: string;
}

const NEIGHBOURS: Record<string, string> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko',
  j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz',
  t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/**
 * One keying slip. The first letter is left alone: people rarely get an
 * initial wrong, and that is what makes blocking on it work.
 */
export function mistype(rng: Random, name: string): string {
  if (name.length < 3) return name;
  const i = 1 + rng.int(name.length - 1);
  const letter = name[i];
  const doubled = name.slice(0, i) + letter + name.slice(i);
  const kind = rng.weighted([['substitution', 0.35], ['transposition', 0.25], ['deletion', 0.2], ['doubled', 0.2]] as const);
  if (kind === 'substitution') {
    const options = NEIGHBOURS[letter.toLowerCase()];
    if (!options) return doubled;
    const replacement = rng.pick([...options]);
    return name.slice(0, i) + (letter === letter.toLowerCase() ? replacement : replacement.toUpperCase()) + name.slice(i + 1);
  }
  if (kind === 'transposition') {
    const next = name[i + 1];
    if (next === undefined || next === letter || next === ' ' || next === '-') return doubled;
    return name.slice(0, i) + next + letter + name.slice(i + 2);
  }
  if (kind === 'deletion' && name.length > 3 && letter !== ' ' && letter !== '-') return name.slice(0, i) + name.slice(i + 1);
  return doubled;
}

/** "Okafor-Williams" as "Okafor", "Williams" or "Okafor Williams"; "Bonham Carter" as "Bonham-Carter". */
function recordDoubleName(rng: Random, name: string): string {
  const parts = name.split(/[- ]/);
  const roll = rng.float();
  if (roll < 0.35) return parts[0];
  if (roll < 0.5) return parts[parts.length - 1];
  return name.includes('-') ? parts.join(' ') : parts.join('-');
}

/** One digit wrong, still a real date and not in the future: the day, the month or the year off by one in a single place. */
function mistypeDate(rng: Random, iso: string, asOf: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  for (let attempt = 0; attempt < 8; attempt++) {
    const step = rng.chance(0.5) ? 1 : -1;
    const which = rng.weighted([['day', 0.45], ['month', 0.2], ['year', 0.25], ['decade', 0.1]] as const);
    const y = which === 'year' ? year + step : which === 'decade' ? year + 10 * step : year;
    const m = which === 'month' ? month + step : month;
    const d = which === 'day' ? day + step : day;
    const typed = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isValidCivilDate(y, m, d) && typed <= asOf) return typed;
  }
  return iso;
}

function recordDateOfBirth(rng: Random, iso: string, profile: NoiseProfile, boost: number, asOf: string): string | null {
  if (rng.chance(profile.dobMissing)) return null;
  const month = iso.slice(5, 7);
  const day = iso.slice(8, 10);
  const swapped = `${iso.slice(0, 4)}-${day}-${month}`;
  if (Number(day) <= 12 && day !== month && rng.chance(profile.dobSwap * boost) && swapped <= asOf) return swapped;
  if (rng.chance(profile.dobTypo * boost)) return mistypeDate(rng, iso, asOf);
  return iso;
}

function recordPostcode(rng: Random, postcode: string, profile: NoiseProfile): string {
  if (!rng.chance(profile.postcodeFormat)) return postcode;
  return rng.chance(0.5) ? postcode.replace(' ', '') : postcode.toLowerCase();
}

function styleName(rng: Random, name: string, profile: NoiseProfile): string {
  let styled = profile.keepAccents >= 1 || rng.chance(profile.keepAccents) ? name : stripAccents(name);
  if (rng.chance(profile.whitespace)) styled = rng.chance(0.5) ? `${styled} ` : ` ${styled}`;
  return styled;
}

/**
 * The agency's copy of one person. `rng` is the stream for this agency and
 * person. Agencies add their own columns with Object.assign: a spread into a
 * new object is several times slower, and this runs for every record.
 */
export function writeDown(rng: Random, resident: Resident, profile: NoiseProfile, context: WritingContext): WrittenDown {
  const person = resident.person;
  const boost = context.duplicate ? 2 : 1;

  let given = person.given_name;
  const familiar = NICKNAMES.get(given);
  if (familiar && rng.chance(profile.nickname * boost)) given = rng.pick(familiar);
  if (rng.chance(profile.typo * boost)) given = mistype(rng, given);

  let family = context.previousName && resident.previousFamilyName ? resident.previousFamilyName : person.family_name;
  if (isDoubleFamilyName(family) && rng.chance(profile.doubleName)) family = recordDoubleName(rng, family);
  if (rng.chance(profile.typo * boost)) family = mistype(rng, family);
  if (rng.chance(profile.upperFamilyName)) family = family.toUpperCase();
  if (rng.chance(profile.randomCase)) {
    const upper = rng.chance(0.3);
    given = upper ? given.toUpperCase() : given.toLowerCase();
    family = upper ? family.toUpperCase() : family.toLowerCase();
  }

  const periods = person.addresses;
  const address =
    rng.chance(profile.postcodeMissing) ? null
    : periods.length > 1 && rng.chance(profile.oldAddress * boost) ? periods[periods.length - 2]
    : periods[periods.length - 1];

  return {
    address,
    details: {
      given_name: styleName(rng, given, profile),
      family_name: styleName(rng, family, profile),
      date_of_birth: recordDateOfBirth(rng, person.date_of_birth, profile, boost, context.asOf),
      sex: rng.chance(profile.sexMissing) ? null : person.sex,
      postcode: address ? recordPostcode(rng, address.postcode, profile) : null,
      address_line: address ? address.address_line : null,
      lsoa_code: address ? address.lsoa_code : null,
      local_authority_code: address ? address.local_authority_code : null,
    },
  };
}
