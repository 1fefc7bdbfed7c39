import { describe, expect, it } from 'vitest';
import { LAMBETH } from '@joined-up/geography';
import { ageOn, AGENCY_IDS, type AgencyId } from '../index.js';
import { AS_OF, population, SIZE } from './fixture.js';

const pop = population();
const people = new Map(pop.people().map((person) => [person.person_id, person]));
const cohort = pop.plantedCohort();

/** Each person's record ids per agency, from the truth alone. */
const idsOf = new Map<string, Map<AgencyId, Set<string>>>();
for (const link of pop.truth()) {
  const byAgency = idsOf.get(link.person_id) ?? new Map<AgencyId, Set<string>>();
  byAgency.set(link.agency, (byAgency.get(link.agency) ?? new Set()).add(link.record_id));
  idsOf.set(link.person_id, byAgency);
}
const ids = (personId: string, agency: AgencyId) => idsOf.get(personId)?.get(agency) ?? new Set<string>();

describe('the planted cohort', () => {
  it('has 1.2% of the population, 10 to 17 years old, living in Lambeth', () => {
    expect(cohort).toHaveLength(Math.round(SIZE * 0.012));
    for (const personId of cohort) {
      const person = people.get(personId)!;
      const age = ageOn(person.date_of_birth, AS_OF);
      expect(age).toBeGreaterThanOrEqual(10);
      expect(age).toBeLessThanOrEqual(17);
      expect(person.addresses[person.addresses.length - 1].local_authority_code).toBe(LAMBETH);
      expect(person.planted).toBe(true);
    }
    expect([...people.values()].filter((person) => person.planted)).toHaveLength(cohort.length);
  });

  it('is known to all five agencies, by the truth links', () => {
    for (const personId of cohort) {
      expect(AGENCY_IDS.filter((agency) => ids(personId, agency).size > 0)).toEqual(AGENCY_IDS);
    }
  });

  it('is almost alone in being known to all five', () => {
    const others = [...people.values()].filter((person) => !person.planted && AGENCY_IDS.every((agency) => ids(person.person_id, agency).size > 0));
    const youngInLambeth = others.filter((person) => {
      const age = ageOn(person.date_of_birth, AS_OF);
      return age >= 10 && age <= 17 && person.addresses[person.addresses.length - 1].local_authority_code === LAMBETH;
    });
    expect(others.length).toBeLessThan(people.size * 0.004);
    expect(youngInLambeth.length).toBeLessThan(cohort.length * 0.1);
  });

  it("turns up in every agency's events, not just its registers", () => {
    const health = pop.records('health');
    const police = pop.records('police');
    const education = pop.records('education');
    const housing = pop.records('housing');
    const voluntary = pop.records('voluntary');
    const tenancyHousehold = new Map(housing.tenancies.map((tenancy) => [tenancy.tenancy_id, tenancy.household_id]));
    const householdsWithTrouble = new Set([
      ...housing.applications.map((application) => application.household_id),
      ...housing.arrears.map((row) => tenancyHousehold.get(row.tenancy_id)),
    ]);
    for (const personId of cohort) {
      const has = (agency: AgencyId, id: string) => ids(personId, agency).has(id);
      expect(health.aeAttendances.some((row) => has('health', row.nhs_number))).toBe(true);
      expect(health.camhsReferrals.some((row) => has('health', row.nhs_number))).toBe(true);
      expect(police.involvements.some((row) => row.role === 'suspect' && has('police', row.nominal_id))).toBe(true);
      expect(police.youthJustice.some((row) => has('police', row.nominal_id))).toBe(true);
      expect(education.exclusions.some((row) => has('education', row.upn))).toBe(true);
      expect(housing.members.some((row) => has('housing', row.member_id) && householdsWithTrouble.has(row.household_id))).toBe(true);
      expect(voluntary.referrals.some((row) => has('voluntary', row.client_id))).toBe(true);
    }
  });

  it('misses far more school than other pupils', () => {
    const cohortUpns = new Set(cohort.flatMap((personId) => [...ids(personId, 'education')]));
    const rate = (rows: typeof attendance) =>
      rows.reduce((sum, row) => sum + row.authorised_absences + row.unauthorised_absences, 0) / rows.reduce((sum, row) => sum + row.possible_sessions, 0);
    const { attendance } = pop.records('education');
    expect(rate(attendance.filter((row) => cohortUpns.has(row.upn)))).toBeGreaterThan(2 * rate(attendance.filter((row) => !cohortUpns.has(row.upn))));
  });
});
