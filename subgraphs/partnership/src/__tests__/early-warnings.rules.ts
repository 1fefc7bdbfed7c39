import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { admin, lead, newKey, startPartnership, type Partnership } from './partnership-harness.js';

const ADD_INDICATOR = `mutation($id: ID!, $input: AddIndicatorInput!, $key: String!) { addIndicator(outcomeId: $id, input: $input, idempotencyKey: $key) { id } }`;
const OPEN_AGREEMENT = `mutation($id: ID!, $input: OpenOperatingAgreementInput!, $key: String!) {
  openOperatingAgreement(outcomeId: $id, input: $input, idempotencyKey: $key) { id conditionIndicators { id } } }`;
const REVIEW = `mutation($id: ID!, $input: AgreementReviewInput!, $key: String!) {
  reviewOperatingAgreement(agreementId: $id, input: $input, idempotencyKey: $key) { state reviewDate reviewOverdue reviews { decision } } }`;
/** As the gateway asks: the agreement with its conditions' statuses, which the owning agencies computed. */
const SIGHTING = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on OperatingAgreement { warning warningDetail warnings { detail open } } } }`;

type Status = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NOT_ENOUGH_DATA';
const laterDate = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('early warnings on operating agreements and outcomes off track (principles 5 and 7)', () => {
  let partnership: Partnership;

  /** An outcome education leads, with two indicators, and an agreement conditioned on both; parties education and health. */
  async function agreement() {
    const outcomeId = await partnership.newOutcome({ leadAgency: 'education' });
    const indicator = async (name: string) =>
      (
        await partnership.ok(admin, ADD_INDICATOR, {
          id: outcomeId,
          key: newKey(),
          input: { agencyId: 'education', measure: 'persistent-absence', name, polarity: 'LOWER_IS_BETTER', baseline: 25, baselinePeriod: '2024-09', target: 20, targetDate: '2028-07-31' },
        })
      ).addIndicator.id as string;
    const absence = await indicator('Pupils persistently absent');
    const primary = await indicator('Primary pupils persistently absent');
    const opened = await partnership.ok(admin, OPEN_AGREEMENT, {
      id: outcomeId,
      key: newKey(),
      input: { title: 'Attendance freedoms', freedoms: ['Refer without thresholds'], parties: ['education', 'health'], conditionIndicatorIds: [absence, primary], reviewDate: laterDate(90) },
    });
    const id: string = opened.openOperatingAgreement.id;
    const order: string[] = opened.openOperatingAgreement.conditionIndicators.map((condition: { id: string }) => condition.id);
    /** The agreement as the gateway hands it over: each condition's status, in the order of `conditionIndicators`. */
    const sight = async (statuses: Record<string, Status>) =>
      (
        await partnership.ok(admin, SIGHTING, {
          representations: [{ __typename: 'OperatingAgreement', id, conditionIndicators: order.map((condition) => ({ __typename: 'EducationIndicator', status: statuses[condition] })) }],
        })
      )._entities[0];
    return { outcomeId, id, absence, primary, sight };
  }

  beforeAll(async () => {
    partnership = await startPartnership();
  });
  afterAll(() => partnership?.stop());

  it('warns when a condition is OFF_TRACK and names the conditions in trouble; AT_RISK alone is named but not a warning', async () => {
    const { absence, primary, sight } = await agreement();
    expect(await sight({ [absence]: 'ON_TRACK', [primary]: 'NOT_ENOUGH_DATA' })).toEqual({ warning: false, warningDetail: null, warnings: [] });
    const atRisk = await sight({ [absence]: 'AT_RISK', [primary]: 'ON_TRACK' });
    expect(atRisk).toMatchObject({ warning: false, warnings: [] });
    expect(atRisk.warningDetail).toBe(`Pupils persistently absent (${absence}) is at risk`);
    const offTrack = await sight({ [absence]: 'ON_TRACK', [primary]: 'OFF_TRACK' });
    expect(offTrack.warning).toBe(true);
    expect(offTrack.warningDetail).toBe(`Primary pupils persistently absent (${primary}) is off track`);
  });

  it('records a warning the first time it is seen in a review period, until a review closes it', async () => {
    const { outcomeId, id, absence, primary, sight } = await agreement();
    const trouble = { [absence]: 'OFF_TRACK', [primary]: 'AT_RISK' } as const;
    const first = await sight(trouble);
    // Each condition in trouble is named once (in indicator-id order; the ids here are random, hence the sort).
    expect(first.warningDetail.split('; ').sort()).toEqual([`Primary pupils persistently absent (${primary}) is at risk`, `Pupils persistently absent (${absence}) is off track`]);
    const recorded = await partnership.contents();
    // Seen again in the same period: the warning already stands, nothing more is written.
    expect((await sight(trouble)).warnings).toEqual([{ detail: first.warningDetail, open: true }]);
    expect(await partnership.contents()).toEqual(recorded);

    const nextReviewDate = laterDate(60);
    const reviewed = await partnership.ok(lead('health'), REVIEW, { id, key: newKey(), input: { decision: 'AMEND', whatChanged: 'Two attendance officers moved to the schools furthest off track', nextReviewDate } });
    expect(reviewed.reviewOperatingAgreement).toMatchObject({ state: 'open', reviewDate: nextReviewDate, reviews: [{ decision: 'AMEND' }] });
    expect((await sight({ [absence]: 'ON_TRACK', [primary]: 'ON_TRACK' })).warnings).toEqual([{ detail: first.warningDetail, open: false }]);

    // Still off track after the review: a new warning for the new period.
    expect((await sight({ [absence]: 'OFF_TRACK', [primary]: 'ON_TRACK' })).warning).toBe(true);
    const again = await sight({ [absence]: 'ON_TRACK', [primary]: 'ON_TRACK' });
    expect(again.warnings).toEqual([
      { detail: `Pupils persistently absent (${absence}) is off track`, open: true },
      { detail: first.warningDetail, open: false },
    ]);
    const { outcome } = await partnership.ok(admin, `query($id: ID!) { outcome(id: $id) { timeline { kind referenceId } } }`, { id: outcomeId });
    expect(outcome.timeline.filter((event: { kind: string }) => ['WARNING', 'AGREEMENT_REVIEWED'].includes(event.kind))).toEqual([
      { kind: 'WARNING', referenceId: id },
      { kind: 'AGREEMENT_REVIEWED', referenceId: id },
      { kind: 'WARNING', referenceId: id },
    ]);
  });

  it('shows an outcome as far off track as its worst indicator', async () => {
    const { outcomeId } = await agreement();
    const status = async (statuses: Status[]) =>
      (
        await partnership.ok(admin, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Outcome { status } } }`, {
          r: [{ __typename: 'Outcome', id: outcomeId, indicators: statuses.map((value) => ({ __typename: 'EducationIndicator', status: value })) }],
        })
      )._entities[0].status;
    expect(await status(['ON_TRACK', 'OFF_TRACK'])).toBe('OFF_TRACK');
    expect(await status(['AT_RISK', 'ON_TRACK'])).toBe('AT_RISK');
    expect(await status(['ON_TRACK', 'NOT_ENOUGH_DATA'])).toBe('NOT_ENOUGH_DATA');
    expect(await status(['ON_TRACK', 'ON_TRACK'])).toBe('ON_TRACK');
    expect(await status([])).toBe('NOT_ENOUGH_DATA');
  });

  it('marks a review overdue once its date has passed, until a review sets the next; an ended agreement is never overdue', async () => {
    const { id } = await agreement();
    const overdue = async () => (await partnership.ok(admin, `query($id: ID!) { _entities(representations: [{ __typename: "OperatingAgreement", id: $id }]) { ... on OperatingAgreement { reviewOverdue } } }`, { id }))._entities[0].reviewOverdue;
    expect(await overdue()).toBe(false);
    // Time passes: the review date the agreement was opened with is behind us.
    await sql`update operating_agreements set review_date = '2025-01-31' where agreement_id = ${id}`.execute(partnership.subgraph.database.db);
    expect(await overdue()).toBe(true);
    const nextReviewDate = laterDate(30);
    const continued = await partnership.ok(admin, REVIEW, { id, key: newKey(), input: { decision: 'CONTINUE', whatChanged: 'On track again', nextReviewDate } });
    expect(continued.reviewOperatingAgreement).toMatchObject({ reviewDate: nextReviewDate, reviewOverdue: false });
    const ended = await partnership.ok(admin, REVIEW, { id, key: newKey(), input: { decision: 'END', whatChanged: 'The freedoms are no longer needed' } });
    expect(ended.reviewOperatingAgreement.state).toBe('ended');
    await sql`update operating_agreements set review_date = '2025-01-31' where agreement_id = ${id}`.execute(partnership.subgraph.database.db);
    expect(await overdue()).toBe(false);
  });

  it('takes reviews from a party or the administrator, with a next date to go on and none to end; refusals write nothing', async () => {
    const { id } = await agreement();
    const before = await partnership.contents();
    const notParty = await partnership.refused(lead('housing'), REVIEW, { id, key: newKey(), input: { decision: 'CONTINUE', whatChanged: 'Fine', nextReviewDate: laterDate(30) } });
    expect(notParty.extensions).toMatchObject({ code: 'FORBIDDEN', agencies: ['education', 'health'] });
    for (const input of [
      { decision: 'CONTINUE', whatChanged: 'Fine' },
      { decision: 'AMEND', whatChanged: 'Changed', nextReviewDate: '2025-01-31' },
      { decision: 'END', whatChanged: 'Stop', nextReviewDate: laterDate(30) },
      { decision: 'CONTINUE', whatChanged: '  ', nextReviewDate: laterDate(30) },
    ]) {
      const refused = await partnership.refused(admin, REVIEW, { id, key: newKey(), input });
      expect(refused.extensions.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(await partnership.contents()).toEqual(before);

    await partnership.ok(lead('education'), REVIEW, { id, key: newKey(), input: { decision: 'END', whatChanged: 'Withdrawn' } });
    const { operatingAgreements } = await partnership.ok(admin, '{ operatingAgreements { id } }');
    expect(operatingAgreements).not.toContainEqual({ id });
    const ended = await partnership.contents();
    const afterEnd = await partnership.refused(admin, REVIEW, { id, key: newKey(), input: { decision: 'CONTINUE', whatChanged: 'Again', nextReviewDate: laterDate(30) } });
    expect(afterEnd.extensions.code).toBe('CONFLICT');
    expect(await partnership.contents()).toEqual(ended);
  });
});
