import { describe, expect, it } from 'vitest';
import { AGENCY_IDS, type AgencyId } from '../index.js';
import { AS_OF, population, SIZE } from './fixture.js';

const pop = population();
const health = pop.records('health');
const police = pop.records('police');
const education = pop.records('education');
const housing = pop.records('housing');
const voluntary = pop.records('voluntary');

/** Every dated event row of an agency, as YYYY-MM. */
const eventMonths: Record<AgencyId, string[]> = {
  health: [...health.aeAttendances.map((row) => row.arrived_at), ...health.admissions.map((row) => row.admitted_on), ...health.camhsReferrals.map((row) => row.referred_on)],
  police: [...police.offences.map((row) => row.committed_on), ...police.youthJustice.map((row) => row.started_on)],
  education: [...education.attendance.map((row) => row.month), ...education.exclusions.map((row) => row.start_date)],
  housing: [...housing.tenancies.map((row) => row.started_on).filter((day) => day >= '2023'), ...housing.applications.map((row) => row.applied_on), ...housing.arrears.map((row) => row.month)],
  voluntary: [...voluntary.referrals.map((row) => row.referred_on), ...voluntary.participation.map((row) => row.month)],
};
for (const agency of AGENCY_IDS) eventMonths[agency] = eventMonths[agency].map((date) => date.slice(0, 7));

const within = (value: string, allowed: readonly string[]) => allowed.includes(value);

describe('events', () => {
  it('run monthly from January 2023 to the as-of month in every agency', () => {
    for (const agency of AGENCY_IDS) {
      const months = new Set(eventMonths[agency]);
      const sorted = [...months].sort();
      expect(sorted[0], agency).toBe('2023-01');
      expect(sorted[sorted.length - 1], agency).toBe(AS_OF.slice(0, 7));
    }
    // A&E, crime and arrears have something every single month.
    for (const agency of ['health', 'police', 'housing'] as const) expect(new Set(eventMonths[agency]).size, agency).toBe(30);
  });

  it('never happen after the as-of day', () => {
    for (const agency of AGENCY_IDS) {
      expect(eventMonths[agency].every((month) => month <= AS_OF.slice(0, 7)), agency).toBe(true);
    }
    expect(health.aeAttendances.every((row) => row.arrived_at.slice(0, 10) <= AS_OF)).toBe(true);
    expect(police.offences.every((row) => row.committed_on <= AS_OF)).toBe(true);
  });

  it('stay a sensible size', () => {
    const total = AGENCY_IDS.flatMap((agency) => Object.values(pop.records(agency)) as unknown[][]).reduce((sum, rows) => sum + rows.length, 0);
    // Under 250 000 rows for 10 000 people, attendance being most of them.
    expect(total).toBeLessThan((250_000 * SIZE) / 10_000);
    expect(education.attendance.length).toBeGreaterThan(total * 0.4);
  });

  it('give about 0.3 A&E attendances per person a year, and self-harm mostly at 12 to 24', () => {
    const years = 29.5 / 12;
    const rate = health.aeAttendances.length / SIZE / years;
    expect(rate).toBeGreaterThan(0.2);
    expect(rate).toBeLessThan(0.45);
    for (const row of health.aeAttendances) {
      expect(within(row.chief_complaint, ['injury', 'self-harm', 'assault', 'mental health', 'respiratory', 'abdominal pain', 'other'])).toBe(true);
      expect(within(row.disposal, ['discharged', 'admitted', 'referred to CAMHS', 'left before being seen'])).toBe(true);
    }
    for (const row of health.admissions) {
      expect(row.self_harm).toBe(/^X(6\d|7\d|8[0-4])$/.test(row.primary_diagnosis));
      expect(within(row.method, ['emergency', 'elective'])).toBe(true);
    }
    expect(health.admissions.some((row) => row.self_harm)).toBe(true);
    for (const row of health.camhsReferrals) {
      expect(within(row.status, ['waiting', 'accepted', 'not accepted', 'closed'])).toBe(true);
      expect(within(row.source, ['GP', 'school', 'police', 'A&E', 'social care', 'self'])).toBe(true);
    }
  });

  it('leave most crime without an identified suspect, and every involvement with a nominal', () => {
    const nominals = new Set(police.nominals.map((row) => row.nominal_id));
    const offences = new Set(police.offences.map((row) => row.offence_id));
    expect(offences.size).toBe(police.offences.length);
    const withSuspect = new Set(police.involvements.filter((row) => row.role === 'suspect').map((row) => row.offence_id));
    expect(withSuspect.size / offences.size).toBeLessThan(0.35);
    expect(police.involvements.every((row) => nominals.has(row.nominal_id) && offences.has(row.offence_id))).toBe(true);
    expect(police.offences.every((row) => /^CR-\d{4}-\d{7}$/.test(row.offence_id) && row.offence_id.slice(3, 7) === row.committed_on.slice(0, 4))).toBe(true);
    const firstEntries = new Map<string, number>();
    for (const row of police.youthJustice) {
      expect(nominals.has(row.nominal_id)).toBe(true);
      if (row.first_time_entrant) firstEntries.set(row.nominal_id, (firstEntries.get(row.nominal_id) ?? 0) + 1);
    }
    expect([...firstEntries.values()].every((count) => count === 1)).toBe(true);
  });

  it('record attendance about 38 sessions a month with about 6% absence and a persistent-absence tail', () => {
    const upns = new Set(education.pupils.map((row) => row.upn));
    expect(education.attendance.every((row) => upns.has(row.upn) && row.month.slice(5, 7) !== '08')).toBe(true);
    const full = education.attendance.filter((row) => row.month < AS_OF.slice(0, 7));
    const possible = full.reduce((sum, row) => sum + row.possible_sessions, 0);
    const absent = full.reduce((sum, row) => sum + row.authorised_absences + row.unauthorised_absences, 0);
    expect(possible / full.length).toBeGreaterThan(34);
    expect(possible / full.length).toBeLessThan(40);
    expect(absent / possible).toBeGreaterThan(0.04);
    expect(absent / possible).toBeLessThan(0.09);
    const byPupil = new Map<string, [number, number]>();
    for (const row of full) {
      const [p, a] = byPupil.get(row.upn) ?? [0, 0];
      byPupil.set(row.upn, [p + row.possible_sessions, a + row.authorised_absences + row.unauthorised_absences]);
    }
    const persistent = [...byPupil.values()].filter(([p, a]) => a / p >= 0.1).length / byPupil.size;
    expect(persistent).toBeGreaterThan(0.08);
    expect(persistent).toBeLessThan(0.3);
    expect(education.exclusions.some((row) => row.kind === 'permanent exclusion')).toBe(true);
    expect(education.exclusions.filter((row) => row.kind === 'suspension').every((row) => row.days !== null && row.days > 0)).toBe(true);
  });

  it('link housing events to housing households, and voluntary events to clients and services', () => {
    const households = new Set(housing.households.map((row) => row.household_id));
    const tenancies = new Set(housing.tenancies.map((row) => row.tenancy_id));
    expect(housing.tenancies.every((row) => households.has(row.household_id))).toBe(true);
    expect(housing.applications.every((row) => households.has(row.household_id) && within(row.duty, ['prevention', 'relief', 'main duty']))).toBe(true);
    expect(housing.temporaryAccommodation.every((row) => households.has(row.household_id))).toBe(true);
    expect(housing.arrears.every((row) => tenancies.has(row.tenancy_id) && row.balance > 0)).toBe(true);
    const clients = new Set(voluntary.clients.map((row) => row.client_id));
    const services = new Set(voluntary.services.map((row) => row.service_id));
    expect(voluntary.referrals.every((row) => clients.has(row.client_id) && services.has(row.service_id))).toBe(true);
    expect(voluntary.participation.every((row) => clients.has(row.client_id) && services.has(row.service_id) && row.sessions_attended > 0)).toBe(true);
  });
});
