import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGN_ROLE, admin, lead, newKey, startPartnership, type Partnership } from './partnership-harness.js';

const ROLES = `query($id: ID!) { outcome(id: $id) { roles { role agency { id } commitments } lead { id } needsLead leadHistory { officer { id } } } }`;
const ASSIGN_LEAD = `mutation($id: ID!, $officer: ID!, $key: String!) { assignLead(outcomeId: $id, officerId: $officer, idempotencyKey: $key) { lead { id } needsLead } }`;

const role = (agencyId: string, kind: 'LEAD' | 'CONTRIBUTOR', commitments = [`${agencyId} commits`]) => ({ agencyId, role: kind, commitments });

describe('one-point responsibility: one lead agency and one accountable lead per outcome (principles 4 and 6)', () => {
  let partnership: Partnership;

  beforeAll(async () => {
    partnership = await startPartnership();
  });
  afterAll(() => partnership?.stop());

  it('refuses a second lead agency with CONFLICT naming the lead, and writes nothing', async () => {
    const id = await partnership.newOutcome({ leadAgency: 'police' });
    const before = await partnership.contents();
    const second = await partnership.refused(admin, ASSIGN_ROLE, { id, key: newKey(), input: role('health', 'LEAD') });
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', leadAgency: 'police' });
    expect(second.message).toMatch(/police already leads .*make it a contributor first/);
    expect(await partnership.contents()).toEqual(before);
    const { outcome } = await partnership.ok(admin, ROLES, { id });
    expect(outcome.roles).toEqual([{ role: 'LEAD', agency: { id: 'police' }, commitments: ['Lead the outcome'] }]);
  });

  it('lets the lead agency restate its own role, and a contributor join beside it', async () => {
    const id = await partnership.newOutcome({ leadAgency: 'police' });
    await partnership.ok(lead('police'), ASSIGN_ROLE, { id, key: newKey(), input: role('police', 'LEAD', ['Chair the youth panel']) });
    await partnership.ok(lead('police'), ASSIGN_ROLE, { id, key: newKey(), input: role('education', 'CONTRIBUTOR') });
    const { outcome } = await partnership.ok(admin, ROLES, { id });
    // The lead agency comes first.
    expect(outcome.roles).toEqual([
      { role: 'LEAD', agency: { id: 'police' }, commitments: ['Chair the youth panel'] },
      { role: 'CONTRIBUTOR', agency: { id: 'education' }, commitments: ['education commits'] },
    ]);
  });

  it('keeps one lead agency when two are made lead at the same moment', async () => {
    const id = await partnership.newOutcome();
    const results = await Promise.all(
      ['health', 'housing'].map((agency) => partnership.subgraph.query(admin, ASSIGN_ROLE, { variables: { id, key: newKey(), input: role(agency, 'LEAD') } })),
    );
    const codes = results.map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const { outcome } = await partnership.ok(admin, ROLES, { id });
    expect(outcome.roles.filter((entry: { role: string }) => entry.role === 'LEAD')).toHaveLength(1);
  });

  it('names one accountable officer: a second assignLead is refused with CONFLICT pointing to reassignLead, and writes nothing', async () => {
    const id = await partnership.newOutcome({ leadAgency: 'police' });
    expect((await partnership.ok(admin, ROLES, { id })).outcome).toMatchObject({ lead: null, needsLead: true });
    const first = await partnership.ok(admin, ASSIGN_LEAD, { id, officer: 'police-lead', key: newKey() });
    expect(first.assignLead).toEqual({ lead: { id: 'police-lead' }, needsLead: false });

    const before = await partnership.contents();
    const second = await partnership.refused(lead('police'), ASSIGN_LEAD, { id, officer: 'health-lead', key: newKey() });
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', argument: 'officerId' });
    expect(second.message).toMatch(/already has an accountable lead \(police-lead\).*reassignLead/);
    expect(await partnership.contents()).toEqual(before);
    expect((await partnership.ok(admin, ROLES, { id })).outcome).toMatchObject({ lead: { id: 'police-lead' }, leadHistory: [{ officer: { id: 'police-lead' } }] });
  });

  it('refuses an accountable lead who is not in the directory with NOT_FOUND', async () => {
    const id = await partnership.newOutcome({ leadAgency: 'police' });
    const before = await partnership.contents();
    const unknown = await partnership.refused(admin, ASSIGN_LEAD, { id, officer: 'nobody-at-all', key: newKey() });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'officerId' });
    expect(await partnership.contents()).toEqual(before);
  });
});
