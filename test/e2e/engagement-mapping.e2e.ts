import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { newKey, ok } from './engagement-officers.js';

const MAP = 'CON-LEWISHAM-COMMUNITY-MAP';
const COUNTS = 'entries { value suppressed } needs { value } assets { value } stories { value }';

describe('the Lewisham community map (principle 8)', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('engagement-mapping');
  });
  afterAll(() => federation?.stop());

  it('aggregates needs, assets and stories by theme and place under disclosure control, linked to the outcomes', async () => {
    const { consultation } = await ok(
      federation,
      `{ consultation(id: "${MAP}") { kind area { code } outcomes { id } sessions { title }
          communityMap { total { ${COUNTS} } themes { theme { id outcomes { id } } counts { ${COUNTS} } } areas { area { code kind } counts { entries { value suppressed } } } }
          basketResults(round: FIRST) { baskets { value } } } }`,
    );
    expect(consultation).toMatchObject({ kind: 'COMMUNITY_MAPPING', area: { code: 'E09000023' }, basketResults: null });
    expect(consultation.outcomes.map((outcome: { id: string }) => outcome.id)).toEqual(['OUT-LEWISHAM-SCHOOL-ATTENDANCE', 'OUT-LEWISHAM-YOUTH-PARTICIPATION']);
    expect(consultation.sessions).toHaveLength(2);
    const map = consultation.communityMap;
    // 5 themes × 9 points × raised 3 times = 135 entries: 60 needs, 45 assets, 30 stories.
    expect(map.total).toEqual({ entries: { value: 135, suppressed: false }, needs: { value: 60 }, assets: { value: 45 }, stories: { value: 30 } });
    const themes = Object.fromEntries(map.themes.map((summary: { theme: { id: string } }) => [summary.theme.id, summary]));
    expect(Object.keys(themes).sort()).toEqual(['community-safety', 'health', 'housing', 'learning', 'young-people']);
    // 27 entries per theme, published rounded to 25; 12 needs, 9 assets and 6 stories each (6 suppressed).
    expect(themes.learning.counts).toEqual({ entries: { value: 25, suppressed: false }, needs: { value: 10 }, assets: { value: 10 }, stories: { value: null } });
    expect(themes['community-safety'].theme.outcomes).toEqual([{ id: 'OUT-LAMBETH-YOUTH-CRIME' }]);
    expect(themes.learning.theme.outcomes).toEqual([{ id: 'OUT-LEWISHAM-SCHOOL-ATTENDANCE' }]);
    // Small areas come out suppressed; every place is Lewisham or one of its LSOAs.
    const lsoas = map.areas.filter((summary: { area: { kind: string } }) => summary.area.kind === 'LSOA');
    expect(lsoas.length).toBeGreaterThan(10);
    expect(lsoas.every((summary: { counts: { entries: { suppressed: boolean; value: number | null } } }) => summary.counts.entries.suppressed || summary.counts.entries.value! % 5 === 0)).toBe(true);
    expect(lsoas.some((summary: { counts: { entries: { suppressed: boolean } } }) => summary.counts.entries.suppressed)).toBe(true);
    expect(map.areas.every((summary: { area: { code: string } }) => summary.area.code === 'E09000023' || summary.area.code.startsWith('E0100'))).toBe(true);
  });

  it('lists the partnership themes and the outcomes each speaks to', async () => {
    const { mappingThemes } = await ok(federation, '{ mappingThemes { id name outcomes { id } } }');
    const youngPeople = mappingThemes.find((theme: { id: string }) => theme.id === 'young-people');
    expect(youngPeople.outcomes.map((outcome: { id: string }) => outcome.id)).toEqual(['OUT-LAMBETH-YOUTH-CRIME', 'OUT-LEWISHAM-YOUTH-PARTICIPATION']);
  });

  it('puts an entry on a place within the borough and a known theme, and refuses anything else', async () => {
    const add = (input: string) =>
      federation.query(`mutation { addMappingEntry(consultationId: "${MAP}", input: { ${input} }, idempotencyKey: "${newKey('entry')}") { id kind areaCode theme { id } } }`, {
        as: officers.partnershipAdmin,
      });
    const cases: [string, string][] = [
      ['kind: NEED, areaCode: "E01003013", themeId: "learning", text: "A Lambeth LSOA"', 'BAD_USER_INPUT'],
      ['kind: NEED, areaCode: "Lewisham", themeId: "learning", text: "Not a GSS code"', 'BAD_USER_INPUT'],
      ['kind: NEED, areaCode: "E01999999", themeId: "learning", text: "Unknown area"', 'BAD_USER_INPUT'],
      ['kind: NEED, areaCode: "E01003195", themeId: "weather", text: "Unknown theme"', 'BAD_USER_INPUT'],
      ['kind: NEED, areaCode: "E01003195", themeId: "learning", text: "   "', 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) expect((await add(input)).errors?.[0].extensions?.code, input).toBe(code);

    const added = await add('kind: ASSET, areaCode: "E01003195", themeId: "young-people", text: "The skate park volunteers", sessionId: "SES-LEWISHAM-DAY-2"');
    expect(added.errors).toBeUndefined();
    expect(added.data.addMappingEntry).toMatchObject({ kind: 'ASSET', areaCode: 'E01003195', theme: { id: 'young-people' } });
    const entriesQuery = `{ consultation(id: "${MAP}") { mapEntries(areaCode: "E01003195", themeId: "young-people", kind: ASSET) { text } } }`;
    const { consultation } = await ok(federation, entriesQuery, { as: officers.partnershipAdmin });
    expect(consultation.mapEntries.map((entry: { text: string }) => entry.text)).toContain('The skate park volunteers');
    const asAnalyst = await federation.query(`{ consultation(id: "${MAP}") { communityMap { total { entries { value } } } mapEntries { text } } }`, {
      as: officers.policeAnalyst,
    });
    expect(asAnalyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(asAnalyst.data.consultation.mapEntries).toBeNull();
    expect(asAnalyst.data.consultation.communityMap.total.entries.value).toBeGreaterThan(0);
    expect(asAnalyst.text).not.toContain('The skate park volunteers');

    const basketOnMap = await federation.query(
      `mutation { submitBasket(consultationId: "${MAP}", sessionId: "SES-LEWISHAM-DAY-1", participantId: "nobody", round: FIRST, items: [{ optionId: "x", amount: 1 }], idempotencyKey: "${newKey('basket')}") { id } }`,
      { as: officers.partnershipAdmin },
    );
    expect(basketOnMap.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
