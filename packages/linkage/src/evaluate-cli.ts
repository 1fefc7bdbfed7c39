/**
 * Measures linkage on a directory of agency CSVs:
 *
 *   npx tsx packages/linkage/src/evaluate-cli.ts --records DIR [--database-url URL]
 *       [--match-threshold 0.85] [--review-threshold 0.5] [--max-block-size 1000] [--json] [--keep-schema] [--chart FILE.svg]
 *
 * One file per agency, named <agency>.csv, with the header
 * record_id,given_name,family_name,date_of_birth,sex,postcode and optionally
 * true_id and noise (the synthetic population's `linkage-csv.ts` writes these). Without
 * --database-url (or DATABASE_URL) it runs on an in-memory PGlite.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateRecords } from './evaluate-records.js';
import { formatReport } from './linkage-report.js';
import { writeWeightChart } from './weight-chart.js';

export async function main(argv: string[] = process.argv.slice(2), write: (text: string) => void = (text) => console.log(text)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      records: { type: 'string' },
      'database-url': { type: 'string' },
      'match-threshold': { type: 'string' },
      'review-threshold': { type: 'string' },
      'max-block-size': { type: 'string' },
      json: { type: 'boolean', default: false },
      'keep-schema': { type: 'boolean', default: false },
      chart: { type: 'string' },
    },
  });
  if (!values.records) throw new Error('--records DIR is required: a directory holding one <agency>.csv per agency.');
  const report = await evaluateRecords({
    recordsDir: values.records,
    databaseUrl: values['database-url'] || process.env.DATABASE_URL || undefined,
    link: {
      matchThreshold: optionalNumber('match-threshold', values['match-threshold']),
      reviewThreshold: optionalNumber('review-threshold', values['review-threshold']),
      maxBlockSize: optionalNumber('max-block-size', values['max-block-size']),
    },
    keepSchema: values['keep-schema'],
    log: values.json ? undefined : (line) => write(line),
  });
  write(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (values.chart) {
    const scores = report.metrics ? `: precision ${report.metrics.precision.toFixed(4)}, recall ${report.metrics.recall.toFixed(4)}` : '';
    await writeWeightChart(
      values.chart,
      report.linkage.weightHistogram,
      { match: report.linkage.matchWeightThreshold, review: report.linkage.reviewWeightThreshold },
      `Match weights of ${report.linkage.pairsScored.toLocaleString('en-GB')} candidate pairs, ${report.records.toLocaleString('en-GB')} records${scores}`,
    );
    if (!values.json) write(`Chart written to ${values.chart}`);
  }
}

function optionalNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got '${value}'.`);
  return parsed;
}

// Run when invoked as a script, not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
