import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficerClaims } from '@joined-up/auth';
import { admin, lead, newKey, startPartnership, type Partnership } from './partnership-harness.js';

const PROPOSAL = `id state currentVersionNumber readyToAdopt adoptedAt adoptedBy { id } awaiting { id }
  standing { agency { id } answered stance } versions { number changeNote }`;
const CREATE = `mutation($input: ProposalInput!, $key: String!) { createProposal(input: $input, idempotencyKey: $key) { ${PROPOSAL} } }`;
const ANSWER = `mutation($id: ID!, $input: ProposalAnswerInput!, $key: String!) { respondToProposal(proposalId: $id, input: $input, idempotencyKey: $key) { ${PROPOSAL} } }`;
const REVISE = `mutation($id: ID!, $input: ProposalRevisionInput!, $key: String!) { reviseProposal(proposalId: $id, input: $input, idempotencyKey: $key) { ${PROPOSAL} } }`;
const ADOPT = `mutation($id: ID!, $key: String!) { adoptProposal(proposalId: $id, idempotencyKey: $key) { ${PROPOSAL} } }`;

describe('policy proposals: versions, answers and adoption (principle 1)', () => {
  let partnership: Partnership;
  let outcomeId: string;

  const ids = (agencies: { id: string }[]) => agencies.map((agency) => agency.id);
  const propose = async (deliveringAgencyIds = ['police', 'voluntary']) =>
    (
      await partnership.ok(admin, CREATE, {
        key: newKey(),
        input: { outcomeId, title: 'Friday evening outreach', body: 'Youth workers and police walk the estates together.', deliveringAgencyIds },
      })
    ).createProposal;
  const answer = async (as: OfficerClaims, id: string, version: number, stance: 'SIGN_OFF' | 'OBJECTION', reasons?: string) =>
    (await partnership.ok(as, ANSWER, { id, key: newKey(), input: { version, stance, reasons } })).respondToProposal;
  const adoptRefused = (as: OfficerClaims, id: string) => partnership.refused(as, ADOPT, { id, key: newKey() });

  beforeAll(async () => {
    partnership = await startPartnership();
    outcomeId = await partnership.newOutcome({ leadAgency: 'police' });
  });
  afterAll(() => partnership?.stop());

  it('waits for every delivering agency to answer the current version, then for every objection to be met', async () => {
    const created = await propose();
    expect(created).toMatchObject({ state: 'CONSULTING', currentVersionNumber: 1, readyToAdopt: false, adoptedAt: null, adoptedBy: null });
    expect(ids(created.awaiting)).toEqual(['police', 'voluntary']);

    const before = await partnership.contents();
    expect((await adoptRefused(admin, created.id)).extensions).toMatchObject({ code: 'CONFLICT', reason: 'AWAITING_ANSWERS', awaiting: ['police', 'voluntary'], version: 1 });
    expect(await partnership.contents()).toEqual(before);

    await answer(lead('police'), created.id, 1, 'SIGN_OFF');
    expect((await adoptRefused(admin, created.id)).extensions).toMatchObject({ reason: 'AWAITING_ANSWERS', awaiting: ['voluntary'] });

    const objected = await answer(lead('voluntary'), created.id, 1, 'OBJECTION', 'Patrolling with police costs our youth workers their trust.');
    expect(objected).toMatchObject({ awaiting: [], readyToAdopt: false });
    const withObjection = await partnership.contents();
    expect((await adoptRefused(admin, created.id)).extensions).toMatchObject({ code: 'CONFLICT', reason: 'OBJECTED', objecting: ['voluntary'] });
    expect(await partnership.contents()).toEqual(withObjection);

    // A revision is a new version: every agency answers it afresh, the police sign-off of version 1 included.
    const revised = (
      await partnership.ok(admin, REVISE, {
        id: created.id,
        key: newKey(),
        input: { fromVersion: 1, body: 'Youth workers run the outreach; police are on call.', changeNote: "Meets the voluntary sector's objection." },
      })
    ).reviseProposal;
    expect(revised).toMatchObject({ currentVersionNumber: 2, readyToAdopt: false });
    expect(revised.versions).toEqual([
      { number: 2, changeNote: "Meets the voluntary sector's objection." },
      { number: 1, changeNote: null },
    ]);
    expect(ids(revised.awaiting)).toEqual(['police', 'voluntary']);

    await answer(lead('police'), created.id, 2, 'SIGN_OFF');
    const ready = await answer(lead('voluntary'), created.id, 2, 'SIGN_OFF', 'We can work with this.');
    expect(ready.readyToAdopt).toBe(true);
    expect(ready.standing).toEqual([
      { agency: { id: 'police' }, answered: true, stance: 'SIGN_OFF' },
      { agency: { id: 'voluntary' }, answered: true, stance: 'SIGN_OFF' },
    ]);
  });

  it('takes an agency\'s latest answer to the current version as its standing one', async () => {
    const created = await propose(['voluntary']);
    await answer(lead('voluntary'), created.id, 1, 'OBJECTION', 'Not as written.');
    const changedMind = await answer(lead('voluntary'), created.id, 1, 'SIGN_OFF');
    expect(changedMind).toMatchObject({ readyToAdopt: true, standing: [{ agency: { id: 'voluntary' }, stance: 'SIGN_OFF' }] });
    const objectsAgain = await answer(lead('voluntary'), created.id, 1, 'OBJECTION', 'On reflection, no.');
    expect(objectsAgain).toMatchObject({ readyToAdopt: false, standing: [{ agency: { id: 'voluntary' }, stance: 'OBJECTION' }] });
  });

  it('refuses answers and revisions made to a version that is no longer current, and writes nothing', async () => {
    const created = await propose(['police']);
    await partnership.ok(admin, REVISE, { id: created.id, key: newKey(), input: { fromVersion: 1, body: 'Version two.', changeNote: 'Shorter.' } });
    const before = await partnership.contents();
    const staleAnswer = await partnership.refused(lead('police'), ANSWER, { id: created.id, key: newKey(), input: { version: 1, stance: 'SIGN_OFF' } });
    expect(staleAnswer.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const staleEdit = await partnership.refused(admin, REVISE, { id: created.id, key: newKey(), input: { fromVersion: 1, body: 'Another two.', changeNote: 'Clash.' } });
    expect(staleEdit.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    expect(await partnership.contents()).toEqual(before);
  });

  it("lets only a delivering agency's lead answer, for that agency, and only the administrator or the outcome's lead agency adopt", async () => {
    const created = await propose(['voluntary']);
    const before = await partnership.contents();
    // The police lead the outcome but do not deliver this proposal; the administrator answers for no agency.
    for (const outsider of [lead('police'), admin, lead('health')]) {
      expect((await partnership.refused(outsider, ANSWER, { id: created.id, key: newKey(), input: { version: 1, stance: 'SIGN_OFF' } })).extensions.code).toBe('FORBIDDEN');
    }
    const objectionWithoutReasons = await partnership.refused(lead('voluntary'), ANSWER, { id: created.id, key: newKey(), input: { version: 1, stance: 'OBJECTION', reasons: ' ' } });
    expect(objectionWithoutReasons.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.reasons' });
    expect(await partnership.contents()).toEqual(before);

    await answer(lead('voluntary'), created.id, 1, 'SIGN_OFF');
    const signedOff = await partnership.contents();
    // Delivering a proposal is not leading its outcome.
    expect((await adoptRefused(lead('voluntary'), created.id)).extensions).toMatchObject({ code: 'FORBIDDEN', change: 'adoptProposal', agencies: ['police'] });
    expect(await partnership.contents()).toEqual(signedOff);
    const adopted = (await partnership.ok(lead('police'), ADOPT, { id: created.id, key: newKey() })).adoptProposal;
    expect(adopted).toMatchObject({ state: 'ADOPTED', adoptedBy: { id: 'police-lead' } });
  });

  it('adopts once: the proposal is closed to answers, revisions and a second adoption, and the resent adoption returns the first', async () => {
    const created = await propose(['police']);
    await answer(lead('police'), created.id, 1, 'SIGN_OFF');
    const key = newKey();
    const adopted = (await partnership.ok(admin, ADOPT, { id: created.id, key })).adoptProposal;
    expect(adopted).toMatchObject({ state: 'ADOPTED', readyToAdopt: false, currentVersionNumber: 1, adoptedBy: { id: 'partnership-admin' } });
    expect(Date.parse(adopted.adoptedAt)).toBeGreaterThan(Date.now() - 60_000);
    const { outcome } = await partnership.ok(admin, `query($id: ID!) { outcome(id: $id) { timeline { kind referenceId } } }`, { id: outcomeId });
    expect(outcome.timeline).toContainEqual({ kind: 'PROPOSAL_ADOPTED', referenceId: created.id });

    const after = await partnership.contents();
    expect((await partnership.ok(admin, ADOPT, { id: created.id, key })).adoptProposal).toEqual(adopted);
    expect((await adoptRefused(admin, created.id)).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADOPTED' });
    const answerAfter = await partnership.refused(lead('police'), ANSWER, { id: created.id, key: newKey(), input: { version: 1, stance: 'OBJECTION', reasons: 'Too late' } });
    expect(answerAfter.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADOPTED' });
    const reviseAfter = await partnership.refused(admin, REVISE, { id: created.id, key: newKey(), input: { fromVersion: 1, body: 'Changed.', changeNote: 'After.' } });
    expect(reviseAfter.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADOPTED' });
    expect(await partnership.contents()).toEqual(after);
  });
});
