import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_IDS, PARTNERSHIP } from '@joined-up/agencies';
import { findCoveringAgreement, OPT_OUT_PURPOSES, type SharingAgreementTerms } from '@joined-up/access';
import { officers, peopleKnownMost, personIndexDb, startTestFederation, type TestFederation } from '@joined-up/testing';

/** Every person-level field of the graph, with the agency that holds it and its data category. */
const PERSONAL_FIELDS: { view: string; field: string; category: string }[] = [
  { view: 'health', field: 'patients', category: 'health.registration' },
  { view: 'health', field: 'aeAttendances', category: 'health.urgent-care' },
  { view: 'health', field: 'admissions', category: 'health.admissions' },
  { view: 'health', field: 'camhsReferrals', category: 'health.mental-health' },
  { view: 'police', field: 'nominals', category: 'police.nominal' },
  { view: 'police', field: 'offences', category: 'police.offences' },
  { view: 'police', field: 'youthJustice', category: 'police.youth-justice' },
  { view: 'education', field: 'pupils', category: 'education.pupil' },
  { view: 'education', field: 'attendance', category: 'education.attendance' },
  { view: 'education', field: 'exclusions', category: 'education.exclusions' },
  { view: 'housing', field: 'households', category: 'housing.household' },
  { view: 'housing', field: 'tenancies', category: 'housing.tenancy' },
  { view: 'housing', field: 'homelessnessApplications', category: 'housing.homelessness' },
  { view: 'housing', field: 'temporaryAccommodation', category: 'housing.homelessness' },
  { view: 'voluntary', field: 'clients', category: 'voluntary.client' },
  { view: 'voluntary', field: 'referrals', category: 'voluntary.referrals' },
  { view: 'voluntary', field: 'participation', category: 'voluntary.referrals' },
  { view: 'probation', field: 'cases', category: 'probation.case' },
  { view: 'probation', field: 'orders', category: 'probation.orders' },
  { view: '', field: 'knownTo', category: 'partnership.person-index' },
];

// The agencies an officer's token may name: every member but the person index, which has no officers.
const AGENCIES = [...AGENCY_IDS, PARTNERSHIP.id];
const PURPOSES = ['youth-crime-prevention', 'direct-care', 'safeguarding', 'planning', 'research', 'family-support', 'marketing', 'subject-access-request'];

function queryFor(fields: typeof PERSONAL_FIELDS): string {
  const byView = new Map<string, string[]>();
  for (const { view, field } of fields) byView.set(view, [...(byView.get(view) ?? []), `${field} { __typename }`]);
  const selections = [...byView].map(([view, selected]) => (view ? `${view} { ${selected.join(' ')} }` : selected.join(' ')));
  return `query($id: ID!) { person(id: $id) { id ${selections.join(' ')} } }`;
}

describe('property: no response carries a person-level field that no agreement covers for the token', () => {
  let federation: TestFederation;
  let agreements: SharingAgreementTerms[];
  let people: { id: string; optedOut: boolean; knownTo: Set<string> }[];

  beforeAll(async () => {
    federation = await startTestFederation('no-uncovered-field');
    const register = await federation.query('{ sharingAgreements(includeInactive: true) { id title parties categories purposes legalBasis validFrom validTo approved } }');
    agreements = register.data.sharingAgreements;
    const personIndex = personIndexDb(federation);
    const optedOutPatients = await federation.subgraphs
      .get('health')!
      .database.db.selectFrom('patients' as never)
      .select('nhs_number' as never)
      .where('national_opt_out' as never, '=', true as never)
      .execute();
    const optedOut = new Set(
      (await personIndex.selectFrom('person_records').select('person_id').where('agency_id', '=', 'health').where('record_id', 'in', optedOutPatients.map((row: any) => row.nhs_number)).execute()).map(
        (row) => row.person_id,
      ),
    );
    const ids = [...(await peopleKnownMost(federation, 6)), ...[...optedOut].slice(0, 2)];
    const records = await personIndex.selectFrom('person_records').select(['person_id', 'agency_id']).where('person_id', 'in', ids).execute();
    people = ids.map((id) => ({
      id,
      optedOut: optedOut.has(id),
      knownTo: new Set(records.filter((row) => row.person_id === id).map((row) => row.agency_id)),
    }));
  });
  afterAll(() => federation?.stop());

  it('holds for random officers, purposes, people and selections', async () => {
    const today = new Date().toISOString().slice(0, 10);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...AGENCIES),
        fc.constantFrom(...PURPOSES),
        fc.constantFrom(...people),
        fc.subarray(PERSONAL_FIELDS, { minLength: 1, maxLength: 6 }),
        async (agency, purpose, person, fields) => {
          const response = await federation.query(queryFor(fields), {
            as: { officerId: `${agency}-analyst`, agency, roles: ['analyst'], purpose },
            variables: { id: person.id },
          });
          expect(response.status).toBe(200);
          for (const { view, field, category } of fields) {
            const owner = category.slice(0, category.indexOf('.'));
            const covered = agency === owner || findCoveringAgreement(agreements, { requester: agency, owner, category, purpose, on: today }).covered;
            const optedOut = owner === 'health' && person.optedOut && OPT_OUT_PURPOSES.has(purpose);
            const container = view ? response.data?.person?.[view] : response.data?.person;
            const value = container ? container[field] : null;
            if (!covered || optedOut) {
              expect(value ?? null, `${agency}/${purpose} must not see ${category}`).toBeNull();
            } else if (!view || person.knownTo.has(owner)) {
              // Covered, and the agency holds records of the person: the field must answer (a list, perhaps empty), with no error.
              expect(value, `${agency}/${purpose} must see ${category} of ${person.id}`).toBeInstanceOf(Array);
              const path = JSON.stringify(view ? ['person', view, field] : ['person', field]);
              expect(response.errors?.find((error: { path?: unknown[] }) => JSON.stringify(error.path) === path)).toBeUndefined();
              answered += 1;
            }
          }
        },
      ),
      { numRuns: 60, seed: 1998 },
    );
    // A graph answering null everywhere would pass the refusals above: covered fields must have answered too.
    expect(answered).toBeGreaterThan(0);
  });
});
