import { describe, expect, it } from 'vitest';
import { lsoas, residentialAuthorities } from '@joined-up/geography';
import { ageOn, AGENCY_IDS } from '../index.js';
import { AS_OF, population, SIZE } from './fixture.js';

const pop = population();
const people = pop.people();

describe('the true population', () => {
  it('has exactly the people asked for, each with a unique id', () => {
    expect(people).toHaveLength(SIZE);
    expect(new Set(people.map((person) => person.person_id)).size).toBe(SIZE);
    expect(people[0].person_id).toBe('P0000001');
  });

  it('lives at addresses inside Lambeth and Lewisham LSOAs, with postcodes in each LSOA sector', () => {
    const sectors = new Map(lsoas.map((lsoa) => [lsoa.code, lsoa]));
    const boroughs = new Set(residentialAuthorities.map((authority) => authority.code));
    for (const person of people) {
      for (const address of person.addresses) {
        const lsoa = sectors.get(address.lsoa_code);
        expect(lsoa?.parentCode).toBe(address.local_authority_code);
        expect(boroughs.has(address.local_authority_code)).toBe(true);
        expect(address.postcode).toMatch(new RegExp(`^${lsoa?.postcodeSector}[A-Z]{2}$`));
        expect(address.address_line).toMatch(/^(Flat \d+, )?\d+ [A-Z]/);
      }
      const current = person.addresses[person.addresses.length - 1];
      expect(current.to).toBeNull();
      expect(person.addresses.slice(0, -1).every((address) => address.to !== null && address.to <= current.from)).toBe(true);
    }
  });

  it('has an inner-London age profile from 0 to 90', () => {
    const ages = people.map((person) => ageOn(person.date_of_birth, AS_OF));
    const share = (low: number, high: number) => ages.filter((age) => age >= low && age <= high).length / ages.length;
    expect(Math.min(...ages)).toBe(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90);
    expect(share(0, 17)).toBeGreaterThan(0.16);
    expect(share(0, 17)).toBeLessThan(0.27);
    expect(share(25, 44)).toBeGreaterThan(0.3);
    expect(share(65, 90)).toBeGreaterThan(0.06);
    expect(share(65, 90)).toBeLessThan(0.15);
  });

  it('lives in households that share an address and mostly a family name', () => {
    const households = new Map<string, typeof people>();
    for (const person of people) households.set(person.household_id, [...(households.get(person.household_id) ?? []), person]);
    const mean = people.length / households.size;
    expect(mean).toBeGreaterThan(2);
    expect(mean).toBeLessThan(2.8);
    for (const members of households.values()) {
      expect(new Set(members.map((member) => member.addresses[member.addresses.length - 1].address_line)).size).toBe(1);
    }
    const families = [...households.values()].filter((members) => members.length >= 3);
    const sharing = families.filter((members) => members.filter((member) => member.family_name === members[0].family_name).length >= 2);
    expect(sharing.length / families.length).toBeGreaterThan(0.6);
  });

  it('keeps the previous address of the one in seven who moved', () => {
    const moved = people.filter((person) => person.addresses.length > 1).length / people.length;
    expect(moved).toBeGreaterThan(0.1);
    expect(moved).toBeLessThan(0.2);
  });

  it('has London-diverse names, with accents, apostrophes and two-part surnames', () => {
    const given = new Set(people.map((person) => person.given_name));
    const family = new Set(people.map((person) => person.family_name));
    expect(given.size).toBeGreaterThan(250);
    expect(family.size).toBeGreaterThan(250);
    expect([...given].some((name) => /[éëóáíúç]/.test(name))).toBe(true);
    expect([...family].some((name) => name.includes("'"))).toBe(true);
    expect([...family].some((name) => name.includes('-'))).toBe(true);
    expect([...family].some((name) => /^[A-Z]\S+ [A-Z]/.test(name))).toBe(true);
  });

  it('records which agencies know each person, as the truth links show', () => {
    const known = new Map<string, Set<string>>();
    for (const link of pop.truth()) known.set(link.person_id, (known.get(link.person_id) ?? new Set()).add(link.agency));
    for (const person of people) {
      expect(person.known_to).toEqual(AGENCY_IDS.filter((agency) => known.get(person.person_id)?.has(agency)));
    }
  });
});
