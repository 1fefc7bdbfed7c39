import type { Random } from '../prng.js';
import { COMMON_FAMILY, COMMON_GIVEN, FAMILY, GIVEN } from './hard-names.js';
import type { PostcodeBook } from './hard-postcodes.js';
import type { NoiseKind, NoiseRates } from './noise-kinds.js';

/** One person of the hard set as they truly are. */
export interface HardPerson {
  id: string;
  /** Every form of the given name, formal first; `usual` is the one most records hold. */
  givenForms: readonly string[];
  usual: number;
  /** The family name today. */
  family: string;
  /** Other forms the family name took or takes (maiden name, double-barrelled, hyphenated). */
  otherFamily: string[];
  sex: 'F' | 'M';
  dateOfBirth: string;
  postcode: string;
  /** Where they lived before a move, if they moved. */
  oldPostcode: string | null;
  isChild: boolean;
  /** Kinds of messiness that belong to the person, not to one record (twin, sibling, common name, surname change, move). */
  kinds: NoiseKind[];
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function birthDate(rng: Random, fromYear: number, toYear: number): string {
  const year = rng.between(fromYear, toYear);
  const month = rng.between(1, 12);
  return iso(year, month, rng.between(1, DAYS[month - 1]));
}

function givenName(rng: Random, sex: 'F' | 'M', common: boolean): { forms: readonly string[]; usual: number } {
  if (common) return { forms: [rng.pickSkewed(COMMON_GIVEN[sex], 2)], usual: 0 };
  const forms = rng.pickSkewed(GIVEN[sex], 1.4);
  // A third of people with a short form go by it everywhere: the formal name is then the "nickname" some agency writes.
  return { forms, usual: forms.length > 1 && rng.chance(0.3) ? rng.between(1, forms.length - 1) : 0 };
}

/**
 * One household: a single adult, a couple, or parents with children, at one
 * postcode. Siblings share the family name and address; twins share the date
 * of birth too; a partner may have changed name on marriage or divorce.
 */
export function household(rng: Random, firstId: number, book: PostcodeBook, rates: NoiseRates): HardPerson[] {
  const common = rng.chance(rates['common-name']);
  const family = common ? rng.pickSkewed(COMMON_FAMILY, 1.5) : rng.pickSkewed(FAMILY, 1.8);
  const unit = common ? book.communityUnit(rng) : book.anyUnit(rng);
  const moved = rng.chance(rates.moved);
  const postcode = book.postcode(unit);
  const oldPostcode = moved ? book.postcode(rng.chance(0.5) ? (unit + 1 + rng.int(40)) % book.units : book.anyUnit(rng)) : null;
  const shape = rng.weighted([['single', 30], ['couple', 22], ['family', 33], ['lone-parent', 15]] as const);
  const people: HardPerson[] = [];
  const add = (person: Omit<HardPerson, 'id' | 'postcode' | 'oldPostcode' | 'kinds'>, kinds: NoiseKind[]) => {
    const all: NoiseKind[] = [...kinds];
    if (common) all.push('common-name');
    if (moved) all.push('moved');
    people.push({ ...person, id: `HP${firstId + people.length}`, postcode, oldPostcode, kinds: all });
  };

  const adults = shape === 'couple' || shape === 'family' ? 2 : 1;
  let youngestParentYear = 2000;
  for (let a = 0; a < adults; a++) {
    const sex: 'F' | 'M' = adults === 2 ? (a === 0 ? 'M' : 'F') : rng.chance(0.6) ? 'F' : 'M';
    const name = givenName(rng, sex, common);
    const dateOfBirth = birthDate(rng, 1940, 2004);
    youngestParentYear = Math.min(youngestParentYear, Number(dateOfBirth.slice(0, 4)));
    const otherFamily: string[] = [];
    const kinds: NoiseKind[] = [];
    // A partner who took the household's name on marriage (or kept the old one
    // in a double-barrelled form); a single adult who went back to a maiden
    // name after a divorce, whose older records hold the married one.
    if ((adults === 2 && a === 1) || adults === 1) {
      if (rng.chance(rates['surname-change'])) {
        const other = rng.pickSkewed(FAMILY, 1.2);
        if (other !== family) {
          kinds.push('surname-change');
          otherFamily.push(other);
          if (rng.chance(0.4)) otherFamily.push(rng.chance(0.5) ? `${other}-${family}` : `${other} ${family}`);
        }
      }
    }
    add({ givenForms: name.forms, usual: name.usual, family, otherFamily, sex, dateOfBirth, isChild: false }, kinds);
  }
  if (shape === 'family' || shape === 'lone-parent') {
    const children = rng.chance(rates.sibling) ? rng.between(2, 4) : 1;
    const twins = rng.chance(rates.twin);
    const from = Math.max(2005, youngestParentYear + 18);
    let twinDate: string | null = null;
    for (let c = 0; c < children + (twins ? 1 : 0); c++) {
      const sex: 'F' | 'M' = rng.chance(0.5) ? 'F' : 'M';
      let name = givenName(rng, sex, common);
      // Twins never share a given name; a second draw that collides is redrawn.
      while (people.some((other) => other.givenForms[0] === name.forms[0])) name = givenName(rng, sex, false);
      const isTwin = twins && c >= children - 1;
      const dateOfBirth = isTwin ? (twinDate ??= birthDate(rng, from, 2024)) : birthDate(rng, from, 2024);
      const kinds: NoiseKind[] = [];
      if (isTwin) kinds.push('twin');
      else if (children > 1) kinds.push('sibling');
      add({ givenForms: name.forms, usual: name.usual, family, otherFamily: [], sex, dateOfBirth, isChild: true }, kinds);
    }
  }
  return people;
}
