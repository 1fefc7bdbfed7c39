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
 * under what the method reached when they were set (recall 0.967–0.968
 * overall, precision 0.979–0.994 over two runs, with the 'related' given-name
 * level; see the README's linkage section), further under for the kinds
 * with few pairs here (date-swap has about 30: one pair is 0.03), since each
 * run encodes under a fresh random secret; raise them as it improves.
 */
const FLOORS: Record<string, number> = {
  none: 0.98,
  twin: 0.85,
  sibling: 0.94,
  'common-name': 0.92,
  'surname-change': 0.83,
  nickname: 0.87,
  typo: 0.85,
  'date-swap': 0.8,
  'date-typo': 0.75,
  moved: 0.92,
  blank: 0.89,
  duplicate: 0.95,
  format: 0.93,
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
    expect(report.metrics!.precision).toBeGreaterThanOrEqual(0.97);
    expect(report.metrics!.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.blocking!.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('reaches the pinned recall for every kind of noise', () => {
    const recall = Object.fromEntries(report.recallByNoise.map((kind) => [kind.kind, kind.recall]));
    for (const [kind, floor] of Object.entries(FLOORS)) expect(recall[kind], kind).toBeGreaterThanOrEqual(floor);
  });
});
