import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers } from '@joined-up/testing';
import { admin, lead, newKey, startPartnership, type Partnership } from './partnership-harness.js';

const OPEN = `mutation($input: ConsultationInput!, $key: String!) { openConsultation(input: $input, idempotencyKey: $key) { id options { id name } } }`;
const SESSION = `mutation($id: ID!, $input: ConsultationSessionInput!, $key: String!) {
  addConsultationSession(consultationId: $id, input: $input, idempotencyKey: $key) { id participants { id } } }`;
const SUBMIT = `mutation($id: ID!, $session: ID!, $participant: ID!, $round: BasketRound!, $items: [BasketItemInput!]!, $key: String!) {
  submitBasket(consultationId: $id, sessionId: $session, participantId: $participant, round: $round, items: $items, idempotencyKey: $key) {
    id total round items { option { name } amount } } }`;
const RESULTS = `query($id: ID!) { consultation(id: $id) {
  first: basketResults(round: FIRST) { ...round } final: basketResults(round: FINAL) { ...round }
  basketShift { pairedParticipants { value } options { option { name } change participantsChange suppressed } } } }
  fragment round on BasketRoundResults { baskets { value } allocated { value } support { option { name } participants amount suppressed } }`;

const BUDGET = 1000;
const OPTIONS = [
  { name: 'A', description: 'Option A', cost: 800 },
  { name: 'B', description: 'Option B', cost: 800 },
  { name: 'C', description: 'Option C', cost: 500 },
];

type Items = [name: string, amount: number][];
const byName = (list: { option: { name: string } }[]): Record<string, any> => Object.fromEntries(list.map((entry) => [entry.option.name, entry]));

describe('the shopping basket: totals checked on the way in and summed on the way out (principle 8)', () => {
  let partnership: Partnership;

  /** A fresh basket exercise in Coventry with one session of `count` participants, opened by the administrator. */
  async function exercise(count: number) {
    const opened = await partnership.ok(admin, OPEN, {
      key: newKey(),
      input: { kind: 'SHOPPING_BASKET', title: 'Test basket', question: 'How would you spend 1,000?', areaCode: 'E08000026', budget: BUDGET, budgetUnit: '£ thousand', options: OPTIONS },
    });
    const id: string = opened.openConsultation.id;
    const option: Record<string, string> = Object.fromEntries(opened.openConsultation.options.map((entry: { id: string; name: string }) => [entry.name, entry.id]));
    const pseudonyms = Array.from({ length: count }, (_, index) => `P${index + 1}`);
    const session = await partnership.ok(admin, SESSION, { id, key: newKey(), input: { title: 'Workshop', heldAt: '2025-04-01T10:00:00Z', participantPseudonyms: pseudonyms } });
    const sessionId: string = session.addConsultationSession.id;
    const participants: string[] = session.addConsultationSession.participants.map((participant: { id: string }) => participant.id);
    const variables = (participant: string, round: string, items: Items, key = newKey()) => ({
      id,
      session: sessionId,
      participant,
      round,
      key,
      items: items.map(([name, amount]) => ({ optionId: option[name] ?? name, amount })),
    });
    return {
      id,
      sessionId,
      participants,
      variables,
      submit: async (participant: string, round: string, items: Items, key?: string) => (await partnership.ok(admin, SUBMIT, variables(participant, round, items, key))).submitBasket,
      results: async () => (await partnership.ok(admin, RESULTS, { id })).consultation,
    };
  }

  beforeAll(async () => {
    partnership = await startPartnership();
  });
  afterAll(() => partnership?.stop());

  it("records a basket's total as the sum of its amounts, up to exactly the budget and exactly an option's cost", async () => {
    const basket = await exercise(1);
    const submitted = await basket.submit(basket.participants[0], 'FIRST', [['C', 500], ['A', 300], ['B', 200]]);
    expect(submitted).toMatchObject({ total: 1000, round: 'FIRST' });
    // Items come back in the order the options were presented.
    expect(submitted.items).toEqual([
      { option: { name: 'A' }, amount: 300 },
      { option: { name: 'B' }, amount: 200 },
      { option: { name: 'C' }, amount: 500 },
    ]);
  });

  it('refuses a basket that breaks a rule with BAD_USER_INPUT, and writes nothing', async () => {
    const basket = await exercise(1);
    const other = await partnership.ok(admin, SESSION, { id: basket.id, key: newKey(), input: { title: 'Other', heldAt: '2025-04-02T10:00:00Z', participantPseudonyms: ['Q1'] } });
    const before = await partnership.contents();
    const cases: [string, Items, Record<string, unknown>][] = [
      ['one over the budget', [['A', 600], ['B', 401]], { argument: 'items', total: 1001, budget: 1000 }],
      ['one over the cost', [['C', 501]], { argument: 'items.amount', cost: 500 }],
      ['an unknown option', [['A', 100], ['OPT-NOT-AN-OPTION', 100]], { argument: 'items.optionId', optionId: 'OPT-NOT-AN-OPTION' }],
      ['a zero amount', [['A', 0]], { argument: 'items[0].amount' }],
      ['a negative amount', [['A', 100], ['B', -5]], { argument: 'items[1].amount' }],
      ['the same option twice', [['A', 100], ['A', 100]], { argument: 'items.optionId' }],
      ['an empty basket', [], { argument: 'items' }],
    ];
    for (const [label, items, extensions] of cases) {
      const refused = await partnership.refused(admin, SUBMIT, basket.variables(basket.participants[0], 'FIRST', items));
      expect(refused.extensions, label).toMatchObject({ code: 'BAD_USER_INPUT', ...extensions });
    }
    const wrongSession = await partnership.refused(admin, SUBMIT, {
      ...basket.variables(basket.participants[0], 'FIRST', [['A', 100]]),
      session: other.addConsultationSession.id,
    });
    expect(wrongSession.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'participantId' });
    expect(await partnership.contents()).toEqual(before);
    expect((await basket.results()).first.baskets.value).toBe(0);
  });

  it('sums support per option and round, and the shift over the participants who answered both rounds', async () => {
    const basket = await exercise(11);
    const [first, second, ...rest] = basket.participants;
    const paired = [first, second, ...rest.slice(0, 8)];
    // Round one: eight put 400 on A and 300 on B, two spend the whole budget (700 on A, 300 on B); an eleventh puts 800 on A and leaves.
    for (const participant of paired) {
      await basket.submit(participant, 'FIRST', participant === first || participant === second ? [['A', 700], ['B', 300]] : [['A', 400], ['B', 300]]);
    }
    await basket.submit(rest[8], 'FIRST', [['A', 800]]);
    // Round two: the ten who stayed move money from A to C.
    for (const participant of paired) await basket.submit(participant, 'FINAL', [['A', 200], ['B', 300], ['C', 500]]);

    const { first: firstRound, final, basketShift } = await basket.results();
    expect(firstRound.baskets.value).toBe(10); // 11, rounded to the nearest 5
    expect(firstRound.allocated.value).toBe(8 * 700 + 2 * 1000 + 800);
    expect(byName(firstRound.support).A).toMatchObject({ participants: 10, amount: 8 * 400 + 2 * 700 + 800, suppressed: false });
    expect(byName(firstRound.support).B).toMatchObject({ participants: 10, amount: 10 * 300, suppressed: false });
    expect(byName(firstRound.support).C).toMatchObject({ participants: 0, amount: 0, suppressed: false });
    expect(final.allocated.value).toBe(10 * 1000);
    expect(byName(final.support).C).toMatchObject({ participants: 10, amount: 5000 });

    expect(basketShift.pairedParticipants.value).toBe(10);
    const shift = byName(basketShift.options);
    // The eleventh participant's 800 on A is not a change of mind: only paired participants count.
    expect(shift.A).toMatchObject({ change: 10 * 200 - (8 * 400 + 2 * 700), participantsChange: 0, suppressed: false });
    expect(shift.B).toMatchObject({ change: 0, participantsChange: 0 });
    expect(shift.C).toMatchObject({ change: 5000, participantsChange: 10 });
  });

  it('takes one basket per participant and round: a second is refused and changes nothing, a resend counts once', async () => {
    const basket = await exercise(1);
    const [participant] = basket.participants;
    const key = newKey();
    const stored = await basket.submit(participant, 'FIRST', [['A', 300]], key);
    const after = await partnership.contents();
    expect((await basket.submit(participant, 'FIRST', [['A', 300]], key)).id).toBe(stored.id);
    const second = await partnership.refused(admin, SUBMIT, basket.variables(participant, 'FIRST', [['B', 300]]));
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED', submissionId: stored.id });
    expect(await partnership.contents()).toEqual(after);
    // The other round is still open to them.
    expect((await basket.submit(participant, 'FINAL', [['B', 300]])).total).toBe(300);
  });

  it('lets only the administrator or a lead of the agency that opened it record baskets', async () => {
    const basket = await exercise(1);
    const before = await partnership.contents();
    for (const officer of [lead('health'), officers.partnershipAnalyst]) {
      const refused = await partnership.refused(officer, SUBMIT, basket.variables(basket.participants[0], 'FIRST', [['A', 100]]));
      expect(refused.extensions.code).toBe('FORBIDDEN');
    }
    expect(await partnership.contents()).toEqual(before);
  });

  it('refuses an exercise with no budget, too few options or a free option, naming every problem, and writes nothing', async () => {
    const before = await partnership.contents();
    const refused = await partnership.refused(admin, OPEN, {
      key: newKey(),
      input: { kind: 'SHOPPING_BASKET', title: 'Bad basket', question: 'Spend what?', areaCode: 'E08000026', budget: 0, budgetUnit: '£', options: [{ name: 'A', description: 'Free', cost: 0 }] },
    });
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['input.budget', 'input.options', 'input.options[0].cost']);
    expect(await partnership.contents()).toEqual(before);
  });
});
