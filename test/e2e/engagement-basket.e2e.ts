import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { newKey, ok } from './engagement-officers.js';

const admin = { as: officers.partnershipAdmin };
const RESULTS = `first: basketResults(round: FIRST) { ...round } final: basketResults(round: FINAL) { ...round }
  basketShift { pairedParticipants { value } options { option { name } change participantsChange suppressed } }`;
const ROUND = 'fragment round on BasketRoundResults { baskets { value } support { option { name } participants amount suppressed } }';

/** Results and shifts keyed by option name (the response is untyped JSON). */
const byName = (list: { option: { name: string } }[]): Record<string, any> => Object.fromEntries(list.map((item) => [item.option.name, item]));

describe('the Coventry "shopping basket" (principle 8)', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('engagement-basket');
  });
  afterAll(() => federation?.stop());

  it('shows the seeded Coventry exercise: costed options, two workshops, and money moving away from the new hospital', async () => {
    const { consultation } = await ok(
      federation,
      `{ consultation(id: "CON-COVENTRY-HEALTH-PRIORITIES") { kind area { code name } budget budgetUnit options { name cost }
          sessions { id participants { pseudonym } } ${RESULTS}
          workshop: basketShift(sessionId: "SES-COVENTRY-W1") { options { option { name } change suppressed } } } } ${ROUND}`,
    );
    expect(consultation).toMatchObject({ kind: 'SHOPPING_BASKET', area: { code: 'E08000026', name: 'Coventry' }, budget: 20000, budgetUnit: '£ thousand' });
    expect(consultation.options).toHaveLength(6);
    expect(consultation.sessions.map((session: { participants: unknown[] }) => session.participants.length)).toEqual([12, 12]);
    // 24 first baskets and 23 final ones (one participant left early), rounded to the nearest 5.
    expect(consultation.first.baskets.value).toBe(25);
    expect(consultation.final.baskets.value).toBe(25);
    const shift = byName(consultation.basketShift.options);
    expect(consultation.basketShift.pairedParticipants.value).toBe(25);
    // Paired participants: 194,000 on the hospital first, 8,000 (by 8 of them) at the end.
    expect(shift['A new district hospital']).toMatchObject({ change: -186000, suppressed: false });
    expect(shift['A new district hospital'].participantsChange).toBe(-15);
    expect(shift['Mental health services'].change).toBeGreaterThan(0);
    expect(shift['Learning disability services'].change).toBeGreaterThan(0);
    // In one workshop only 4 people kept money on the hospital: too few to publish.
    expect(byName(consultation.workshop.options)['A new district hospital']).toMatchObject({ change: null, suppressed: true });
  });

  it('answers the contract query: options, support in each round, and the shift between rounds', async () => {
    const { consultation } = await ok(
      federation,
      `{ consultation(id: "CON-COVENTRY-HEALTH-PRIORITIES") { title budget options { id name cost }
          rounds { round support { option { id } participants amount } } shift { option { id } change } } }`,
    );
    expect(consultation.title).toEqual(expect.any(String));
    expect(consultation.rounds.map((round: { round: string }) => round.round)).toEqual(['FIRST', 'FINAL']);
    const optionIds = consultation.options.map((option: { id: string }) => option.id);
    for (const round of consultation.rounds) expect(round.support.map((entry: { option: { id: string } }) => entry.option.id)).toEqual(optionIds);
    expect(consultation.shift.map((entry: { option: { id: string } }) => entry.option.id)).toEqual(optionIds);
    expect(consultation.shift.some((entry: { change: number | null }) => typeof entry.change === 'number' && entry.change < 0)).toBe(true);
  });

  describe('on a constructed exercise', () => {
    let consultationId: string;
    let sessionId: string;
    let otherSessionId: string;
    let participants: string[];
    let option: Record<string, string>;

    const submit = (participant: string, round: string, items: [string, number][], key = newKey('basket')) =>
      federation.query(
        `mutation { submitBasket(consultationId: "${consultationId}", sessionId: "${sessionId}", participantId: "${participant}", round: ${round},
            items: [${items.map(([name, amount]) => `{ optionId: "${option[name] ?? name}", amount: ${amount} }`).join(', ')}], idempotencyKey: "${key}") { id total round } }`,
        admin,
      );
    const results = async () => (await ok(federation, `{ consultation(id: "${consultationId}") { ${RESULTS} } } ${ROUND}`)).consultation;

    beforeAll(async () => {
      const opened = await ok(
        federation,
        `mutation { openConsultation(input: { kind: SHOPPING_BASKET, title: "Test basket", question: "How would you spend 1,000?", areaCode: "E08000026",
            budget: 1000, budgetUnit: "£ thousand", options: [{ name: "A", description: "Option A", cost: 800 }, { name: "B", description: "Option B", cost: 800 }, { name: "C", description: "Option C", cost: 500 }] },
            idempotencyKey: "${newKey('open')}") { id options { id name } } }`,
        admin,
      );
      consultationId = opened.openConsultation.id;
      option = Object.fromEntries(opened.openConsultation.options.map((entry: { id: string; name: string }) => [entry.name, entry.id]));
      const session = (title: string, count: number) =>
        ok(
          federation,
          `mutation { addConsultationSession(consultationId: "${consultationId}", input: { title: "${title}", heldAt: "2025-04-01T10:00:00Z",
              participantPseudonyms: [${Array.from({ length: count }, (_, index) => `"${title}-P${index + 1}"`).join(', ')}] }, idempotencyKey: "${newKey('session')}") { id participants { id pseudonym } } }`,
          admin,
        ).then((data) => data.addConsultationSession);
      const main = await session('Main', 11);
      sessionId = main.id;
      participants = main.participants.map((participant: { id: string }) => participant.id);
      otherSessionId = (await session('Other', 1)).id;
    });

    it('refuses a basket over budget, with an unknown option or a bad amount, and writes nothing', async () => {
      const cases: [string, [string, number][]][] = [
        ['over budget', [['A', 600], ['B', 500]]],
        ['unknown option', [['A', 100], ['OPT-NOT-AN-OPTION', 100]]],
        ['more than the option costs', [['C', 600]]],
        ['zero amount', [['A', 0]]],
        ['negative amount', [['A', -5]]],
        ['the same option twice', [['A', 100], ['A', 100]]],
        ['an empty basket', []],
      ];
      for (const [label, items] of cases) {
        const response = await submit(participants[0], 'FIRST', items);
        expect(response.errors?.[0].extensions?.code, label).toBe('BAD_USER_INPUT');
      }
      const wrongSession = await federation.query(
        `mutation { submitBasket(consultationId: "${consultationId}", sessionId: "${otherSessionId}", participantId: "${participants[0]}", round: FIRST,
            items: [{ optionId: "${option.A}", amount: 100 }], idempotencyKey: "${newKey('basket')}") { id } }`,
        admin,
      );
      expect(wrongSession.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const notFacilitator = await federation.query(
        `mutation { submitBasket(consultationId: "${consultationId}", sessionId: "${sessionId}", participantId: "${participants[0]}", round: FIRST,
            items: [{ optionId: "${option.A}", amount: 100 }], idempotencyKey: "${newKey('basket')}") { id } }`,
      );
      expect(notFacilitator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await results()).first.baskets.value).toBe(0);
    });

    it('computes the shift between rounds over the participants who answered both', async () => {
      // Ten participants move 200 from A to B; three of them also move 100 to C. An eleventh answers only the first round.
      for (const [index, participant] of participants.slice(0, 10).entries()) {
        expect((await submit(participant, 'FIRST', [['A', 600], ['B', 400]])).errors).toBeUndefined();
        const final: [string, number][] = index < 3 ? [['A', 400], ['B', 500], ['C', 100]] : [['A', 400], ['B', 600]];
        expect((await submit(participant, 'FINAL', final)).errors).toBeUndefined();
      }
      expect((await submit(participants[10], 'FIRST', [['A', 800], ['B', 200]])).errors).toBeUndefined();

      const { first, final, basketShift } = await results();
      expect(first.baskets.value).toBe(10); // 11, rounded
      expect(byName(first.support).A).toMatchObject({ participants: 10, amount: 6800, suppressed: false });
      expect(byName(first.support).C).toMatchObject({ participants: 0, amount: 0, suppressed: false });
      expect(byName(final.support).C).toMatchObject({ participants: null, amount: null, suppressed: true });
      expect(basketShift.pairedParticipants.value).toBe(10);
      const shift = byName(basketShift.options);
      // A: 10 × 600 → 10 × 400; B: 10 × 400 → 7 × 600 + 3 × 500; the eleventh participant's 800 on A is not a change of mind.
      expect(shift.A).toMatchObject({ change: -2000, participantsChange: 0, suppressed: false });
      expect(shift.B).toMatchObject({ change: 1700, suppressed: false });
      expect(shift.C).toMatchObject({ change: null, participantsChange: null, suppressed: true });
    });

    it('refuses a second basket for the same participant and round, and changes nothing', async () => {
      const before = await results();
      const second = await submit(participants[0], 'FIRST', [['C', 500]]);
      expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED' });
      expect(await results()).toEqual(before);
    });

    it('counts a resent basket once', async () => {
      const key = newKey('resend');
      const items: [string, number][] = [['A', 300], ['B', 300]];
      const [first, second] = await Promise.all([submit(participants[10], 'FINAL', items, key), submit(participants[10], 'FINAL', items, key)]);
      const third = await submit(participants[10], 'FINAL', items, key);
      for (const response of [first, second, third]) expect(response.errors).toBeUndefined();
      expect(new Set([first, second, third].map((response) => response.data.submitBasket.id)).size).toBe(1);
      const stored = await federation.subgraphs
        .get('partnership')!
        .database.db.selectFrom('basket_submissions')
        .select('submission_id')
        .where('participant_id', '=', participants[10])
        .where('round', '=', 'FINAL')
        .execute();
      expect(stored).toHaveLength(1);
      // The same key for a different basket is a client mistake, not a resend.
      const reused = await submit(participants[10], 'FINAL', [['A', 100]], key);
      expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');
    });
  });
});
