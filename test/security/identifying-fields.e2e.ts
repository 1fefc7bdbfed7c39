import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, personKnownEverywhere, startTestFederation, type TestFederation } from '@joined-up/testing';

const VIEW = `query($id: ID!) { person(id: $id) {
  id
  health { patients { nhsNumber givenName familyName dateOfBirth postcode ageBand lsoaCode sex } aeAttendances { arrivedAt chiefComplaint } }
  police { nominals { nominalId givenName dateOfBirth ageBand lsoaCode } youthJustice { nominalId kind startedOn } }
  education { pupils { upn givenName dateOfBirth ageBand lsoaCode senStatus } }
  housing { households { memberId householdId postcode ageBand lsoaCode relationship } }
} }`;

const IDENTIFYING = {
  health: { list: 'patients', fields: ['nhsNumber', 'givenName', 'familyName', 'dateOfBirth', 'postcode'], pseudonymised: ['ageBand', 'lsoaCode', 'sex'] },
  education: { list: 'pupils', fields: ['upn', 'givenName', 'dateOfBirth'], pseudonymised: ['ageBand', 'lsoaCode', 'senStatus'] },
  housing: { list: 'households', fields: ['memberId', 'householdId', 'postcode'], pseudonymised: ['ageBand', 'lsoaCode', 'relationship'] },
} as const;

type Errors = { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];

/** The error at `path`, if any. */
const errorAt = (errors: Errors | undefined, path: (string | number)[]) => errors?.find((error) => JSON.stringify(error.path) === JSON.stringify(path));

describe('roles in the sharing agreements: identifying fields for the roles an agreement names, the pseudonymised view for the rest', () => {
  let federation: TestFederation;
  let personId: string;

  beforeAll(async () => {
    federation = await startTestFederation('identifying-fields');
    personId = await personKnownEverywhere(federation);
  }, 120_000);
  afterAll(() => federation?.stop());

  it('refuses a police analyst each identifying field with FORBIDDEN naming the allowed roles, and serves the pseudonymised ones', async () => {
    const response = await federation.query(VIEW, { as: officers.policeAnalyst, variables: { id: personId } });
    expect(response.status).toBe(200);
    const person = response.data.person;
    expect(person.id).toBe(personId);
    for (const [view, { list, fields, pseudonymised }] of Object.entries(IDENTIFYING)) {
      const records = person[view][list];
      expect(records.length, `${view}.${list}`).toBeGreaterThan(0);
      records.forEach((record: Record<string, unknown>, index: number) => {
        for (const field of fields) {
          expect(record[field], `${view}.${list}.${field}`).toBeNull();
          const error = errorAt(response.errors, ['person', view, list, index, field]);
          expect(error?.extensions?.code, `${view}.${list}[${index}].${field}`).toBe('FORBIDDEN');
          expect(error?.extensions?.allowedRoles).toEqual(['caseworker']);
          expect(error?.message).toMatch(/caseworker/);
          expect(error?.message).toMatch(/analyst/);
        }
      });
      for (const field of pseudonymised) {
        expect(records.some((record: Record<string, unknown>) => record[field] !== null), `${view}.${list}.${field} served`).toBe(true);
      }
    }
    expect(person.health.patients[0].ageBand).toMatch(/^\d+(-\d+|\+)$/);
    expect(person.health.patients[0].lsoaCode).toMatch(/^E01\d{6}$/);
    // The events themselves are the pseudonymised view too.
    expect(person.health.aeAttendances).toBeInstanceOf(Array);
    expect(errorAt(response.errors, ['person', 'health', 'aeAttendances'])).toBeUndefined();
    expect(person.police.youthJustice.every((intervention: { kind: string }) => typeof intervention.kind === 'string')).toBe(true);
  });

  it("shows an analyst their own agency's identifying fields: roles govern what crosses between agencies", async () => {
    const response = await federation.query(VIEW, { as: officers.policeAnalyst, variables: { id: personId } });
    const nominals = response.data.person.police.nominals;
    expect(nominals.length).toBeGreaterThan(0);
    expect(nominals[0].nominalId).toMatch(/\S/);
    expect(nominals[0].givenName).toMatch(/\S/);
    expect(response.errors?.filter((error: any) => error.path?.[1] === 'police') ?? []).toEqual([]);
  });

  it('serves a police caseworker with the same purpose both the identifying and the pseudonymised fields', async () => {
    const response = await federation.query(VIEW, { as: officers.policeCaseworker, variables: { id: personId } });
    expect(response.errors).toBeUndefined();
    for (const [view, { list, fields, pseudonymised }] of Object.entries(IDENTIFYING)) {
      const records = response.data.person[view][list];
      expect(records.length).toBeGreaterThan(0);
      for (const field of [...fields, ...pseudonymised]) {
        expect(records.some((record: Record<string, unknown>) => record[field] !== null), `${view}.${list}.${field}`).toBe(true);
      }
    }
    expect(response.data.person.health.patients[0].nhsNumber).toMatch(/^\d{10}$/);
  });

  it("answers the README's caseworker query with data and no error", async () => {
    const response = await federation.query(
      `query ($id: ID!) { person(id: $id) { id knownTo { id }
        health { aeAttendances { arrivedAt chiefComplaint } camhsReferrals { referredOn status } }
        police { offences { role offence { category committedOn outcome } } youthJustice { kind startedOn } }
        education { pupils { school { name } } attendance(from: "2025-09", to: "2025-12") { month unauthorisedAbsences } exclusions { kind startDate } }
        housing { homelessnessApplications { duty appliedOn outcome } temporaryAccommodation { kind startedOn } }
        voluntary { referrals { service { name } status } } } }`,
      { as: officers.policeCaseworker, variables: { id: personId } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.person.knownTo.length).toBe(5);
    expect(response.data.person.education.pupils.length).toBeGreaterThan(0);
  });

  it('publishes the roles in the register, per agreement and category', async () => {
    const response = await federation.query('{ sharingAgreements { id identifyingRoles { category roles } } }');
    expect(response.errors).toBeUndefined();
    const byId = new Map(response.data.sharingAgreements.map((agreement: any) => [agreement.id, agreement.identifyingRoles]));
    expect(byId.get('ISA-LAMBETH-YOUTH-CRIME')).toContainEqual({ category: 'health.registration', roles: ['caseworker'] });
    expect(byId.get('ISA-HEALTH-SERVICE-PLANNING')).toContainEqual({ category: 'health.urgent-care', roles: [] });
  });
});
