import { describe, expect, it } from 'vitest';
import { AGENCY_IDS, type AgencyId, type TruePerson } from '../index.js';
import { mistype } from '../noise.js';
import { NICKNAMES } from '../nicknames.js';
import { randomFor } from '../prng.js';
import { allPersonRecords, normaliseName, normalisePostcode, population, type AgencyPerson } from './fixture.js';

const pop = population();
const people = new Map(pop.people().map((person) => [person.person_id, person]));
const records = allPersonRecords(pop);
const owner = new Map(pop.truth().map((link) => [`${link.agency} ${link.record_id}`, people.get(link.person_id)!]));

interface Pair {
  record: AgencyPerson;
  person: TruePerson;
}
const pairs = (agency: AgencyId): Pair[] => records.get(agency)!.map((record) => ({ record, person: owner.get(`${agency} ${record.id}`)! }));

/** What a deterministic linker would accept: normalised names, date of birth and current postcode all equal. */
function agrees({ record, person }: Pair): boolean {
  const details = record.details;
  return (
    normaliseName(details.given_name) === normaliseName(person.given_name) &&
    normaliseName(details.family_name) === normaliseName(person.family_name) &&
    details.date_of_birth === person.date_of_birth &&
    normalisePostcode(details.postcode) === normalisePostcode(person.addresses[person.addresses.length - 1].postcode)
  );
}

const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length;

describe('agency noise', () => {
  it('leaves 70–85% of true pairs linkable by an exact match, and fewer in voluntary bodies', () => {
    const all = AGENCY_IDS.flatMap(pairs);
    const overall = share(all, agrees);
    expect(overall).toBeGreaterThan(0.7);
    expect(overall).toBeLessThan(0.85);
    for (const agency of AGENCY_IDS) {
      expect(share(pairs(agency), agrees), agency).toBeGreaterThan(0.5);
      expect(share(pairs(agency), agrees), agency).toBeLessThan(0.95);
    }
    expect(share(pairs('voluntary'), agrees)).toBeLessThan(share(pairs('health'), agrees) - 0.05);
  });

  it('uses familiar forms of given names, most of all in police and voluntary records', () => {
    const familiar = (agency: AgencyId) =>
      share(
        pairs(agency).filter(({ person }) => NICKNAMES.has(person.given_name)),
        ({ record, person }) => NICKNAMES.get(person.given_name)!.some((name) => normaliseName(name) === normaliseName(record.details.given_name)),
      );
    expect(familiar('health')).toBeGreaterThan(0.1);
    expect(familiar('police')).toBeGreaterThan(familiar('health'));
    expect(familiar('voluntary')).toBeGreaterThan(familiar('health'));
  });

  it('mistypes, swaps day and month, and keeps old addresses, but not often', () => {
    const health = pairs('health');
    const swapped = share(health, ({ record, person }) => {
      const dob = record.details.date_of_birth;
      return dob !== null && dob !== person.date_of_birth && dob.slice(5, 7) === person.date_of_birth.slice(8, 10) && dob.slice(8, 10) === person.date_of_birth.slice(5, 7);
    });
    expect(swapped).toBeGreaterThan(0.002);
    expect(swapped).toBeLessThan(0.02);
    const dobWrong = share(health, ({ record, person }) => record.details.date_of_birth !== person.date_of_birth);
    expect(dobWrong).toBeGreaterThan(0.01);
    expect(dobWrong).toBeLessThan(0.04);
    const movers = health.filter(({ person }) => person.addresses.length > 1);
    const old = share(movers, ({ record, person }) => record.details.postcode === person.addresses[person.addresses.length - 2].postcode);
    expect(old).toBeGreaterThan(0.05);
    expect(old).toBeLessThan(0.2);
  });

  it('records two-part surnames as one part or with a space for the hyphen in about 40% of cases', () => {
    const double = pairs('health').filter(({ person }) => person.family_name.includes('-'));
    expect(double.length).toBeGreaterThan(30);
    const changed = share(double, ({ record, person }) => record.details.family_name.toUpperCase() !== person.family_name.toUpperCase() && !record.details.family_name.includes('-'));
    expect(changed).toBeGreaterThan(0.25);
    expect(changed).toBeLessThan(0.55);
  });

  it('has each agency write in its own way', () => {
    const upper = (agency: AgencyId) => share(pairs(agency), ({ record }) => /[a-z]/i.test(record.details.family_name) && record.details.family_name === record.details.family_name.toUpperCase());
    expect(upper('police')).toBeGreaterThan(0.7);
    expect(upper('education')).toBeLessThan(0.1);
    const voluntary = pairs('voluntary');
    expect(share(voluntary, ({ record }) => record.details.date_of_birth === null)).toBeGreaterThan(0.1);
    expect(share(voluntary, ({ record }) => record.details.date_of_birth === null)).toBeLessThan(0.2);
    expect(share(voluntary, ({ record }) => record.details.postcode === null)).toBeGreaterThan(0.02);
    expect(share(voluntary, ({ record }) => record.details.postcode === null)).toBeLessThan(0.09);
    expect(share(voluntary, ({ record }) => record.details.sex === null)).toBeGreaterThan(0);
    expect(share(voluntary, ({ record }) => record.details.postcode !== null && !/^[A-Z]+\d+ \d[A-Z]{2}$/.test(record.details.postcode))).toBeGreaterThan(0.1);
    expect(share(pairs('health'), ({ record }) => record.details.date_of_birth === null || record.details.sex === null)).toBe(0);
  });

  it('gives some women the surname they were born with in one agency', () => {
    const changed = AGENCY_IDS.flatMap(pairs).filter(({ record, person }) => {
      const family = normaliseName(record.details.family_name);
      // A different first letter rules out typos (which keep it); two-part names are left out as they may be recorded by their second part.
      return person.sex === 'F' && !/[- ]/.test(person.family_name) && family !== null && family.length > 0 && normaliseName(person.family_name)![0] !== family[0];
    });
    expect(changed.length).toBeGreaterThan(20);
  });

  it('mistypes a name by one keystroke, never its first letter', () => {
    for (let i = 0; i < 500; i++) {
      const rng = randomFor(1, i);
      const name = rng.pick(['Oluwaseun', 'Chloé', "O'Connor", 'Smith-Jones', 'Li', 'Ava']);
      const typed = mistype(rng, name);
      if (name.length < 3) {
        expect(typed).toBe(name);
        continue;
      }
      expect(typed).not.toBe(name);
      expect(typed[0]).toBe(name[0]);
      expect(Math.abs(typed.length - name.length)).toBeLessThanOrEqual(1);
    }
  });
});
