import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sql } from 'kysely';
import { createDatabase } from '@joined-up/db';
import { readCsvRows } from './csv-reader.js';
import { createRecordEncoder } from './encode-record.js';
import { linkRecords, type LinkageResult, type LinkRecordsOptions } from './link-records.js';
import { createLinkageTables } from './linkage-tables.js';
import type { LinkageSourceRecord, LinkageToken } from './linkage-record.js';
import { pairwiseMetrics, type PairwiseMetrics } from './pairwise-metrics.js';
import { storeEncodings } from './store-encodings.js';

export interface EvaluationOptions {
  /** Directory of `<agency>.csv` files. */
  recordsDir: string;
  /** PostgreSQL to run on (a fresh schema is made and dropped); in-memory PGlite when absent. */
  databaseUrl?: string;
  link?: LinkRecordsOptions;
  /** Leave the schema (PostgreSQL only) for inspecting pairs and the model afterwards. */
  keepSchema?: boolean;
  /** Progress lines, as each stage finishes. */
  log?: (line: string) => void;
}

export interface EvaluationReport {
  engine: string;
  recordsByAgency: Record<string, number>;
  records: number;
  linkage: Omit<LinkageResult, 'clusters'> & { clusters: number };
  /** Null when the files carry no `true_id` column. */
  metrics: PairwiseMetrics | null;
  /** Milliseconds reading and encoding (as the agencies would), and storing at the partnership. */
  encodingMs: number;
  storingMs: number;
  totalMs: number;
  /** Peak resident memory of this process, bytes (PGlite runs inside it; a PostgreSQL server does not). */
  peakRssBytes: number;
}

const REQUIRED = ['record_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode'] as const;

/**
 * Encodes each agency's CSV with a fresh random secret, exactly as the
 * agencies would, stores and links the tokens, and scores the result against
 * `true_id` where the files have it. Records stream from disk to the
 * database, so memory holds the truth map and the clusters, not the records.
 */
export async function evaluateRecords(options: EvaluationOptions): Promise<EvaluationReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const files = (await readdir(options.recordsDir)).filter((name) => name.endsWith('.csv')).sort();
  if (files.length === 0) throw new Error(`No .csv files in ${options.recordsDir}: expected one file per agency, named <agency>.csv.`);

  const schema = `linkage_eval_${randomBytes(4).toString('hex')}`;
  const database = await createDatabase<any>({
    schema,
    env: options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {},
    memoryName: schema,
  });
  const engine = database.description;
  log(`Database: ${engine}`);
  try {
    await createLinkageTables(database.db);
    const secret = randomBytes(32).toString('base64url');
    const encode = createRecordEncoder(secret);
    const truth = new Map<string, string>();
    const recordsByAgency: Record<string, number> = {};
    let encodingMs = 0;
    let storingMs = 0;

    for (const file of files) {
      const agencyId = basename(file, '.csv');
      const stageStart = performance.now();
      let encodingInAgency = 0;
      const tokens = async function* (): AsyncGenerator<LinkageToken> {
        for await (const { record, trueId } of readAgencyRecords(join(options.recordsDir, file))) {
          const encodeStart = performance.now();
          const token = encode(record);
          encodingInAgency += performance.now() - encodeStart;
          if (trueId !== null) truth.set(recordKey(agencyId, record.recordId), trueId);
          yield token;
        }
      };
      recordsByAgency[agencyId] = await storeEncodings(database.db, agencyId, tokens());
      const elapsed = performance.now() - stageStart;
      encodingMs += encodingInAgency;
      storingMs += elapsed - encodingInAgency;
      log(`${agencyId}: ${recordsByAgency[agencyId]} records read, encoded and stored in ${Math.round(elapsed)} ms`);
    }

    const result = await linkRecords(database.db, {
      ...options.link,
      // A million records is minutes of SQL: say as each stage ends, so a log shows where the time goes.
      onStage: (stage, ms) => {
        options.link?.onStage?.(stage, ms);
        log(`linkage ${stage}: ${(ms / 1000).toFixed(1)} s`);
      },
    });
    const records = Object.values(recordsByAgency).reduce((sum, count) => sum + count, 0);
    const metrics =
      truth.size > 0 ? pairwiseMetrics(result.clusters.map((cluster) => cluster.map((ref) => recordKey(ref.agencyId, ref.recordId))), truth) : null;
    const { clusters, ...linkage } = result;
    return {
      engine,
      recordsByAgency,
      records,
      linkage: { ...linkage, clusters: clusters.length },
      metrics,
      encodingMs: Math.round(encodingMs),
      storingMs: Math.round(storingMs),
      totalMs: Math.round(performance.now() - started),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    if (options.keepSchema && options.databaseUrl) log(`Kept schema ${schema} for inspection.`);
    else if (options.databaseUrl) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db).catch(() => undefined);
    await database.destroy();
  }
}

/** One agency file's records, with the true person where the file has a `true_id` column. */
async function* readAgencyRecords(path: string): AsyncGenerator<{ record: LinkageSourceRecord; trueId: string | null }> {
  let columns: Record<string, number> | null = null;
  for await (const row of readCsvRows(createReadStream(path, { highWaterMark: 1 << 20 }))) {
    if (!columns) {
      columns = Object.fromEntries(row.map((name, index) => [String(name ?? '').trim(), index]));
      const missing = REQUIRED.filter((name) => !(name in columns!));
      if (missing.length > 0) throw new Error(`${path} lacks the column(s) ${missing.join(', ')}; the header must include ${REQUIRED.join(',')}.`);
      continue;
    }
    const at = (name: string) => (columns![name] === undefined ? null : (row[columns![name]] ?? null));
    const recordId = at('record_id');
    if (!recordId) throw new Error(`${path} has a row without a record_id.`);
    yield {
      record: {
        recordId,
        givenName: at('given_name'),
        familyName: at('family_name'),
        dateOfBirth: at('date_of_birth'),
        sex: at('sex'),
        postcode: at('postcode'),
        localAuthorityCode: at('local_authority_code'),
      },
      trueId: at('true_id'),
    };
  }
}

function recordKey(agencyId: string, recordId: string): string {
  return `${agencyId}\u0000${recordId}`;
}

/** The report as printed by the command. */
export function formatReport(report: EvaluationReport): string {
  const lines: string[] = [];
  const number = (value: number) => value.toLocaleString('en-GB');
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  lines.push(`Engine: ${report.engine}`);
  lines.push('Records per agency:');
  for (const [agency, count] of Object.entries(report.recordsByAgency)) lines.push(`  ${agency.padEnd(12)} ${number(count).padStart(10)}`);
  lines.push(`  ${'total'.padEnd(12)} ${number(report.records).padStart(10)}`);
  const linkage = report.linkage;
  lines.push(`Candidate pairs: ${number(linkage.pairsScored)} (skipped in over-large blocks: ${number(linkage.pairsSkipped)})`);
  for (const [rule, pairs] of Object.entries(linkage.pairsByRule)) lines.push(`  ${rule.padEnd(16)} ${number(pairs).padStart(12)} proposed`);
  lines.push(`Links: ${number(linkage.pairsLinked)}; review band: ${number(linkage.reviewBand)} pairs; estimated matching pairs: ${number(Math.round(linkage.matchingPairs))}`);
  for (const session of linkage.training) {
    lines.push(
      `  EM session "${session.name}": ${number(session.pairsSampled)} of ${number(session.pairsInBlocks)} pairs, ` +
        `${(session.lambda * 100).toFixed(1)}% matches, ${session.iterations} iterations${session.converged ? '' : ' (not converged)'}`,
    );
  }
  if (report.metrics) {
    const m = report.metrics;
    lines.push(`Pairwise precision: ${m.precision.toFixed(4)}`);
    lines.push(`Pairwise recall:    ${m.recall.toFixed(4)}`);
    lines.push(`Pairwise F1:        ${m.f1.toFixed(4)}`);
    lines.push(`True pairs: ${number(m.truePairs)}; found pairs: ${number(m.foundPairs)}; correct: ${number(m.correctPairs)}`);
    lines.push(`Clusters: true ${number(m.trueClusters)}, found ${number(m.foundClusters)}`);
  } else {
    lines.push(`Clusters found: ${number(linkage.clusters)} (no true_id column, so no precision or recall)`);
  }
  const t = linkage.timings;
  lines.push('Time per stage:');
  lines.push(`  read and encode (agencies)   ${seconds(report.encodingMs)}`);
  lines.push(`  store (partnership)          ${seconds(report.storingMs)}`);
  lines.push(`  blocking                     ${seconds(t.blockingMs)}`);
  lines.push(`  comparison levels            ${seconds(t.comparingMs)}`);
  lines.push(`  training (u, EM sessions)    ${seconds(t.trainingMs)}`);
  lines.push(`  scoring                      ${seconds(t.scoringMs)}`);
  lines.push(`  clustering                   ${seconds(t.clusteringMs)}`);
  lines.push(`  saving the run               ${seconds(t.savingMs)}`);
  lines.push(`  linking in total             ${seconds(t.totalMs)}`);
  lines.push(`  end to end                   ${seconds(report.totalMs)}`);
  lines.push(`Peak RSS: ${(report.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
  return lines.join('\n');
}
