import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGN_ROLE, PROPOSE_OUTCOME, admin, newKey, outcomeInput, startPartnership, type Partnership } from './partnership-harness.js';

const OPEN_CONSULTATION = `mutation($input: ConsultationInput!, $key: String!) { openConsultation(input: $input, idempotencyKey: $key) { id } }`;
const ADD_INDICATOR = `mutation($id: ID!, $input: AddIndicatorInput!, $key: String!) { addIndicator(outcomeId: $id, input: $input, idempotencyKey: $key) { id } }`;
const OPEN_AGREEMENT = `mutation($id: ID!, $input: OpenOperatingAgreementInput!, $key: String!) { openOperatingAgreement(outcomeId: $id, input: $input, idempotencyKey: $key) { id } }`;
const CREATE_PROPOSAL = `mutation($input: ProposalInput!, $key: String!) { createProposal(input: $input, idempotencyKey: $key) { id } }`;

const consultation = (areaCode: string) => ({ kind: 'COMMUNITY_MAPPING', title: 'Mapping', question: 'What does your street need?', areaCode });
const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field).sort();

describe('bad input is refused with one clear error code, and nothing is written', () => {
  let partnership: Partnership;
  let before: Record<string, string>;

  beforeAll(async () => {
    partnership = await startPartnership();
    before = await partnership.contents();
  });
  afterAll(async () => {
    try {
      // Not one refusal in this file may have written a row.
      if (partnership) expect(await partnership.contents()).toEqual(before);
    } finally {
      await partnership?.stop();
    }
  });

  it('refuses an area the partnership does not cover, and a code that is not a GSS code', async () => {
    const unknownOutcome = await partnership.refused(admin, PROPOSE_OUTCOME, { key: newKey(), input: outcomeInput({ areaCode: 'E09999999' }) });
    expect(unknownOutcome.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'areaCode' });
    expect(unknownOutcome.message).toMatch(/^Nothing was changed\..*E09999999/);
    const malformedOutcome = await partnership.refused(admin, PROPOSE_OUTCOME, { key: newKey(), input: outcomeInput({ areaCode: 'Lambeth' }) });
    expect(malformedOutcome.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'areaCode' });
    const malformedConsultation = await partnership.refused(admin, OPEN_CONSULTATION, { key: newKey(), input: consultation('E0900002') });
    expect(malformedConsultation.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.areaCode' });
    expect((await partnership.refused(admin, '{ outcomes(areaCode: "Lambeth") { id } }')).extensions.code).toBe('BAD_USER_INPUT');

    // A well-formed code the partnership does not cover is a client's mistake, answered alike by the
    // queries that look an area up and by a consultation's input, with a message naming the code.
    const unknownArea = await partnership.refused(admin, '{ area(code: "E09999999") { code } }');
    expect(unknownArea.extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownArea.message).toMatch(/E09999999/);
    for (const refused of [
      await partnership.refused(admin, '{ outcomes(areaCode: "E09999999") { id } }'),
      await partnership.refused(admin, OPEN_CONSULTATION, { key: newKey(), input: consultation('E09999999') }),
    ]) {
      expect(refused.extensions.code).toBe(unknownArea.extensions.code);
      expect(refused.message).toMatch(/E09999999/);
    }
  });

  it('refuses a missing required field before any resolver runs', async () => {
    const { mischief: _missing, ...withoutMischief } = outcomeInput();
    const inVariables = await partnership.refused(admin, PROPOSE_OUTCOME, { key: newKey(), input: withoutMischief });
    expect(inVariables.extensions.code).toBe('BAD_USER_INPUT');
    expect(inVariables.message).toMatch(/mischief/);
    const inline = await partnership.refused(
      admin,
      `mutation { proposeOutcome(input: { title: "t", description: "d", areaCode: "E09000022", startDate: "2025-01-01", targetDate: "2026-01-01" }, idempotencyKey: "inline-missing-1") { id } }`,
    );
    expect(inline.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(inline.message).toMatch(/mischief/);
    const noKey = await partnership.refused(admin, `mutation($input: ProposeOutcomeInput!) { proposeOutcome(input: $input) { id } }`, { input: outcomeInput() });
    expect(noKey.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names every problem of an input in one BAD_USER_INPUT: blank required text, an unknown area, dates out of order', async () => {
    const refused = await partnership.refused(admin, PROPOSE_OUTCOME, {
      key: newKey(),
      input: outcomeInput({ title: '   ', mischief: '', areaCode: 'E09999999', startDate: '2027-01-01', targetDate: '2026-01-01' }),
    });
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');
    expect(fields(refused.extensions.problems)).toEqual(['areaCode', 'mischief', 'targetDate', 'title']);
    const impossible = await partnership.refused(admin, PROPOSE_OUTCOME, { key: newKey(), input: outcomeInput({ startDate: '2026-02-30' }) });
    expect(impossible.extensions.problems).toEqual([expect.objectContaining({ field: 'startDate' })]);
    const badKey = await partnership.refused(admin, PROPOSE_OUTCOME, { key: 'short', input: outcomeInput() });
    expect(badKey.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
  });

  it('refuses references to records that do not exist with NOT_FOUND', async () => {
    const role = (agencyId: string) => ({ agencyId, role: 'CONTRIBUTOR', commitments: ['Help'] });
    expect((await partnership.refused(admin, ASSIGN_ROLE, { id: 'OUT-NOWHERE', key: newKey(), input: role('police') })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await partnership.refused(admin, ASSIGN_ROLE, { id: 'OUT-LAMBETH-YOUTH-CRIME', key: newKey(), input: role('fire-brigade') })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'agencyId',
    });
    // The partnership team is the centre, not a delivering agency.
    expect((await partnership.refused(admin, ASSIGN_ROLE, { id: 'OUT-LAMBETH-YOUTH-CRIME', key: newKey(), input: role('partnership') })).extensions.code).toBe('NOT_FOUND');
    const proposal = await partnership.refused(admin, CREATE_PROPOSAL, {
      key: newKey(),
      input: { outcomeId: 'OUT-LAMBETH-YOUTH-CRIME', title: 'T', body: 'B', deliveringAgencyIds: ['police', 'fire-brigade'] },
    });
    expect(proposal.extensions).toMatchObject({ code: 'NOT_FOUND', value: 'fire-brigade' });
  });

  it('refuses indicators and agreements that could never be met or checked', async () => {
    const outcomeId = 'OUT-LAMBETH-YOUTH-CRIME';
    const indicator = (overrides: Record<string, unknown>) => ({
      agencyId: 'police', measure: 'youth-offences', polarity: 'LOWER_IS_BETTER', baseline: 10, baselinePeriod: '2024-01', target: 8, targetDate: '2027-01-31', ...overrides,
    });
    const wrongWay = await partnership.refused(admin, ADD_INDICATOR, { id: outcomeId, key: newKey(), input: indicator({ target: 12 }) });
    expect(wrongWay.extensions.code).toBe('BAD_USER_INPUT');
    expect(wrongWay.message).toMatch(/below `baseline`/);
    const notMeasured = await partnership.refused(admin, ADD_INDICATOR, { id: outcomeId, key: newKey(), input: indicator({ agencyId: 'health' }) });
    expect(notMeasured.extensions.code).toBe('BAD_USER_INPUT');
    expect(notMeasured.message).toMatch(/no measure "youth-offences"/);

    const agreement = await partnership.refused(admin, OPEN_AGREEMENT, {
      id: outcomeId,
      key: newKey(),
      input: { title: ' ', freedoms: ['Skip a rule'], parties: ['police', 'fire-brigade'], conditionIndicatorIds: ['IND-LEWISHAM-PERSISTENT-ABSENCE'], reviewDate: '2020-01-01' },
    });
    expect(agreement.extensions.code).toBe('BAD_USER_INPUT');
    expect(fields(agreement.extensions.problems)).toEqual(['conditionIndicatorIds', 'parties', 'reviewDate', 'title']);
  });
});
