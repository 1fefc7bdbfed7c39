import pg from 'pg';
import { DevIdentityProvider } from '@joined-up/auth';
import { startFederation } from '@joined-up/stack';

export interface BenchDatabase {
  /** `DATABASE_URL` of the seeded, linked database every subgraph process shares (one schema each). */
  url: string;
  /** Seconds spent seeding and linking, or 0 when the database was already there. */
  seededSeconds: number;
}

/**
 * A PostgreSQL database holding the federation's synthetic data for `size`
 * people, kept between runs (`joined_up_bench_<size>`, or
 * `<JOINED_UP_BENCH_DATABASE_PREFIX>_<size>`): seeding a million people takes
 * minutes, so later runs reuse it. Seeds and links in this
 * process through the ordinary stack, then lets go of it so the subgraphs can
 * run as their own processes.
 */
export async function prepareBenchDatabase(serverUrl: string, size: number, keysDir: string, log: (line: string) => void): Promise<BenchDatabase> {
  const name = `${process.env.JOINED_UP_BENCH_DATABASE_PREFIX || 'joined_up_bench'}_${size}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const started = performance.now();
  let seeded = false;
  const federation = await startFederation({
    identityProvider: await DevIdentityProvider.inDirectory(keysDir),
    gatewayPort: 0,
    subgraphPorts: 'any',
    database: { env: { DATABASE_URL: url.toString() } },
    population: { size, seed: 1998 },
    linkageSecret: 'bench-linkage-secret',
    recordGrantKey: (agency) => `bench-record-grant-${agency}`,
    log: (line) => {
      // The stages print `<agency>: seeding: …` and `person index: … linked` only when there was work to do.
      if (/: seeding|person index:/.test(line)) seeded = true;
      log(`  ${line}`);
    },
  });
  await federation.stop();
  return { url: url.toString(), seededSeconds: seeded ? (performance.now() - started) / 1000 : 0 };
}
