import { randomFor, type Random } from '../prng.js';
import type { HardPerson } from './hard-household.js';
import { dateTypo, reformat, swapDayMonth, typo } from './record-noise.js';
import type { HardSetAgency, NoiseKind, NoiseRates } from './noise-kinds.js';

/** One agency's record of a person, as the agency's CSV holds it. */
export interface HardRecord {
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  sex: string | null;
  postcode: string | null;
  /** The kinds of noise that made this record differ from the person's usual details. */
  noise: NoiseKind[];
}

/** Which agencies hold this person: shares differ widely, and education holds only children of school age. */
export function agenciesHolding(rng: Random, person: HardPerson, coverage: Record<HardSetAgency, number>, housed: boolean): HardSetAgency[] {
  const held: HardSetAgency[] = [];
  const born = Number(person.dateOfBirth.slice(0, 4));
  if (rng.chance(coverage.health)) held.push('health');
  if (born >= 2008 && born <= 2022 && rng.chance(coverage.education)) held.push('education');
  if (housed) held.push('housing');
  if (born <= 2016 && rng.chance(coverage.police)) held.push('police');
  if (rng.chance(coverage.voluntary)) held.push('voluntary');
  return held;
}

/**
 * The records one agency holds of one person (two when it recorded them
 * twice), each with its own independent slips at the configured rates.
 */
export function agencyRecords(seed: number, person: HardPerson, agency: HardSetAgency, rates: NoiseRates): HardRecord[] {
  const rng = randomFor(seed, 'hard-set', person.id, agency);
  const copies = rng.chance(rates.duplicate) ? 2 : 1;
  return Array.from({ length: copies }, (_, copy) => oneRecord(rng, person, rates, copy > 0));
}

function oneRecord(rng: Random, person: HardPerson, rates: NoiseRates, duplicate: boolean): HardRecord {
  const noise = new Set<NoiseKind>(person.kinds.filter((kind) => kind === 'twin' || kind === 'sibling' || kind === 'common-name'));
  if (duplicate) noise.add('duplicate');

  let given = person.givenForms[person.usual];
  if (person.givenForms.length > 1 && rng.chance(rates.nickname)) {
    const others = person.givenForms.filter((_, i) => i !== person.usual);
    given = rng.pick(others);
    noise.add('nickname');
  }
  let family = person.family;
  if (person.otherFamily.length > 0 && rng.chance(0.5)) {
    family = rng.pick(person.otherFamily);
    noise.add('surname-change');
  }
  if (rng.chance(rates.typo)) {
    const before = `${given}|${family}`;
    if (rng.chance(0.5)) given = typo(rng, given);
    else family = typo(rng, family);
    if (`${given}|${family}` !== before) noise.add('typo');
  }
  let postcode: string | null = person.postcode;
  if (person.oldPostcode && rng.chance(0.5)) {
    postcode = person.oldPostcode;
    noise.add('moved');
  }
  let dateOfBirth: string | null = person.dateOfBirth;
  if (rng.chance(rates['date-swap'])) {
    const swapped = swapDayMonth(dateOfBirth);
    if (swapped) {
      dateOfBirth = swapped;
      noise.add('date-swap');
    }
  }
  if (rng.chance(rates['date-typo'])) {
    const mistyped = dateTypo(rng, dateOfBirth);
    if (mistyped) {
      dateOfBirth = mistyped;
      noise.add('date-typo');
    }
  }
  let sex: string | null = person.sex;
  if (rng.chance(rates.blank)) {
    const field = rng.weighted([['sex', 5], ['postcode', 3], ['dateOfBirth', 2]] as const);
    if (field === 'sex') sex = null;
    else if (field === 'postcode') postcode = null;
    else dateOfBirth = null;
    noise.add('blank');
  }
  if (rng.chance(rates.format)) {
    ({ given, family, dateOfBirth, postcode } = reformat(rng, { given, family, dateOfBirth, postcode }));
    noise.add('format');
  }
  return { givenName: given, familyName: family, dateOfBirth, sex, postcode, noise: [...noise] };
}
