import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficerClaims } from '@joined-up/auth';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { leads, newKey, ok } from './engagement-officers.js';

const PROPOSAL_FIELDS = `id state currentVersionNumber readyToAdopt awaiting { id }
  standing { agency { id } answered stance response { reasons } }
  versions { number changeNote }`;

describe('policy proposals answered by the agencies that deliver them (principle 1)', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('engagement-proposals');
  });
  afterAll(() => federation?.stop());

  it('shows the seeded Lambeth youth crime proposals with their versions, answers and threads', async () => {
    const data = await ok(
      federation,
      `{ outcome(id: "OUT-LAMBETH-YOUTH-CRIME") { proposals { ${PROPOSAL_FIELDS} title
          responses { version stance agency { id } comments { body author { id } replies { body author { id } } } } } } }`,
    );
    const [assessment, triage] = data.outcome.proposals;
    expect(triage).toMatchObject({ id: 'PROP-LAMBETH-YOUTH-TRIAGE', state: 'ADOPTED', currentVersionNumber: 2, readyToAdopt: false });
    expect(triage.versions.map((version: { number: number }) => version.number)).toEqual([2, 1]);
    expect(triage.versions[0].changeNote).toMatch(/education's objection/);
    expect(triage.standing.every((standing: { stance: string }) => standing.stance === 'SIGN_OFF')).toBe(true);
    // Education's objection to version 1 is kept, with the thread that led to version 2.
    const objection = triage.responses.find((response: { version: number; stance: string }) => response.version === 1 && response.stance === 'OBJECTION');
    expect(objection.agency.id).toBe('education');
    expect(objection.comments[0].author.id).toBe('police-lead');
    expect(objection.comments[0].replies[0].author.id).toBe('education-lead');

    expect(assessment).toMatchObject({ id: 'PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT', state: 'CONSULTING', readyToAdopt: false, awaiting: [{ id: 'housing' }] });
    expect(assessment.standing.find((standing: { agency: { id: string } }) => standing.agency.id === 'health')).toMatchObject({
      answered: true,
      stance: 'OBJECTION',
    });
  });

  it('refuses adoption until every delivering agency has answered, and while one objects', async () => {
    const adopt = async (id: string) =>
      federation.query(`mutation { adoptProposal(proposalId: "${id}", idempotencyKey: "${newKey('adopt')}") { state } }`, { as: officers.partnershipAdmin });
    const answer = (id: string, version: number, stance: string, as: OfficerClaims, reasons = '') =>
      ok(
        federation,
        `mutation { respondToProposal(proposalId: "${id}", input: { version: ${version}, stance: ${stance}, reasons: "${reasons}" }, idempotencyKey: "${newKey('answer')}") { ${PROPOSAL_FIELDS} } }`,
        { as },
      ).then((data) => data.respondToProposal);

    const created = await ok(
      federation,
      `mutation { createProposal(input: { outcomeId: "OUT-LAMBETH-YOUTH-CRIME", title: "Evening youth outreach", body: "Police and youth workers patrol together on Friday evenings.", deliveringAgencyIds: ["police", "voluntary"] }, idempotencyKey: "${newKey('create')}") { ${PROPOSAL_FIELDS} } }`,
      { as: officers.partnershipAdmin },
    );
    const id = created.createProposal.id;
    expect(created.createProposal.awaiting.map((agency: { id: string }) => agency.id)).toEqual(['police', 'voluntary']);

    let refused = await adopt(id);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'AWAITING_ANSWERS', awaiting: ['police', 'voluntary'] });

    await answer(id, 1, 'SIGN_OFF', leads.police);
    refused = await adopt(id);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'AWAITING_ANSWERS', awaiting: ['voluntary'] });

    const objected = await answer(id, 1, 'OBJECTION', leads.voluntary, 'Our youth workers do not patrol with police: it costs them the trust of the young people.');
    expect(objected.awaiting).toEqual([]);
    refused = await adopt(id);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OBJECTED', objecting: ['voluntary'] });

    // A revision meets the objection; every agency answers the new version, so adoption waits for both again.
    const revised = await ok(
      federation,
      `mutation { reviseProposal(proposalId: "${id}", input: { fromVersion: 1, body: "Youth workers run Friday evening outreach; police are on call, not alongside.", changeNote: "Meets the voluntary sector's objection." }, idempotencyKey: "${newKey('revise')}") { ${PROPOSAL_FIELDS} } }`,
      { as: officers.partnershipAdmin },
    );
    expect(revised.reviseProposal).toMatchObject({ currentVersionNumber: 2, readyToAdopt: false });
    expect(revised.reviseProposal.awaiting.map((agency: { id: string }) => agency.id)).toEqual(['police', 'voluntary']);
    expect((await adopt(id)).errors?.[0].extensions).toMatchObject({ reason: 'AWAITING_ANSWERS', awaiting: ['police', 'voluntary'] });

    // An answer to a version that is no longer current is refused.
    const stale = await federation.query(
      `mutation { respondToProposal(proposalId: "${id}", input: { version: 1, stance: SIGN_OFF }, idempotencyKey: "${newKey('stale')}") { id } }`,
      { as: leads.police },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });

    await answer(id, 2, 'SIGN_OFF', leads.police);
    const ready = await answer(id, 2, 'SIGN_OFF', leads.voluntary);
    expect(ready.readyToAdopt).toBe(true);
    const adopted = await adopt(id);
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data.adoptProposal.state).toBe('ADOPTED');
    expect((await adopt(id)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ADOPTED' });
  });

  it('lets only a lead of a delivering agency answer, for their own agency, with reasons for an objection', async () => {
    const id = 'PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT';
    const attempt = (as: OfficerClaims, stance = 'SIGN_OFF', reasons?: string) =>
      federation.query(
        `mutation { respondToProposal(proposalId: "${id}", input: { version: 1, stance: ${stance}${reasons === undefined ? '' : `, reasons: "${reasons}"`} }, idempotencyKey: "${newKey('who')}") { id } }`,
        { as },
      );
    expect((await attempt(officers.housingCaseworker)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await attempt(leads.voluntary)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await attempt(leads.housing, 'OBJECTION', '  ')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await federation.query(`{ proposal(id: "${id}") { awaiting { id } } }`)).data.proposal.awaiting).toEqual([{ id: 'housing' }]);
  });

  it('records a resent answer once', async () => {
    const key = newKey('resend');
    const mutation = `mutation { respondToProposal(proposalId: "PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT", input: { version: 1, stance: SIGN_OFF, reasons: "Housing signs off." }, idempotencyKey: "${key}") { responses { agency { id } } } }`;
    const [first, second] = await Promise.all([federation.query(mutation, { as: leads.housing }), federation.query(mutation, { as: leads.housing })]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const third = await ok(federation, mutation, { as: leads.housing });
    const housingAnswers = third.respondToProposal.responses.filter((response: { agency: { id: string } }) => response.agency.id === 'housing');
    expect(housingAnswers).toHaveLength(1);
    // Health still objects, so the seeded proposal stays blocked.
    const refused = await federation.query(
      `mutation { adoptProposal(proposalId: "PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT", idempotencyKey: "${newKey('adopt')}") { state } }`,
      { as: officers.partnershipAdmin },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OBJECTED', objecting: ['health'] });
  });

  it('threads comments under an answer and refuses replies across proposals', async () => {
    const { proposal } = await ok(federation, `{ proposal(id: "PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT") { responses { id stance comments { id } } } }`);
    const objection = proposal.responses.find((response: { stance: string }) => response.stance === 'OBJECTION');
    const head = objection.comments[0].id;
    const reply = await ok(
      federation,
      `mutation { commentOnProposal(proposalId: "PROP-LAMBETH-YOUTH-SHARED-ASSESSMENT", input: { body: "The Caldicott Guardian has the field list.", inReplyTo: "${head}" }, idempotencyKey: "${newKey('comment')}") { id inReplyTo responseId agency { id } } }`,
      { as: leads.health },
    );
    expect(reply.commentOnProposal).toMatchObject({ inReplyTo: head, responseId: objection.id, agency: { id: 'health' } });
    const across = await federation.query(
      `mutation { commentOnProposal(proposalId: "PROP-LAMBETH-YOUTH-TRIAGE", input: { body: "Wrong thread.", inReplyTo: "${head}" }, idempotencyKey: "${newKey('comment')}") { id } }`,
      { as: leads.police },
    );
    expect(across.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
