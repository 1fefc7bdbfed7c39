import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { leads, newKey, ok } from './engagement-officers.js';

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('feedback between the agencies, the centre and the community (principle 3)', () => {
  let federation: TestFederation;
  const configured = process.env.JOINED_UP_FEEDBACK_DAYS;

  beforeAll(async () => {
    federation = await startTestFederation('engagement-feedback');
  });
  afterAll(() => federation?.stop());
  afterEach(() => {
    if (configured === undefined) delete process.env.JOINED_UP_FEEDBACK_DAYS;
    else process.env.JOINED_UP_FEEDBACK_DAYS = configured;
  });

  /** Moves a piece of feedback back in time, as if it had been sent `days` days ago. */
  const sentDaysAgo = (feedbackId: string, days: number) =>
    federation.subgraphs
      .get('partnership')!
      .database.db.updateTable('feedback')
      .set({ sent_at: new Date(Date.now() - days * 86_400_000) })
      .where('feedback_id', '=', feedbackId)
      .execute();

  it('lists the seeded feedback on the youth crime outcome, answered and not', async () => {
    const data = await ok(
      federation,
      `{ outcome(id: "OUT-LAMBETH-YOUTH-CRIME") { feedback { id answered from { kind name } to { kind agency { id } } subjectKind subjectId accountableLead { id } } } }`,
    );
    const feedback = data.outcome.feedback;
    expect(ids(feedback).sort()).toEqual(['FB-LAMBETH-ABSENCE-DATA', 'FB-LAMBETH-MENTORING-BUDGET', 'FB-LAMBETH-PANEL-MINUTES', 'FB-LAMBETH-TRIAGE-FORUM']);
    expect(feedback.find((item: { id: string }) => item.id === 'FB-LAMBETH-TRIAGE-FORUM')).toMatchObject({
      answered: true,
      from: { kind: 'COMMUNITY_GROUP', name: "Brixton Young People's Forum" },
      to: { kind: 'CENTRE', agency: { id: 'partnership' } },
      subjectKind: 'PROPOSAL',
    });
    expect(feedback.find((item: { id: string }) => item.id === 'FB-LAMBETH-MENTORING-BUDGET')).toMatchObject({
      answered: false,
      subjectKind: 'OPERATING_AGREEMENT',
      accountableLead: { id: 'police-lead' },
    });
  });

  it('lists old unanswered feedback for the recipient agency and for the accountable lead, and recent feedback not yet', async () => {
    const data = await ok(
      federation,
      `{ toPolice: unansweredFeedback(olderThanDays: 14, toAgency: "police") { id daysWaiting }
         forLead: unansweredFeedback(olderThanDays: 14, accountableLead: "police-lead") { id }
         notYet: unansweredFeedback(olderThanDays: 31) { id }
         defaulted: unansweredFeedback { id }
         recent: unansweredFeedback(olderThanDays: 3, toAgency: "education") { id }
         tooRecent: unansweredFeedback(olderThanDays: 4, toAgency: "education") { id } }`,
    );
    expect(data.toPolice).toEqual([{ id: 'FB-LAMBETH-MENTORING-BUDGET', daysWaiting: 30 }]);
    expect(ids(data.forLead)).toEqual(['FB-LAMBETH-MENTORING-BUDGET']);
    expect(data.notYet).toEqual([]);
    expect(ids(data.defaulted)).toEqual(['FB-LAMBETH-MENTORING-BUDGET']);
    expect(ids(data.recent)).toEqual(['FB-LEWISHAM-ATTENDANCE-MOVES']);
    expect(data.tooRecent).toEqual([]);
  });

  it('lists new feedback only once it has waited past the threshold, and no longer once answered', async () => {
    const sent = await ok(
      federation,
      `mutation { sendFeedback(input: { to: { agencyId: "education" }, subjectKind: INDICATOR, subjectId: "IND-LAMBETH-PERSISTENT-ABSENCE", message: "Absence for the panel list rose in the last two months." }, idempotencyKey: "${newKey('send')}") { id from { kind agency { id } } outcome { id } daysWaiting } }`,
      { as: officers.policeAnalyst },
    );
    const { id } = sent.sendFeedback;
    expect(sent.sendFeedback).toMatchObject({ from: { kind: 'AGENCY', agency: { id: 'police' } }, outcome: { id: 'OUT-LAMBETH-YOUTH-CRIME' }, daysWaiting: 0 });

    const waiting = async () =>
      ids((await ok(federation, `{ unansweredFeedback(toAgency: "education") { id } }`)).unansweredFeedback);
    expect(await waiting()).not.toContain(id);
    await sentDaysAgo(id, 13);
    expect(await waiting()).not.toContain(id);
    await sentDaysAgo(id, 14);
    expect(await waiting()).toContain(id);
    // The lead of the outcome concerned sees it too.
    expect(ids((await ok(federation, `{ unansweredFeedback(accountableLead: "police-lead") { id } }`)).unansweredFeedback)).toContain(id);

    // The default comes from JOINED_UP_FEEDBACK_DAYS when it is set.
    process.env.JOINED_UP_FEEDBACK_DAYS = '20';
    expect(await waiting()).not.toContain(id);
    delete process.env.JOINED_UP_FEEDBACK_DAYS;

    const answered = await ok(
      federation,
      `mutation { answerFeedback(feedbackId: "${id}", response: "The lead teachers are following up each young person.", idempotencyKey: "${newKey('answer')}") { answered respondedBy { id } daysWaiting } }`,
      { as: officers.educationCaseworker },
    );
    expect(answered.answerFeedback).toMatchObject({ answered: true, respondedBy: { id: 'education-caseworker' }, daysWaiting: 14 });
    expect(await waiting()).not.toContain(id);

    const again = await federation.query(
      `mutation { answerFeedback(feedbackId: "${id}", response: "Again.", idempotencyKey: "${newKey('answer')}") { id } }`,
      { as: officers.educationCaseworker },
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lets the recipient or the accountable lead answer, and nobody else', async () => {
    const forbidden = await federation.query(
      `mutation { answerFeedback(feedbackId: "FB-LAMBETH-MENTORING-BUDGET", response: "Not ours to answer.", idempotencyKey: "${newKey('answer')}") { id } }`,
      { as: officers.housingCaseworker },
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byLead = await ok(
      federation,
      `mutation { answerFeedback(feedbackId: "FB-LAMBETH-MENTORING-BUDGET", response: "Two quarters are paid today; approvals now sit with the lead.", idempotencyKey: "${newKey('answer')}") { answered respondedBy { id } } }`,
      { as: leads.police },
    );
    expect(byLead.answerFeedback).toEqual({ answered: true, respondedBy: { id: 'police-lead' } });
    expect((await ok(federation, `{ unansweredFeedback(olderThanDays: 14) { id } }`)).unansweredFeedback).toEqual([]);
  });

  it('checks the subject and the parties before writing anything', async () => {
    const send = (input: string) =>
      federation.query(`mutation { sendFeedback(input: { ${input} }, idempotencyKey: "${newKey('send')}") { id } }`, { as: officers.policeAnalyst });
    const cases: [string, string][] = [
      ['to: { agencyId: "education" }, subjectKind: INDICATOR, subjectId: "IND-NOWHERE", message: "?"', 'NOT_FOUND'],
      ['to: { agencyId: "education" }, subjectKind: PROPOSAL, subjectId: "OUT-LAMBETH-YOUTH-CRIME", message: "?"', 'NOT_FOUND'],
      ['to: { agencyId: "nobody" }, subjectKind: OUTCOME, subjectId: "OUT-LAMBETH-YOUTH-CRIME", message: "?"', 'NOT_FOUND'],
      ['to: { agencyId: "police" }, subjectKind: OUTCOME, subjectId: "OUT-LAMBETH-YOUTH-CRIME", message: "To ourselves"', 'BAD_USER_INPUT'],
      ['to: { agencyId: "education", communityGroup: "Both" }, subjectKind: OUTCOME, subjectId: "OUT-LAMBETH-YOUTH-CRIME", message: "?"', 'BAD_USER_INPUT'],
      ['to: { agencyId: "education" }, subjectKind: OUTCOME, subjectId: "OUT-LAMBETH-YOUTH-CRIME", message: "   "', 'BAD_USER_INPUT'],
    ];
    const before = (await ok(federation, '{ feedback { id } }')).feedback.length;
    for (const [input, code] of cases) expect((await send(input)).errors?.[0].extensions?.code, input).toBe(code);
    expect((await ok(federation, '{ feedback { id } }')).feedback.length).toBe(before);

    const toGroup = await ok(
      federation,
      `mutation { sendFeedback(input: { to: { communityGroup: "Deptford Parents Network" }, subjectKind: OUTCOME, subjectId: "OUT-LEWISHAM-SCHOOL-ATTENDANCE", message: "Thank you for the attendance letters in plain English." }, idempotencyKey: "${newKey('send')}") { to { kind name agency { id } } outcome { id } } }`,
      { as: officers.partnershipAdmin },
    );
    expect(toGroup.sendFeedback).toEqual({ to: { kind: 'COMMUNITY_GROUP', name: 'Deptford Parents Network', agency: null }, outcome: { id: 'OUT-LEWISHAM-SCHOOL-ATTENDANCE' } });
  });
});
