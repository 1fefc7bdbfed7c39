import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createDatabase } from '@joined-up/db';
import { agencyOfFile, AgencyFileError, readAgencyCsv } from './agency-csv.js';
import { blockingRecall, type BlockingRecall } from './blocking-recall.js';
import { createRecordEncoder } from './encode-record.js';
import { EvaluationTruth, recallByNoise, type RecallByKind } from './evaluation-truth.js';
import { linkRecords, type LinkageResult, type LinkRecordsOptions } from './link-records.js';
import { createLinkageTables } from './linkage-tables.js';
import { addIdentityLevelToLinkagePairs } from './pair-identity-level-migration.js';
import type { LinkageToken } from './linkage-record.js';
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
  /** Share of true pairs some blocking rule proposes; null without `true_id`. */
  blocking: Omit<BlockingRecall, 'byNoiseMask'> | null;
  /** Recall (and blocking recall) among true pairs touched by each noise kind; empty without a `noise` column. */
  recallByNoise: RecallByKind[];
  /** Milliseconds checking the files, reading and encoding (as the agencies would), and storing at the partnership. */
  checkingMs: number;
  encodingMs: number;
  storingMs: number;
  totalMs: number;
  /** Peak resident memory of this process, bytes (PGlite runs inside it; a PostgreSQL server does not). */
  peakRssBytes: number;
}

/**
 * Encodes each agency's CSV with a fresh random secret, exactly as the
 * agencies would, stores and links the tokens, and scores the result against
 * `true_id` where the files have it. Every file is checked whole first, so a
 * bad one (see `readAgencyCsv`) is refused before anything is stored.
 * Records stream from disk to the database, so memory holds the truth and
 * the clusters, not the records.
 */
export async function evaluateRecords(options: EvaluationOptions): Promise<EvaluationReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const files = (await readdir(options.recordsDir)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  if (files.length === 0) throw new Error(`No .csv files in ${options.recordsDir}: expected one file per agency, named <agency>.csv.`);
  const paths = files.map((file) => join(options.recordsDir, file));
  for (const path of paths) {
    agencyOfFile(path);
    for await (const _ of readAgencyCsv(path)); // eslint-disable-line @typescript-eslint/no-unused-vars
  }
  const checkingMs = Math.round(performance.now() - started);
  log(`Checked ${files.length} files in ${checkingMs} ms`);

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
    await addIdentityLevelToLinkagePairs(database.db);
    const secret = randomBytes(32).toString('base64url');
    const encode = createRecordEncoder(secret);
    const truth = new EvaluationTruth();
    const recordsByAgency: Record<string, number> = {};
    let encodingMs = 0;
    let storingMs = 0;

    for (const path of paths) {
      const agencyId = agencyOfFile(path);
      const stageStart = performance.now();
      let encodingInAgency = 0;
      const tokens = async function* (): AsyncGenerator<LinkageToken> {
        for await (const { record, trueId, noise } of readAgencyCsv(path)) {
          const encodeStart = performance.now();
          const token = encode(record);
          encodingInAgency += performance.now() - encodeStart;
          if (trueId !== null) truth.add(recordKey(agencyId, record.recordId), trueId, noise);
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
    const { clusters, ...linkage } = result;
    let metrics: PairwiseMetrics | null = null;
    let blocking: BlockingRecall | null = null;
    let byNoise: RecallByKind[] = [];
    if (truth.size > 0) {
      const keyed = clusters.map((cluster) => cluster.map((ref) => recordKey(ref.agencyId, ref.recordId)));
      metrics = pairwiseMetrics(keyed, truth.trueId);
      const clusterOf = new Map<string, number>();
      keyed.forEach((cluster, index) => cluster.forEach((key) => clusterOf.set(key, index)));
      byNoise = recallByNoise(truth, clusterOf);
      await truth.store(database.db, splitKey);
      blocking = await blockingRecall(database.db, options.link?.maxBlockSize ?? 1000);
      for (const kind of byNoise) {
        const bit = kind.kind === 'none' ? -1 : truth.kinds.indexOf(kind.kind);
        let blocked = 0;
        for (const [mask, counts] of blocking.byNoiseMask) if (bit < 0 ? mask === 0 : mask & (1 << bit)) blocked += counts.blocked;
        kind.blocked = blocked;
      }
    }
    return {
      engine,
      recordsByAgency,
      records,
      linkage: { ...linkage, clusters: clusters.length },
      metrics,
      blocking: blocking && { truePairs: blocking.truePairs, blocked: blocking.blocked, recall: blocking.recall, byRule: blocking.byRule },
      recallByNoise: byNoise,
      checkingMs,
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

export { AgencyFileError };

function recordKey(agencyId: string, recordId: string): string {
  return `${agencyId}\u0000${recordId}`;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}
