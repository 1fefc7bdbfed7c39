/**
 * The linkage benchmark on the hard evaluation set:
 *
 *   pnpm linkage:bench --database-url postgres://… [--sizes 10000,100000,1000000] [--seed 1998] [--data DIR]
 *
 * For each size it writes the hard set (once; kept under --data, by default
 * the system's temporary directory, for the next run), then runs the whole
 * evaluation in a child process, as `pnpm linkage:evaluate` would, so each
 * size's peak memory is its own. Prints precision, recall, F1, review band,
 * time and peak memory per size, and each size's time over the previous one's.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_NOISE_RATES, writeHardSet } from '@joined-up/synthetic/hard-set';
import type { EvaluationReport } from './evaluate-records.js';
import { percent } from './linkage-report.js';

export interface BenchRow {
  people: number;
  records: number;
  precision: number;
  recall: number;
  f1: number;
  reviewBand: number;
  /** Distinct records in the review band's pairs. */
  reviewBandRecords: number;
  seconds: number;
  peakRssMiB: number;
}

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      sizes: { type: 'string', default: '10000,100000,1000000' },
      seed: { type: 'string', default: '1998' },
      data: { type: 'string', default: join(tmpdir(), 'joined-up-hard-set') },
    },
  });
  const databaseUrl = values['database-url'] || process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('--database-url postgres://… is required: the benchmark runs on PostgreSQL.');
  const sizes = values.sizes!.split(',').map((size) => Number(size.replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 100)) throw new Error(`--sizes must be whole numbers of people (at least 100), got '${values.sizes}'.`);
  const seed = Number(values.seed);
  const rows: BenchRow[] = [];
  for (const people of sizes) {
    const dir = join(values.data!, `${people}-${seed}`);
    if (!existsSync(join(dir, 'voluntary.csv'))) {
      console.log(`Writing the hard set for ${people.toLocaleString('en-GB')} people to ${dir} …`);
      await writeHardSet(dir, { size: people, seed, rates: DEFAULT_NOISE_RATES });
    }
    console.log(`Linking ${people.toLocaleString('en-GB')} people …`);
    const started = performance.now();
    const report = await evaluateInChild(dir, databaseUrl);
    const seconds = (performance.now() - started) / 1000;
    const m = report.metrics!;
    rows.push({
      people,
      records: report.records,
      precision: m.precision,
      recall: m.recall,
      f1: m.f1,
      reviewBand: report.linkage.reviewBand,
      reviewBandRecords: report.linkage.reviewBandRecords,
      seconds,
      peakRssMiB: report.peakRssBytes / 2 ** 20,
    });
    console.log(formatBench(rows));
  }
}

/** The benchmark table; the last column is each size's time over the previous size's. */
export function formatBench(rows: readonly BenchRow[]): string {
  const lines = ['| people | records | precision | recall | F1 | review band: pairs (% of records) | records in the band | time | peak RSS (Node) | time ratio |', '|---|---|---|---|---|---|---|---|---|---|'];
  rows.forEach((row, i) => {
    const ratio = i === 0 ? '' : `${(row.seconds / rows[i - 1].seconds).toFixed(1)}×`;
    lines.push(
      `| ${row.people.toLocaleString('en-GB')} | ${row.records.toLocaleString('en-GB')} | ${row.precision.toFixed(4)} | ${row.recall.toFixed(4)} | ${row.f1.toFixed(4)} | ` +
        `${row.reviewBand.toLocaleString('en-GB')} (${percent(row.reviewBand, row.records)}) | ` +
        `${row.reviewBandRecords.toLocaleString('en-GB')} (${percent(row.reviewBandRecords, row.records)}) | ${row.seconds.toFixed(0)} s | ${row.peakRssMiB.toFixed(0)} MiB | ${ratio} |`,
    );
  });
  return lines.join('\n');
}

function evaluateInChild(dir: string, databaseUrl: string): Promise<EvaluationReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'evaluate-cli.ts'), '--records', dir, '--database-url', databaseUrl, '--json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`The evaluation of ${dir} exited with code ${code}.`));
      try {
        resolvePromise(JSON.parse(output) as EvaluationReport);
      } catch (error) {
        reject(new Error(`The evaluation of ${dir} printed no report: ${(error as Error).message}`));
      }
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
