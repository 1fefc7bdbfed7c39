import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { newKey, ok } from './engagement-officers.js';

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('the register of lessons, successes and failures (principles 7 and 9)', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('engagement-lessons');
  });
  afterAll(() => federation?.stop());

  const search = async (words: string, extra = '') =>
    ids((await ok(federation, `{ lessons(search: ${JSON.stringify(words)}${extra}) { id } }`)).lessons);

  it('finds lessons by stemmed words: "truanting" finds "truancy"', async () => {
    const found = await search('truanting');
    expect(found).toEqual(expect.arrayContaining(['LES-LAMBETH-PANEL-WITHOUT-SCHOOLS', 'LES-KENT-STEP', 'LES-LEWISHAM-NURSE-FOLLOW-UP']));
    expect(found).not.toContain('LES-LAMBETH-FAMILY-MEDIATION');
    // The lesson with the word in its title ranks first.
    expect(found[0]).toBe('LES-LAMBETH-PANEL-WITHOUT-SCHOOLS');
    // Web-search syntax: leave out a word, or ask for either.
    expect(await search('truancy -nurses')).not.toContain('LES-LEWISHAM-NURSE-FOLLOW-UP');
    expect(await search('mediation or camhs')).toEqual(expect.arrayContaining(['LES-LAMBETH-FAMILY-MEDIATION', 'LES-LAMBETH-CAMHS-FAST-TRACK']));
    expect(await search('truancy', ', kind: SUCCESS')).not.toContain('LES-LAMBETH-PANEL-WITHOUT-SCHOOLS');
    expect(await search('the and of')).toEqual([]);
  });

  it('reports every bad argument of the register at once', async () => {
    const response = await federation.query(`{ lessons(limit: 0, search: "${'truancy '.repeat(30)}") { id } }`);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.problems.map((problem: { field: string }) => problem.field)).toEqual(['limit', 'search']);
    expect(response.errors?.[0].message).not.toMatch(/Nothing was changed/);
  });

  it('links lessons to outcomes with their evidence, and suggests lessons from outcomes measured alike, in the same place or on the same tags', async () => {
    const data = await ok(
      federation,
      `{ outcome(id: "OUT-LAMBETH-YOUTH-CRIME") { lessons { id kind evidence { period value indicator { id } } } }
         lessonsLike(outcomeId: "OUT-LAMBETH-YOUTH-CRIME") { lesson { id outcome { id } } score reasons } }`,
    );
    const lessons = Object.fromEntries(data.outcome.lessons.map((lesson: { id: string }) => [lesson.id, lesson]));
    // The pooled budget lesson belongs to the outcome through its operating agreement.
    expect(Object.keys(lessons).sort()).toEqual(['LES-KENT-STEP', 'LES-LAMBETH-PANEL-WITHOUT-SCHOOLS', 'LES-LAMBETH-POOLED-BUDGET-DELAY', 'LES-LAMBETH-TRIAGE']);
    expect(lessons['LES-LAMBETH-TRIAGE'].evidence.map((evidence: { period: string }) => evidence.period)).toEqual(['2023-Q3', '2024-Q3']);
    expect(lessons['LES-LAMBETH-TRIAGE'].evidence[0].indicator.id).toBe('IND-LAMBETH-FIRST-TIME-ENTRANTS');

    const like = data.lessonsLike;
    expect(like.map((similar: { lesson: { id: string } }) => similar.lesson.id)).toEqual([
      'LES-LEWISHAM-EMPTY-YOUTH-SESSIONS',
      'LES-LEWISHAM-NURSE-FOLLOW-UP',
      'LES-LAMBETH-CAMHS-FAST-TRACK',
      'LES-LAMBETH-FAMILY-MEDIATION',
    ]);
    expect(like[1]).toMatchObject({ score: 4, reasons: ['measures persistent-absence too', 'tagged truancy'] });
    expect(like[3]).toMatchObject({ score: 2, reasons: ['same area (Lambeth)'] });
    expect(like.every((similar: { lesson: { outcome: { id: string } | null } }) => similar.lesson.outcome?.id !== 'OUT-LAMBETH-YOUTH-CRIME')).toBe(true);
  });

  it('records a lesson with its evidence checked against the indicators, once per request, and makes it searchable', async () => {
    const record = (evidence: string, key = newKey('lesson')) =>
      federation.query(
        `mutation { recordLesson(input: { kind: FAILURE, title: "Exclusions rose when the panel paused", tried: "The panel paused over the summer holidays.",
            happened: "Two panel young people were excluded in September before anyone met.", tags: ["exclusion", "case-panel"],
            outcomeId: "OUT-LAMBETH-YOUTH-CRIME", evidence: [${evidence}] }, idempotencyKey: "${key}") { id evidence { period value } recordedBy { id } } }`,
        { as: officers.educationCaseworker },
      );
    const count = async () => (await ok(federation, '{ lessons(limit: 100) { id } }')).lessons.length;
    const before = await count();
    const bad: [string, string][] = [
      ['{ indicatorId: "IND-NOWHERE", period: "2025-09", value: 3, capturedAt: "2025-10-15T09:00:00Z" }', 'NOT_FOUND'],
      ['{ indicatorId: "IND-LAMBETH-FIRST-TIME-ENTRANTS", period: "2025-09", value: 3, capturedAt: "2025-10-15T09:00:00Z" }', 'BAD_USER_INPUT'],
      ['{ indicatorId: "IND-LAMBETH-PERSISTENT-ABSENCE", period: "2025-Q3", value: 3, capturedAt: "2025-10-15T09:00:00Z" }', 'BAD_USER_INPUT'],
      ['{ indicatorId: "IND-LAMBETH-PERSISTENT-ABSENCE", period: "2025-11", value: 3, capturedAt: "2025-10-15T09:00:00Z" }', 'BAD_USER_INPUT'],
      ['{ indicatorId: "IND-LAMBETH-PERSISTENT-ABSENCE", period: "2025-09", value: 3, capturedAt: "yesterday" }', 'BAD_USER_INPUT'],
      ['{ indicatorId: "IND-LAMBETH-PERSISTENT-ABSENCE", period: "2025-09", value: 3, capturedAt: "2999-01-01T00:00:00Z" }', 'BAD_USER_INPUT'],
      ['{ indicatorId: "IND-LAMBETH-PERSISTENT-ABSENCE", period: "2025-09", value: 3, capturedAt: "2025-02-31T09:00:00Z" }', 'BAD_USER_INPUT'],
    ];
    for (const [evidence, code] of bad) expect((await record(evidence)).errors?.[0].extensions?.code, evidence).toBe(code);
    expect(await count()).toBe(before);

    const key = newKey('lesson');
    const good = '{ indicatorId: "IND-LAMBETH-PERSISTENT-ABSENCE", period: "2025-09", value: 31.5, capturedAt: "2025-10-15T09:00:00Z" }, { indicatorId: "IND-LAMBETH-FIRST-TIME-ENTRANTS", period: "2025-Q3", value: 2, capturedAt: "2025-10-15T09:00:00Z" }';
    const [first, resent] = [await record(good, key), await record(good, key)];
    expect(first.errors).toBeUndefined();
    expect(resent.data.recordLesson.id).toBe(first.data.recordLesson.id);
    expect(first.data.recordLesson).toMatchObject({ recordedBy: { id: 'education-caseworker' } });
    expect(first.data.recordLesson.evidence).toEqual(expect.arrayContaining([{ period: '2025-09', value: 31.5 }, { period: '2025-Q3', value: 2 }]));
    expect(await count()).toBe(before + 1);
    // "excluding" (stem exclud) finds "Exclusions" (exclus) and "excluded".
    expect(await search('excluding')).toContain(first.data.recordLesson.id);
  });

  it('refuses a lesson linked to nothing, or to an agreement of another outcome', async () => {
    const attempt = (links: string) =>
      federation.query(
        `mutation { recordLesson(input: { kind: SUCCESS, title: "T", tried: "T", happened: "H" ${links} }, idempotencyKey: "${newKey('lesson')}") { id } }`,
        { as: officers.partnershipAdmin },
      );
    expect((await attempt('')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await attempt(', outcomeId: "OUT-LAMBETH-SELF-HARM", agreementId: "OA-LAMBETH-YOUTH-POOLED-BUDGET"')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownArea = await attempt(', areaCode: "E09000099", tags: ["Not A Tag"]');
    expect(unknownArea.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownArea.errors?.[0].extensions?.problems.map((problem: { field: string }) => problem.field)).toEqual(['input.tags', 'input.areaCode']);
    expect((await attempt(', tags: ["Not A Tag"], areaCode: "E09000022"')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
