import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { discloseValue, findMeasure, Granularity, lastMonthOf, firstMonthOf, monthIndex, Polarity, seriesRange, trajectoryStatus, trendOf } from '@joined-up/indicators';
import { addMonths, discloseCount } from '@joined-up/statistics';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { referenceMeasures } from './indicators/reference-measures.js';

/** Month ranges asked of every indicator: the default, the README's year, one wider than the data, one short. */
const RANGES = [
  { alias: 'standard', from: null, to: null },
  { alias: 'year', from: '2025-01', to: '2025-12' },
  { alias: 'wide', from: '2021-01', to: '2031-12' },
  { alias: 'short', from: '2024-02', to: '2024-04' },
] as const;

const VALUE_FIELDS = 'period count denominator value suppressed';
const INDICATOR_FIELDS = `id measure areaCode granularity polarity baseline baselinePeriod target targetDate agency { id } trend status
  ${RANGES.map(({ alias, from, to }) => `${alias}: values${from ? `(from: "${from}", to: "${to}")` : ''} { ${VALUE_FIELDS} }`).join('\n  ')}`;

interface PublishedIndicator {
  id: string;
  measure: string;
  areaCode: string;
  granularity: Granularity;
  polarity: Polarity;
  baseline: number;
  baselinePeriod: string;
  target: number;
  targetDate: string;
  agency: { id: string };
  trend: string;
  status: string;
  [range: string]: unknown;
}

const LAMBETH_LSOA = 'E01003013';

describe('live indicator values, pinned against independent computations', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('indicator-values');
    // Every measure of the catalogue, monthly and quarterly, for one LSOA, besides the seeded borough indicators.
    const proposed = await federation.query(
      `mutation($input: ProposeOutcomeInput!, $key: String!) { proposeOutcome(input: $input, idempotencyKey: $key) { id } }`,
      {
        as: officers.partnershipAdmin,
        variables: {
          key: randomUUID(),
          input: { title: 'Every measure', mischief: 'Pinning values', description: 'For tests', areaCode: LAMBETH_LSOA, startDate: '2024-01-01', targetDate: '2027-12-31' },
        },
      },
    );
    expect(proposed.errors).toBeUndefined();
    for (const [agencyId, measures] of Object.entries(referenceMeasures)) {
      for (const measure of Object.keys(measures)) {
        for (const granularity of [Granularity.MONTH, Granularity.QUARTER]) {
          const added = await federation.query(
            `mutation($outcomeId: ID!, $input: AddIndicatorInput!, $key: String!) { addIndicator(outcomeId: $outcomeId, input: $input, idempotencyKey: $key) { id } }`,
            {
              as: officers.partnershipAdmin,
              variables: {
                outcomeId: proposed.data.proposeOutcome.id,
                key: randomUUID(),
                input: { agencyId, measure, granularity, polarity: 'LOWER_IS_BETTER', baseline: 10, baselinePeriod: '2024-01', target: 5, targetDate: '2027-06-30' },
              },
            },
          );
          expect(added.errors).toBeUndefined();
        }
      }
    }
  });
  afterAll(() => federation?.stop());

  async function publishedIndicators(areaCode: string): Promise<PublishedIndicator[]> {
    const response = await federation.query(`query($area: ID!) { outcomes(areaCode: $area) { indicators { ${INDICATOR_FIELDS} } } }`, {
      as: officers.partnershipAnalyst,
      variables: { area: areaCode },
    });
    expect(response.errors).toBeUndefined();
    return response.data.outcomes.flatMap((outcome: { indicators: PublishedIndicator[] }) => outcome.indicators);
  }

  it('gives every indicator, range, trend and status exactly as the per-period reference statements do', async () => {
    let compared = 0;
    for (const areaCode of ['E09000022', 'E09000023', LAMBETH_LSOA]) {
      for (const indicator of await publishedIndicators(areaCode)) {
        const reference = referenceMeasures[indicator.agency.id][indicator.measure];
        const rows = await reference(federation.subgraphs.get(indicator.agency.id)!.database.db, {
          areaCodes: [indicator.areaCode],
          granularity: indicator.granularity,
          ...seriesRange(indicator.granularity),
        });
        const per = findMeasure(indicator.agency.id, indicator.measure)?.per ?? null;
        const series = rows.sort((a, b) => (a.period < b.period ? -1 : 1)).map((row) => discloseValue(row, per));
        const label = `${indicator.id} ${indicator.granularity}`;
        for (const { alias, from, to } of RANGES) {
          const last = to ?? lastMonthOf(series[series.length - 1].period);
          const first = from ?? addMonths(last, -11);
          const expected = series.filter((value) => lastMonthOf(value.period) >= first && firstMonthOf(value.period) <= last);
          expect(indicator[alias], `${label} ${alias}`).toEqual(expected);
          expect((indicator[alias] as unknown[]).length, `${label} ${alias}`).toBeGreaterThan(0);
        }
        const values = series.map((value) => value.value);
        expect(indicator.trend, label).toBe(trendOf(values, indicator.polarity));
        expect(indicator.status, label).toBe(
          trajectoryStatus(values, monthIndex(lastMonthOf(series[series.length - 1].period)), {
            polarity: indicator.polarity,
            baseline: indicator.baseline,
            baselineMonth: monthIndex(indicator.baselinePeriod),
            target: indicator.target,
            targetMonth: monthIndex(indicator.targetDate.slice(0, 7)),
          }),
        );
        compared++;
      }
    }
    // Seeded borough indicators plus every measure twice for the LSOA.
    expect(compared).toBeGreaterThanOrEqual(10 + 18);
  });

  it('counts youth offences as the offences and suspects\' own rows say, month by month', async () => {
    const [offences] = (await publishedIndicators('E09000022')).filter((indicator) => indicator.measure === 'youth-offences');
    const { rows } = await sql<{ offence_id: string; committed: string; born: string | null }>`
      select o.offence_id, to_char(o.committed_on, 'YYYY-MM-DD') as committed, to_char(n.date_of_birth, 'YYYY-MM-DD') as born
      from offences o
      join offence_involvements i on i.offence_id = o.offence_id and i.role = 'suspect'
      join nominals n on n.nominal_id = i.nominal_id
      where o.local_authority_code = 'E09000022' and o.committed_on >= '2025-01-01' and o.committed_on < '2026-01-01'`.execute(
      federation.subgraphs.get('police')!.database.db,
    );
    const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
    const youthOffences = new Set(
      rows.filter((row) => row.born !== null && row.born <= yearsBefore(row.committed, 10) && row.born > yearsBefore(row.committed, 18)).map((row) => `${row.committed.slice(0, 7)}|${row.offence_id}`),
    );
    const values = offences.year as { period: string; count: number }[];
    expect(values).toHaveLength(12);
    for (const value of values) {
      const count = [...youthOffences].filter((key) => key.startsWith(`${value.period}|`)).length;
      expect(value.count, value.period).toBe(discloseCount(count).value);
    }
    expect(youthOffences.size).toBeGreaterThan(0);
  });

  it('counts households in temporary accommodation on the last day of each quarter from the placements\' own rows', async () => {
    const [placed] = (await publishedIndicators('E09000022')).filter((indicator) => indicator.measure === 'temporary-accommodation');
    const { rows } = await sql<{ household_id: string; started: string; ended: string | null }>`
      select t.household_id, to_char(t.started_on, 'YYYY-MM-DD') as started, to_char(t.ended_on, 'YYYY-MM-DD') as ended
      from temporary_accommodation t join households h on h.household_id = t.household_id
      where h.local_authority_code = 'E09000022'`.execute(federation.subgraphs.get('housing')!.database.db);
    const lastDays: Record<string, string> = { Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31' };
    const values = placed.wide as { period: string; count: number }[];
    expect(values.length).toBeGreaterThan(10);
    let total = 0;
    for (const value of values) {
      const lastDay = `${value.period.slice(0, 4)}-${lastDays[value.period.slice(5)]}`;
      const households = new Set(rows.filter((row) => row.started <= lastDay && (row.ended === null || row.ended >= lastDay)).map((row) => row.household_id));
      total += households.size;
      expect(value.count, value.period).toBe(discloseCount(households.size).value);
    }
    expect(total).toBeGreaterThan(0);
  });
});
