import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { discloseCount } from '@joined-up/statistics';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

const CONTRACT = `{ outcomes(areaCode: "E09000022") { id title mischief status
    lead { name jobTitle agency { id } }
    roles { agency { id } role commitments }
    indicators { id name unit polarity baseline target agency { id }
      values(from: "2025-01", to: "2025-12") { period count denominator value }
      trend }
    agreements { id freedoms conditions reviewDate warning } } }`;

const admin = officers.partnershipAdmin;
const key = () => randomUUID();

describe('shared outcomes through the gateway', () => {
  let federation: TestFederation;
  const partnershipRows = (table: 'outcomes' | 'indicators' | 'accountabilities' | 'outcome_roles' | 'operating_agreements') =>
    federation.subgraphs
      .get('partnership')!
      .database.db.selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
      .then((row) => row.count);

  async function propose(areaCode: string, idempotencyKey = key()) {
    const response = await federation.query(
      `mutation($input: ProposeOutcomeInput!, $key: String!) { proposeOutcome(input: $input, idempotencyKey: $key) { id stage needsLead } }`,
      {
        as: admin,
        variables: {
          key: idempotencyKey,
          input: { title: 'Test outcome', mischief: 'A test mischief', description: 'For tests', areaCode, startDate: '2024-01-01', targetDate: '2027-12-31' },
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data.proposeOutcome as { id: string; stage: string; needsLead: boolean };
  }

  async function addIndicator(outcomeId: string, input: Record<string, unknown>) {
    const response = await federation.query(
      `mutation($outcomeId: ID!, $input: AddIndicatorInput!, $key: String!) { addIndicator(outcomeId: $outcomeId, input: $input, idempotencyKey: $key) { id } }`,
      { as: admin, variables: { outcomeId, input, key: key() } },
    );
    return response;
  }

  beforeAll(async () => {
    federation = await startTestFederation('outcomes');
  });
  afterAll(() => federation?.stop());

  it('answers the contract query: named leads, every role, live values from the owning agencies, status and warnings', async () => {
    const response = await federation.query(CONTRACT, { as: officers.partnershipAnalyst });
    expect(response.errors).toBeUndefined();
    const youthCrime = response.data.outcomes.find((outcome: { id: string }) => outcome.id === 'OUT-LAMBETH-YOUTH-CRIME');
    expect(youthCrime.lead).toEqual({ name: 'Ch Supt Sarah Whitfield', jobTitle: 'Borough Commander', agency: { id: 'police' } });
    expect(youthCrime.roles.map((role: { agency: { id: string } }) => role.agency.id).sort()).toEqual(['education', 'health', 'housing', 'police', 'voluntary']);
    expect(youthCrime.roles[0]).toMatchObject({ role: 'LEAD', agency: { id: 'police' } });
    expect(new Set(youthCrime.indicators.map((indicator: { agency: { id: string } }) => indicator.agency.id))).toEqual(new Set(['police', 'education', 'voluntary']));
    const offences = youthCrime.indicators.find((indicator: { id: string }) => indicator.id === 'IND-LAMBETH-YOUTH-OFFENCES');
    expect(offences.values.map((value: { period: string }) => value.period)).toEqual(
      Array.from({ length: 12 }, (_, index) => `2025-${String(index + 1).padStart(2, '0')}`),
    );
    expect(['IMPROVING', 'WORSENING', 'NO_CHANGE', 'NOT_ENOUGH_DATA']).toContain(offences.trend);
    expect(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_ENOUGH_DATA']).toContain(youthCrime.status);
    expect(youthCrime.agreements[0]).toMatchObject({ id: 'OA-LAMBETH-YOUTH-POOLED-BUDGET', warning: expect.any(Boolean) });
    expect(youthCrime.agreements[0].conditions[0]).toMatch(/IND-LAMBETH-YOUTH-OFFENCES/);
  });

  it('computes indicator values exactly as an independent count over the agency\'s own tables, for several areas and periods', async () => {
    const areas = ['E09000023', 'E01003013', 'E01003196'];
    for (const areaCode of areas) {
      const outcome = await propose(areaCode);
      const added = await addIndicator(outcome.id, {
        agencyId: 'education',
        measure: 'persistent-absence',
        polarity: 'LOWER_IS_BETTER',
        baseline: 20,
        baselinePeriod: '2023-09',
        target: 15,
        targetDate: '2027-07-31',
      });
      expect(added.errors).toBeUndefined();
      const response = await federation.query(
        `query($id: ID!) { outcome(id: $id) { indicators { values(from: "2024-09", to: "2025-06") { period count denominator value } } } }`,
        { as: officers.partnershipAnalyst, variables: { id: outcome.id } },
      );
      expect(response.errors).toBeUndefined();
      const values = response.data.outcome.indicators[0].values;
      // The same figure, computed another way: pupils' monthly totals in one pass, grouped in TypeScript.
      const { rows } = await sql<{ month: string; upn: string; possible: number; absent: number }>`
        select to_char(a.month, 'YYYY-MM') as month, a.upn, a.possible_sessions as possible, a.authorised_absences + a.unauthorised_absences as absent
        from attendance a join pupils p on p.upn = a.upn
        where ${areaCode} in (p.lsoa_code, p.local_authority_code) and a.month >= '2024-09-01' and a.month < '2025-07-01'`.execute(
        federation.subgraphs.get('education')!.database.db,
      );
      for (const value of values) {
        const perPupil = new Map<string, { possible: number; absent: number }>();
        for (const row of rows.filter((row) => row.month === value.period)) {
          const totals = perPupil.get(row.upn) ?? { possible: 0, absent: 0 };
          totals.possible += row.possible;
          totals.absent += row.absent;
          perPupil.set(row.upn, totals);
        }
        const withSessions = [...perPupil.values()].filter((totals) => totals.possible > 0);
        const persistent = withSessions.filter((totals) => totals.absent / totals.possible >= 0.1).length;
        expect(value.count, `${areaCode} ${value.period}`).toBe(discloseCount(persistent).value);
        expect(value.denominator, `${areaCode} ${value.period}`).toBe(discloseCount(withSessions.length).value);
        const suppressed = persistent > 0 && persistent <= 7 || withSessions.length > 0 && withSessions.length <= 7;
        const expected = suppressed || withSessions.length === 0 ? null : Math.round((persistent / withSessions.length) * 1000) / 10;
        expect(value.value, `${areaCode} ${value.period}`).toBe(expected);
      }
    }
  });

  it('counts CAMHS referrals per patient under 18 who was already born when the period began', async () => {
    const outcome = await propose('E09000022');
    const added = await addIndicator(outcome.id, {
      agencyId: 'health', measure: 'camhs-referrals-under-18', polarity: 'LOWER_IS_BETTER', baseline: 20, baselinePeriod: '2023-06', target: 15, targetDate: '2027-07-31',
    });
    expect(added.errors).toBeUndefined();
    const response = await federation.query(
      `query($id: ID!) { outcome(id: $id) { indicators { values(from: "2025-01", to: "2025-06") { period count denominator } } } }`,
      { as: officers.partnershipAnalyst, variables: { id: outcome.id } },
    );
    expect(response.errors).toBeUndefined();
    // The same figures from the patients' own rows, with the ages worked out in TypeScript.
    const db = federation.subgraphs.get('health')!.database.db;
    const { rows: patients } = await sql<{ nhs_number: string; born: string }>`
      select nhs_number, to_char(date_of_birth, 'YYYY-MM-DD') as born from patients where local_authority_code = 'E09000022'`.execute(db);
    const { rows: referrals } = await sql<{ nhs_number: string; referred: string }>`
      select nhs_number, to_char(referred_on, 'YYYY-MM-DD') as referred from camhs_referrals where referred_on >= '2025-01-01' and referred_on < '2025-07-01'`.execute(db);
    const bornOn = new Map(patients.map((patient) => [patient.nhs_number, patient.born]));
    const eighteenYearsBefore = (day: string) => `${Number(day.slice(0, 4)) - 18}${day.slice(4)}`;
    let bornDuringPeriods = 0;
    for (const value of response.data.outcome.indicators[0].values) {
      const periodStart = `${value.period}-01`;
      const under18AtStart = patients.filter((patient) => patient.born > eighteenYearsBefore(periodStart) && patient.born <= periodStart).length;
      bornDuringPeriods += patients.filter((patient) => patient.born > periodStart).length;
      const referred = referrals.filter((referral) => {
        const born = bornOn.get(referral.nhs_number);
        return referral.referred.slice(0, 7) === value.period && born !== undefined && born > eighteenYearsBefore(referral.referred) && born <= periodStart;
      }).length;
      expect(value.denominator, value.period).toBe(discloseCount(under18AtStart).value);
      expect(value.count, value.period).toBe(discloseCount(referred).value);
    }
    // Babies born after a period began exist in the population, so the rule above is exercised.
    expect(bornDuringPeriods).toBeGreaterThan(0);
  });

  it('refuses a second accountable lead with CONFLICT and changes nothing; reassignment keeps the history', async () => {
    const outcome = await propose('E09000022');
    const assign = (officerId: string) =>
      federation.query(`mutation($id: ID!, $officer: ID!, $key: String!) { assignLead(outcomeId: $id, officerId: $officer, idempotencyKey: $key) { lead { id } needsLead } }`, {
        as: admin,
        variables: { id: outcome.id, officer: officerId, key: key() },
      });
    expect(outcome.needsLead).toBe(true);
    const first = await assign('police-lead');
    expect(first.data.assignLead).toEqual({ lead: { id: 'police-lead' }, needsLead: false });
    const before = await partnershipRows('accountabilities');
    const second = await assign('health-lead');
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(second.errors?.[0].message).toMatch(/already has an accountable lead.*reassignLead/);
    expect(await partnershipRows('accountabilities')).toBe(before);

    const reassigned = await federation.query(
      `mutation($id: ID!, $key: String!) { reassignLead(outcomeId: $id, officerId: "education-lead", reason: "Schools now lead", idempotencyKey: $key) {
         lead { id } leadHistory { officer { id } heldFrom heldUntil reason } } }`,
      { as: admin, variables: { id: outcome.id, key: key() } },
    );
    expect(reassigned.errors).toBeUndefined();
    const { lead, leadHistory } = reassigned.data.reassignLead;
    expect(lead.id).toBe('education-lead');
    expect(leadHistory).toHaveLength(2);
    expect(leadHistory[0]).toMatchObject({ officer: { id: 'education-lead' }, heldUntil: null, reason: 'Schools now lead' });
    expect(leadHistory[1].officer.id).toBe('police-lead');
    expect(leadHistory[1].heldUntil).toBe(leadHistory[0].heldFrom);

    const before2 = await partnershipRows('accountabilities');
    const withoutReason = await federation.query(
      `mutation($id: ID!, $key: String!) { reassignLead(outcomeId: $id, officerId: "health-lead", reason: "  ", idempotencyKey: $key) { lead { id } } }`,
      { as: admin, variables: { id: outcome.id, key: key() } },
    );
    expect(withoutReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
    expect(await partnershipRows('accountabilities')).toBe(before2);
  });

  it('keeps exactly one current lead when two handovers race; a loser gets CONFLICT, never a second lead', async () => {
    const outcome = await propose('E09000022');
    await federation.query(`mutation($id: ID!, $key: String!) { assignLead(outcomeId: $id, officerId: "police-lead", idempotencyKey: $key) { id } }`, {
      as: admin,
      variables: { id: outcome.id, key: key() },
    });
    const handTo = (officerId: string) =>
      federation.query(`mutation($id: ID!, $officer: ID!, $key: String!) { reassignLead(outcomeId: $id, officerId: $officer, reason: "Race", idempotencyKey: $key) { lead { id } } }`, {
        as: admin,
        variables: { id: outcome.id, officer: officerId, key: key() },
      });
    // Real PostgreSQL runs both at once (the loser meets the one-current-lead index); the embedded one runs them in turn.
    const results = await Promise.all([handTo('health-lead'), handTo('education-lead')]);
    const codes = results.map((result) => result.errors?.[0].extensions?.code ?? 'OK');
    expect(codes).toContain('OK');
    expect(codes.every((code) => code === 'OK' || code === 'CONFLICT')).toBe(true);
    const { rows } = await sql<{ current: number }>`select count(*)::int as current from accountabilities where outcome_id = ${outcome.id} and held_until is null`.execute(
      federation.subgraphs.get('partnership')!.database.db,
    );
    expect(rows[0].current).toBe(1);
  });

  it('lets only officers in the partnership directory make changes, whatever their token says', async () => {
    const before = await partnershipRows('outcomes');
    const stranger = { ...admin, officerId: 'not-in-directory' };
    const response = await federation.query(
      `mutation { proposeOutcome(input: { title: "t", mischief: "m", description: "d", areaCode: "E09000022", startDate: "2024-01-01", targetDate: "2025-01-01" }, idempotencyKey: "stranger-1") { id } }`,
      { as: stranger },
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0].message).toMatch(/not in the partnership directory/);
    const movedAgency = await federation.query(
      `mutation { proposeOutcome(input: { title: "t", mischief: "m", description: "d", areaCode: "E09000022", startDate: "2024-01-01", targetDate: "2025-01-01" }, idempotencyKey: "moved-agency-1") { id } }`,
      { as: { ...admin, officerId: 'police-lead' } },
    );
    expect(movedAgency.errors?.[0].message).toMatch(/directory lists you at police/);
    expect(await partnershipRows('outcomes')).toBe(before);
  });

  it('refuses a second lead agency', async () => {
    const outcome = await propose('E09000022');
    const assignRole = (agencyId: string) =>
      federation.query(
        `mutation($id: ID!, $input: AssignRoleInput!, $key: String!) { assignRole(outcomeId: $id, input: $input, idempotencyKey: $key) { role } }`,
        { as: admin, variables: { id: outcome.id, key: key(), input: { agencyId, role: 'LEAD', commitments: ['Lead it'] } } },
      );
    expect((await assignRole('police')).errors).toBeUndefined();
    expect((await assignRole('health')).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('applies a retried mutation with the same idempotency key once, and refuses the key for a different request', async () => {
    const before = await partnershipRows('outcomes');
    const idempotencyKey = key();
    const first = await propose('E09000023', idempotencyKey);
    const retry = await propose('E09000023', idempotencyKey);
    expect(retry.id).toBe(first.id);
    expect(await partnershipRows('outcomes')).toBe(before + 1);
    const reused = await federation.query(
      `mutation($input: ProposeOutcomeInput!, $key: String!) { proposeOutcome(input: $input, idempotencyKey: $key) { id } }`,
      {
        as: admin,
        variables: { key: idempotencyKey, input: { title: 'Another', mischief: 'm', description: 'd', areaCode: 'E09000023', startDate: '2024-01-01', targetDate: '2027-12-31' } },
      },
    );
    expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await partnershipRows('outcomes')).toBe(before + 1);
  });

  it('refuses invalid input with BAD_USER_INPUT, naming every problem, and writes nothing', async () => {
    const outcomesBefore = await partnershipRows('outcomes');
    const badOutcome = await federation.query(
      `mutation($input: ProposeOutcomeInput!) { proposeOutcome(input: $input, idempotencyKey: "bad-input-1") { id } }`,
      { as: admin, variables: { input: { title: '', mischief: 'm', description: 'd', areaCode: 'E09999999', startDate: '2027-01-01', targetDate: '2026-01-01' } } },
    );
    expect(badOutcome.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badOutcome.errors?.[0].extensions?.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['areaCode', 'targetDate', 'title']);
    expect(await partnershipRows('outcomes')).toBe(outcomesBefore);
    const impossibleDate = await federation.query(
      `mutation($input: ProposeOutcomeInput!) { proposeOutcome(input: $input, idempotencyKey: "bad-input-2") { id } }`,
      { as: admin, variables: { input: { title: 't', mischief: 'm', description: 'd', areaCode: 'E09000022', startDate: '2026-02-31', targetDate: '2027-01-01' } } },
    );
    expect(impossibleDate.errors?.[0].extensions?.problems).toEqual([expect.objectContaining({ field: 'startDate' })]);
    expect(await partnershipRows('outcomes')).toBe(outcomesBefore);

    const outcome = await propose('E09000022');
    const indicatorsBefore = await partnershipRows('indicators');
    const wrongDirection = await addIndicator(outcome.id, {
      agencyId: 'police', measure: 'youth-offences', polarity: 'LOWER_IS_BETTER', baseline: 10, baselinePeriod: '2024-01', target: 12, targetDate: '2027-01-31',
    });
    expect(wrongDirection.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(wrongDirection.errors?.[0].message).toMatch(/below `baseline`/);
    const unknownMeasure = await addIndicator(outcome.id, {
      agencyId: 'health', measure: 'youth-offences', polarity: 'LOWER_IS_BETTER', baseline: 10, baselinePeriod: '2024-01', target: 8, targetDate: '2027-01-31',
    });
    expect(unknownMeasure.errors?.[0].message).toMatch(/no measure "youth-offences"/);
    expect(await partnershipRows('indicators')).toBe(indicatorsBefore);

    const added = await addIndicator(outcome.id, {
      agencyId: 'police', measure: 'youth-offences', polarity: 'LOWER_IS_BETTER', baseline: 10, baselinePeriod: '2024-01', target: 8, targetDate: '2027-01-31',
    });
    const pastOutcome = await federation.query(
      `mutation($id: ID!, $key: String!) { setIndicatorTarget(indicatorId: $id, target: 7, targetDate: "2029-01-31", idempotencyKey: $key) { target targetDate } }`,
      { as: admin, variables: { id: added.data.addIndicator.id, key: key() } },
    );
    expect(pastOutcome.errors?.[0].extensions?.problems).toEqual([expect.objectContaining({ field: 'targetDate' })]);
    const { rows } = await sql<{ target: number }>`select target from indicators where indicator_id = ${added.data.addIndicator.id}`.execute(
      federation.subgraphs.get('partnership')!.database.db,
    );
    expect(Number(rows[0].target)).toBe(8);
  });

  it('lets only partnership administrators and leads change outcomes', async () => {
    const before = await partnershipRows('outcomes');
    const response = await federation.query(
      `mutation { proposeOutcome(input: { title: "t", mischief: "m", description: "d", areaCode: "E09000022", startDate: "2024-01-01", targetDate: "2025-01-01" }, idempotencyKey: "analyst-try-1") { id } }`,
      { as: officers.policeAnalyst },
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await partnershipRows('outcomes')).toBe(before);
  });

  it('raises an early warning when a condition is off track, and records what was changed in response', async () => {
    const outcome = await propose('E09000022');
    // Persistent absence in Lambeth is about a quarter of pupils: a target of 5% soon is far off track; 10% higher-is-better is met.
    const offTrack = await addIndicator(outcome.id, {
      agencyId: 'education', measure: 'persistent-absence', polarity: 'LOWER_IS_BETTER', baseline: 40, baselinePeriod: '2023-06', target: 5, targetDate: '2026-12-31',
    });
    const onTrack = await addIndicator(outcome.id, {
      agencyId: 'education', measure: 'persistent-absence', name: 'Absence kept visible', polarity: 'HIGHER_IS_BETTER', baseline: 5, baselinePeriod: '2023-06', target: 10, targetDate: '2026-12-31',
    });
    const open = (conditions: string[]) =>
      federation.query(
        `mutation($id: ID!, $input: OpenOperatingAgreementInput!, $key: String!) { openOperatingAgreement(outcomeId: $id, input: $input, idempotencyKey: $key) { id warning warningDetail conditions } }`,
        { as: admin, variables: { id: outcome.id, key: key(), input: { title: 'Test freedoms', freedoms: ['Skip a rule'], parties: ['education'], conditionIndicatorIds: conditions, reviewDate: '2027-06-30' } } },
      );
    const warned = await open([onTrack.data.addIndicator.id, offTrack.data.addIndicator.id]);
    expect(warned.errors).toBeUndefined();
    expect(warned.data.openOperatingAgreement.warning).toBe(true);
    expect(warned.data.openOperatingAgreement.warningDetail).toContain(offTrack.data.addIndicator.id);
    expect(warned.data.openOperatingAgreement.warningDetail).not.toContain(onTrack.data.addIndicator.id);
    const calm = await open([onTrack.data.addIndicator.id]);
    expect(calm.data.openOperatingAgreement).toMatchObject({ warning: false, warningDetail: null });

    const reviewed = await federation.query(
      `mutation($id: ID!, $key: String!) { reviewOperatingAgreement(agreementId: $id, input: { decision: AMEND, whatChanged: "Attendance officers moved to the two schools furthest off track", nextReviewDate: "2027-03-31" }, idempotencyKey: $key) {
         reviewDate reviews { decision whatChanged reviewedBy { id } } } }`,
      { as: admin, variables: { id: warned.data.openOperatingAgreement.id, key: key() } },
    );
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data.reviewOperatingAgreement).toMatchObject({
      reviewDate: '2027-03-31',
      reviews: [{ decision: 'AMEND', whatChanged: expect.stringContaining('Attendance officers'), reviewedBy: { id: 'partnership-admin' } }],
    });
  });

  it('flags an outcome without a lead', async () => {
    const response = await federation.query('{ outcome(id: "OUT-LEWISHAM-YOUTH-PARTICIPATION") { lead { id } needsLead stage } }', { as: officers.partnershipAnalyst });
    expect(response.data.outcome).toEqual({ lead: null, needsLead: true, stage: 'PROPOSED' });
  });
});
