import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers } from '@joined-up/testing';
import { ASSIGN_ROLE, admin, lead, newKey, startPartnership, type Partnership } from './partnership-harness.js';

const ASSIGN_LEAD = `mutation($id: ID!, $officer: ID!, $key: String!) { assignLead(outcomeId: $id, officerId: $officer, idempotencyKey: $key) { id } }`;
const REASSIGN_LEAD = `mutation($id: ID!, $officer: ID!, $reason: String!, $key: String!) {
  reassignLead(outcomeId: $id, officerId: $officer, reason: $reason, idempotencyKey: $key) {
    lead { id } needsLead leadHistory { officer { id } assignedBy { id } heldFrom heldUntil reason } } }`;
const TIMELINE = `query($id: ID!) { outcome(id: $id) { timeline { kind referenceId } } }`;

describe('handing an outcome over between officers and agencies (principles 4 and 6)', () => {
  let partnership: Partnership;

  /** An outcome police lead, with police-lead accountable for it. */
  async function policeOutcome(): Promise<string> {
    const id = await partnership.newOutcome({ leadAgency: 'police' });
    await partnership.ok(admin, ASSIGN_LEAD, { id, officer: 'police-lead', key: newKey() });
    return id;
  }

  beforeAll(async () => {
    partnership = await startPartnership();
  });
  afterAll(() => partnership?.stop());

  it('ends the old accountability as the new one begins, and records who, when and why', async () => {
    const id = await policeOutcome();
    const { reassignLead } = await partnership.ok(lead('police'), REASSIGN_LEAD, { id, officer: 'education-lead', reason: '  Schools now lead  ', key: newKey() });
    expect(reassignLead).toMatchObject({ lead: { id: 'education-lead' }, needsLead: false });
    const [current, previous] = reassignLead.leadHistory;
    expect(reassignLead.leadHistory).toHaveLength(2);
    expect(current).toMatchObject({ officer: { id: 'education-lead' }, assignedBy: { id: 'police-lead' }, heldUntil: null, reason: 'Schools now lead' });
    expect(previous).toMatchObject({ officer: { id: 'police-lead' }, assignedBy: { id: 'partnership-admin' }, reason: null });
    // No gap and no overlap: the old lead's accountability ends at the very moment the new one's begins.
    expect(previous.heldUntil).toBe(current.heldFrom);
    const { outcome } = await partnership.ok(admin, TIMELINE, { id });
    expect(outcome.timeline.filter((event: { kind: string }) => event.kind.startsWith('LEAD_'))).toEqual([
      { kind: 'LEAD_ASSIGNED', referenceId: 'police-lead' },
      { kind: 'LEAD_CHANGED', referenceId: 'education-lead' },
    ]);
  });

  it('applies a resent handover once, and refuses its key for another handover', async () => {
    const id = await policeOutcome();
    const key = newKey();
    const variables = { id, officer: 'health-lead', reason: 'Health leads now', key };
    const first = await partnership.ok(admin, REASSIGN_LEAD, variables);
    const after = await partnership.contents();
    const resent = await partnership.ok(admin, REASSIGN_LEAD, variables);
    expect(resent.reassignLead).toEqual(first.reassignLead);
    expect(resent.reassignLead.leadHistory).toHaveLength(2);
    expect(await partnership.contents()).toEqual(after);
    const reused = await partnership.refused(admin, REASSIGN_LEAD, { ...variables, officer: 'housing-lead' });
    expect(reused.extensions).toMatchObject({ code: 'CONFLICT', argument: 'idempotencyKey' });
    expect(await partnership.contents()).toEqual(after);
  });

  it('refuses a handover to the officer who already leads, or without a reason, and writes nothing', async () => {
    const id = await policeOutcome();
    const before = await partnership.contents();
    const same = await partnership.refused(admin, REASSIGN_LEAD, { id, officer: 'police-lead', reason: 'No change', key: newKey() });
    expect(same.extensions.code).toBe('CONFLICT');
    expect(same.message).toMatch(/police-lead already leads/);
    const blank = await partnership.refused(admin, REASSIGN_LEAD, { id, officer: 'health-lead', reason: '   ', key: newKey() });
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
    expect(await partnership.contents()).toEqual(before);
  });

  it("lets only the administrator or the lead agency's lead hand over, and writes nothing for anyone else", async () => {
    const id = await policeOutcome();
    await partnership.ok(admin, ASSIGN_ROLE, { id, key: newKey(), input: { agencyId: 'health', role: 'CONTRIBUTOR', commitments: ['Refer early'] } });
    const before = await partnership.contents();
    const contributor = await partnership.refused(lead('health'), REASSIGN_LEAD, { id, officer: 'health-lead', reason: 'Taking over', key: newKey() });
    expect(contributor.extensions).toMatchObject({ code: 'FORBIDDEN', change: 'reassignLead', agencies: ['police'] });
    const analyst = await partnership.refused(officers.policeAnalyst, REASSIGN_LEAD, { id, officer: 'police-analyst', reason: 'Taking over', key: newKey() });
    expect(analyst.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRoles: ['partnership-admin', 'lead'] });
    const impostor = await partnership.refused({ ...lead('police'), officerId: 'not-in-directory' }, REASSIGN_LEAD, {
      id, officer: 'health-lead', reason: 'Taking over', key: newKey(),
    });
    expect(impostor.extensions.code).toBe('FORBIDDEN');
    expect(impostor.message).toMatch(/not in the partnership directory/);
    expect(await partnership.contents()).toEqual(before);
  });

  it('hands the LEAD role from one agency to another, and the authority to act on the outcome with it', async () => {
    const id = await policeOutcome();
    const contributor = (agencyId: string) => ({ agencyId, role: 'CONTRIBUTOR', commitments: ['Support the new lead'] });
    // The lead agency steps down to contributor; only then may another lead.
    await partnership.ok(lead('police'), ASSIGN_ROLE, { id, key: newKey(), input: contributor('police') });
    await partnership.ok(admin, ASSIGN_ROLE, { id, key: newKey(), input: { agencyId: 'health', role: 'LEAD', commitments: ['Lead the outcome'] } });
    const { outcome } = await partnership.ok(admin, `query($id: ID!) { outcome(id: $id) { roles { role agency { id } } } }`, { id });
    expect(outcome.roles).toEqual([
      { role: 'LEAD', agency: { id: 'health' } },
      { role: 'CONTRIBUTOR', agency: { id: 'police' } },
    ]);
    const before = await partnership.contents();
    const formerLead = await partnership.refused(lead('police'), ASSIGN_ROLE, { id, key: newKey(), input: contributor('housing') });
    expect(formerLead.extensions).toMatchObject({ code: 'FORBIDDEN', agencies: ['health'] });
    expect(await partnership.contents()).toEqual(before);
    await partnership.ok(lead('health'), ASSIGN_ROLE, { id, key: newKey(), input: contributor('housing') });
    const handed = await partnership.ok(lead('health'), REASSIGN_LEAD, { id, officer: 'health-lead', reason: 'Health now leads the outcome', key: newKey() });
    expect(handed.reassignLead.lead.id).toBe('health-lead');
  });
});
