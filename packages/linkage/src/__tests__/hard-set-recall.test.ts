import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { DEFAULT_NOISE_RATES, writeHardSet } from '@joined-up/synthetic/hard-set';
import { evaluateRecords, type EvaluationReport } from '../evaluate-records.js';

/**
 * Recall pinned per kind of messiness on a small hard set (1,500 people,
 * about 2,500 records), so that a change which loses, say, the married names
 * fails here even when the overall score hardly moves. Floors sit a little
 * under the lowest of four runs when they were set (recall 0.970 overall,
 * precision 0.990–0.998, review band 73 pairs, with the same-date session
 * estimating the family name's u and the match threshold at 0.85; see the
 * README's linkage section), further under for the kinds with few pairs here
 * (date-swap has about 30: one pair is 0.03), since each run encodes under a
 * fresh random secret; raise them as it improves.
 */
const FLOORS: Record<string, number> = {
  none: 0.98,
  twin: 0.9,
  sibling: 0.95,
  'common-name': 0.94,
  // 0.976 (41 of 42; the 42nd no blocking rule proposes) in two runs since moves that other people's pairs
  // show count as one address (`applyKnownMoves`); 0.88–0.93 without, so this fails if that goes.
  'surname-change': 0.95,
  nickname: 0.89,
  typo: 0.87,
  'date-swap': 0.82,
  'date-typo': 0.78,
  moved: 0.93,
  blank: 0.91,
  // 146–148 of 152 in five runs since a link may join two of one agency's records only when their own pair is plausible.
  duplicate: 0.95,
  format: 0.945,
};

describe('linkage on the hard set, kind by kind', () => {
  let shared: TestDatabaseOptions;
  let dir: string;
  let report: EvaluationReport;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-hard-set');
    dir = await mkdtemp(join(tmpdir(), 'linkage-hard-set-'));
    await writeHardSet(dir, { size: 1500, seed: 1998, rates: DEFAULT_NOISE_RATES });
    // 200,000 random pairs for u instead of a million: at 2,500 records a million is nearly every pair, and the slowest step on PGlite.
    report = await evaluateRecords({ recordsDir: dir, databaseUrl: shared.env?.DATABASE_URL, link: { uSamplePairs: 200_000 } });
    if (process.env.SHOW_REPORT) console.log(JSON.stringify(report.recallByNoise), report.metrics, report.linkage.reviewBand, report.records);
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await shared?.drop();
  });

  it('keeps precision high and blocking recall near complete', () => {
    expect(report.metrics!.precision).toBeGreaterThanOrEqual(0.975);
    expect(report.metrics!.recall).toBeGreaterThanOrEqual(0.955);
    expect(report.blocking!.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('leaves few pairs for clerical review', () => {
    // 2.9% of records here; a small set trains on fewer pairs, so the band is wider than at 10,000 people (1.6%).
    expect(report.linkage.reviewBand / report.records).toBeLessThan(0.035);
  });

  it('reaches the pinned recall for every kind of noise', () => {
    const recall = Object.fromEntries(report.recallByNoise.map((kind) => [kind.kind, kind.recall]));
    for (const [kind, floor] of Object.entries(FLOORS)) expect(recall[kind], kind).toBeGreaterThanOrEqual(floor);
  });
});
