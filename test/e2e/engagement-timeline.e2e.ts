import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { newKey, ok } from './engagement-officers.js';

interface Event {
  at: string;
  kind: string;
  summary: string;
  referenceId: string | null;
}

const admin = { as: officers.partnershipAdmin };

describe("an outcome's timeline and its recorded early warnings (principles 6 and 7)", () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('engagement-timeline');
  });
  afterAll(() => federation?.stop());

  const timeline = async (outcomeId: string): Promise<Event[]> =>
    (await ok(federation, `{ outcome(id: "${outcomeId}") { timeline { at kind summary referenceId } } }`)).outcome.timeline;

  it('tells the seeded history of the Lambeth youth crime outcome in time order', async () => {
    const events = await timeline('OUT-LAMBETH-YOUTH-CRIME');
    expect(events.slice(0, 4).map((event) => event.kind)).toEqual(['OUTCOME_PROPOSED', 'OUTCOME_AGREED', 'LEAD_ASSIGNED', 'AGREEMENT_OPENED']);
    for (let index = 1; index < events.length; index++) expect(events[index - 1].at <= events[index].at, JSON.stringify(events[index])).toBe(true);
    const kinds = new Set(events.map((event) => event.kind));
    for (const kind of ['PROPOSAL', 'PROPOSAL_RESPONSE', 'PROPOSAL_ADOPTED', 'FEEDBACK', 'FEEDBACK_ANSWERED', 'LESSON']) expect(kinds).toContain(kind);
    const triage = events.filter((event) => event.referenceId === 'PROP-LAMBETH-YOUTH-TRIAGE').map((event) => event.kind);
    expect(triage).toEqual(['PROPOSAL', 'PROPOSAL_RESPONSE', 'PROPOSAL_RESPONSE', 'PROPOSAL_RESPONSE', 'PROPOSAL', 'PROPOSAL_RESPONSE', 'PROPOSAL_RESPONSE', 'PROPOSAL_RESPONSE', 'PROPOSAL_ADOPTED']);
  });

  it('orders constructed events by time, then by kind at the same instant, the same way every time', async () => {
    // The self-harm outcome was proposed 2024-01-30T09:00Z, agreed 2024-03-14 (midnight UTC) and its lead named 2024-03-14T09:00Z.
    const opened = await ok(
      federation,
      `mutation { openConsultation(input: { kind: COMMUNITY_MAPPING, title: "Self-harm listening events", question: "Where would a young person go for help?", areaCode: "E09000022", outcomeIds: ["OUT-LAMBETH-SELF-HARM"] }, idempotencyKey: "${newKey('open')}") { id } }`,
      admin,
    );
    const consultationId = opened.openConsultation.id;
    for (const [title, heldAt] of [
      ['Before anything', '2023-12-01T10:00:00Z'],
      ['Also before anything', '2023-12-01T10:00:00Z'],
      ['On agreement day', '2024-03-14T00:00:00Z'],
      ['When the lead was named', '2024-03-14T09:00:00Z'],
    ]) {
      await ok(
        federation,
        `mutation { addConsultationSession(consultationId: "${consultationId}", input: { title: "${title}", heldAt: "${heldAt}" }, idempotencyKey: "${newKey('session')}") { id } }`,
        admin,
      );
    }
    const events = await timeline('OUT-LAMBETH-SELF-HARM');
    const label = (event: Event) => (event.kind === 'CONSULTATION' ? event.summary.replace('Self-harm listening events: ', '') : event.kind);
    expect(events.slice(0, 6).map(label).slice(2)).toEqual(['OUTCOME_PROPOSED', 'OUTCOME_AGREED', 'On agreement day', 'LEAD_ASSIGNED']);
    expect(events.slice(0, 2).map(label).sort()).toEqual(['Also before anything', 'Before anything']);
    expect(label(events[6])).toBe('When the lead was named');
    expect(events[3].at).toBe(events[4].at);
    expect(events[5].at).toBe(events[6].at);
    // Two events at the same instant of the same kind and reference keep one order.
    expect(await timeline('OUT-LAMBETH-SELF-HARM')).toEqual(events);

    // Events happening now follow in the order they happened.
    const sent = await ok(
      federation,
      `mutation { sendFeedback(input: { to: { agencyId: "health" }, subjectKind: OUTCOME, subjectId: "OUT-LAMBETH-SELF-HARM", message: "Young people at the listening events asked for drop-ins after school." }, idempotencyKey: "${newKey('send')}") { id } }`,
      admin,
    );
    await ok(
      federation,
      `mutation { answerFeedback(feedbackId: "${sent.sendFeedback.id}", response: "Drop-ins move to 4pm from next term.", idempotencyKey: "${newKey('answer')}") { id } }`,
      { as: officers.healthCaseworker },
    );
    await ok(
      federation,
      `mutation { recordLesson(input: { kind: SUCCESS, title: "Listening before planning", tried: "Listening events before changing drop-in times.", happened: "Attendance at drop-ins doubled.", outcomeId: "OUT-LAMBETH-SELF-HARM" }, idempotencyKey: "${newKey('lesson')}") { id } }`,
      admin,
    );
    const after = await timeline('OUT-LAMBETH-SELF-HARM');
    expect(after.slice(-3).map((event) => event.kind)).toEqual(['FEEDBACK', 'FEEDBACK_ANSWERED', 'LESSON']);
  });

  it('costs the same SQL for every outcome as for a few (no N+1)', async () => {
    const fields = `id timeline { kind } proposals { standing { agency { id } } versions { editedBy { id } } comments { replies { id } } responses { comments { id } } }
      feedback { from { name } accountableLead { id } } lessons { evidence { indicator { id } } } consultations { sessions { participants { id } } }`;
    const statements = async (filter: string) => {
      federation.resetStatements();
      const data = await ok(federation, `{ outcomes${filter} { ${fields} } }`);
      return { outcomes: data.outcomes.length, statements: federation.statementCount() };
    };
    // Lambeth's three outcomes already do every kind of work (proposals, feedback, lessons, a consultation); all five add two more.
    const lambeth = await statements('(areaCode: "E09000022")');
    const all = await statements('');
    expect([lambeth.outcomes, all.outcomes]).toEqual([3, 5]);
    expect(all.statements).toBe(lambeth.statements);
  });

  it('records an early warning once however many requests see it, shows it on the timeline, and closes it on review', async () => {
    // Make the Lewisham attendance condition unreachable: a baseline of 5% and a target of 1% put today's rate far off track.
    await federation.subgraphs
      .get('partnership')!
      .database.db.updateTable('indicators')
      .set({ baseline: 5, target: 1 })
      .where('indicator_id', '=', 'IND-LEWISHAM-PERSISTENT-ABSENCE')
      .execute();
    const lewisham = (data: { operatingAgreements: { id: string }[] }): any =>
      data.operatingAgreements.find((agreement) => agreement.id === 'OA-LEWISHAM-ATTENDANCE-SHARING');
    const seen = await Promise.all(Array.from({ length: 3 }, () => ok(federation, '{ operatingAgreements(party: "education") { id warning warningDetail } }')));
    for (const data of seen) {
      expect(lewisham(data)).toEqual({
        id: 'OA-LEWISHAM-ATTENDANCE-SHARING',
        warning: true,
        warningDetail: 'Pupils persistently absent (IND-LEWISHAM-PERSISTENT-ABSENCE) is off track',
      });
    }
    const warnings = async () => lewisham(await ok(federation, '{ operatingAgreements(party: "education") { id warnings { open detail } } }')).warnings;
    expect(await warnings()).toEqual([{ open: true, detail: 'Pupils persistently absent (IND-LEWISHAM-PERSISTENT-ABSENCE) is off track' }]);
    const kinds = async () => (await timeline('OUT-LEWISHAM-SCHOOL-ATTENDANCE')).map((event) => event.kind);
    expect((await kinds()).filter((kind) => kind === 'WARNING')).toHaveLength(1);

    const reviewed = await ok(
      federation,
      `mutation { reviewOperatingAgreement(agreementId: "OA-LEWISHAM-ATTENDANCE-SHARING", input: { decision: AMEND, whatChanged: "School nurses follow up every third illness absence.", nextReviewDate: "2027-06-30" }, idempotencyKey: "${newKey('review')}") { reviewDate reviews { decision whatChanged } warnings { open } } }`,
      admin,
    );
    expect(reviewed.reviewOperatingAgreement).toMatchObject({ reviewDate: '2027-06-30', reviews: [{ decision: 'AMEND' }], warnings: [{ open: false }] });
    expect((await kinds()).slice(-2)).toEqual(['WARNING', 'AGREEMENT_REVIEWED']);

    // Still off track after the review: a new warning opens, once.
    await Promise.all([1, 2].map(() => ok(federation, '{ operatingAgreements(party: "education") { warning } }')));
    expect((await warnings()).map((warning: { open: boolean }) => warning.open)).toEqual([true, false]);
    expect((await kinds()).slice(-3)).toEqual(['WARNING', 'AGREEMENT_REVIEWED', 'WARNING']);
  });
});
