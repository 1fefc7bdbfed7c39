import { describe, expect, it } from 'vitest';
import { AGENCY_IDS, isValidNhsNumber, isValidUpn } from '../index.js';
import { allPersonRecords, population } from './fixture.js';

const pop = population();
const records = allPersonRecords(pop);
const truth = pop.truth();

describe('agency person records', () => {
  it('have identifiers unique within each agency', () => {
    for (const agency of AGENCY_IDS) {
      const ids = records.get(agency)!.map((record) => record.id);
      expect(new Set(ids).size, agency).toBe(ids.length);
    }
  });

  it('each appear exactly once in the truth, which links nothing else', () => {
    for (const agency of AGENCY_IDS) {
      const links = truth.filter((link) => link.agency === agency).map((link) => link.record_id);
      expect(new Set(links).size, agency).toBe(links.length);
      expect(new Set(links), agency).toEqual(new Set(records.get(agency)!.map((record) => record.id)));
    }
    const people = new Set(pop.people().map((person) => person.person_id));
    expect(truth.every((link) => people.has(link.person_id))).toBe(true);
  });

  it("carry identifiers in each agency's own format, never noised", () => {
    const ids = (agency: (typeof AGENCY_IDS)[number]) => records.get(agency)!.map((record) => record.id);
    expect(ids('health').every(isValidNhsNumber)).toBe(true);
    expect(ids('education').every((upn) => isValidUpn(upn) && ['208', '209'].includes(upn.slice(1, 4)))).toBe(true);
    expect(ids('police').every((id) => /^MP-\d{7}$/.test(id))).toBe(true);
    expect(ids('housing').every((id) => /^HM-\d{6}$/.test(id))).toBe(true);
    expect(ids('voluntary').every((id) => /^VC-\d{6}$/.test(id))).toBe(true);
  });

  it('include about one duplicate registration in a hundred, each in the truth', () => {
    for (const agency of AGENCY_IDS) {
      const perPerson = new Map<string, number>();
      for (const link of truth) if (link.agency === agency) perPerson.set(link.person_id, (perPerson.get(link.person_id) ?? 0) + 1);
      const duplicated = [...perPerson.values()].filter((count) => count === 2).length;
      expect([...perPerson.values()].every((count) => count <= 2), agency).toBe(true);
      if (agency === 'health' || agency === 'housing') {
        expect(duplicated / perPerson.size, agency).toBeGreaterThan(0.003);
        expect(duplicated / perPerson.size, agency).toBeLessThan(0.025);
      }
    }
  });

  it('reach the expected shares of the population', () => {
    const people = pop.people().length;
    const known = (agency: (typeof AGENCY_IDS)[number]) => new Set(truth.filter((link) => link.agency === agency).map((link) => link.person_id)).size / people;
    expect(known('health')).toBeGreaterThan(0.93);
    expect(known('police')).toBeGreaterThan(0.06);
    expect(known('police')).toBeLessThan(0.11);
    expect(known('housing')).toBeGreaterThan(0.25);
    expect(known('housing')).toBeLessThan(0.4);
    expect(known('voluntary')).toBeGreaterThan(0.07);
    expect(known('voluntary')).toBeLessThan(0.13);
  });

  it('give pupils a school of their own borough and FSM, SEN and EHC shares near the national ones', () => {
    const { schools, pupils } = pop.records('education');
    const urns = new Map(schools.map((school) => [school.urn, school]));
    expect(schools.filter((school) => school.phase === 'primary')).toHaveLength(16);
    expect(schools.filter((school) => school.phase === 'secondary')).toHaveLength(8);
    expect(schools.every((school) => /^\d{6}$/.test(school.urn))).toBe(true);
    expect(pupils.every((pupil) => urns.has(pupil.school_urn))).toBe(true);
    const share = (test: (pupil: (typeof pupils)[number]) => boolean) => pupils.filter(test).length / pupils.length;
    expect(share((pupil) => pupil.free_school_meals)).toBeGreaterThan(0.18);
    expect(share((pupil) => pupil.free_school_meals)).toBeLessThan(0.33);
    expect(share((pupil) => pupil.sen_status === 'SEN support')).toBeGreaterThan(0.09);
    expect(share((pupil) => pupil.sen_status === 'SEN support')).toBeLessThan(0.19);
    expect(share((pupil) => pupil.sen_status === 'EHC plan')).toBeGreaterThan(0.02);
    expect(share((pupil) => pupil.sen_status === 'EHC plan')).toBeLessThan(0.07);
  });

  it('tie housing members to households and services to organisations', () => {
    const housing = pop.records('housing');
    const households = new Set(housing.households.map((household) => household.household_id));
    expect(households.size).toBe(housing.households.length);
    expect(housing.members.every((member) => households.has(member.household_id))).toBe(true);
    expect(housing.households.every((household) => /^HH-\d{6}$/.test(household.household_id))).toBe(true);
    const voluntary = pop.records('voluntary');
    const organisations = new Set(voluntary.organisations.map((organisation) => organisation.organisation_id));
    expect(voluntary.organisations.length).toBeGreaterThanOrEqual(10);
    expect(voluntary.services.length).toBeGreaterThanOrEqual(20);
    expect(voluntary.services.every((service) => organisations.has(service.organisation_id))).toBe(true);
  });
});
