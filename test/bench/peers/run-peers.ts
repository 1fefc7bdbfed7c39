import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseSchemaOf, PERSON_INDEX } from '@joined-up/agencies';
import { DevIdentityProvider } from '@joined-up/auth';
import { createDatabase } from '@joined-up/db';
import { sql } from 'kysely';
import { subgraphDefinitions } from '@joined-up/composition/registry';
import { officers } from '@joined-up/testing';
import { prepareBenchDatabase } from '../bench-database.js';
import { benchQueriesFrom, type BenchQuery } from '../queries.js';
import type { BenchProcess } from './bench-process.js';
import { configurations, type SubgraphSet } from './configurations.js';
import { startSubgraphProcesses } from './subgraph-processes.js';
import { dataHash, emptyCell, measureCell, warmUp, type Cell, type LoadSettings, type MeasuredGateway } from './measure-cell.js';

const serverUrl = process.env.JOINED_UP_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface PeerRunOptions {
  population: number;
  rounds: number;
  /** Keeps the workloads whose name passes. */
  workload: (name: string) => boolean;
  /** Keeps the configurations whose name passes; default all. */
  configuration?: (name: string) => boolean;
  /** Writes a CPU profile (`--cpu-prof`) of every gateway, monolith and subgraph process into this directory when it stops. */
  profileDir?: string;
  load: Omit<LoadSettings, 'tokens' | 'personIds'>;
  log: (line: string) => void;
}

export interface PeerRun {
  population: number;
  /** Seconds spent seeding and linking the population, 0 when its database was kept from an earlier run. */
  seededSeconds: number;
  /** Workload name → configuration name → figures. */
  cells: Map<string, Map<string, Cell>>;
}

/** The cold-planning workload: the one-person query, with a text no plan cache has seen. */
export const COLD_PLANNING = 'cold planning (unique texts)';

/**
 * The connections a run holds at once: every subgraph process's serving pool
 * and the monolith's pools, each up to 10 and each kept while the run lasts
 * (a serving pool keeps idle connections for minutes), with room for the
 * bench's own. PostgreSQL's default `max_connections` (100) is not enough;
 * better to say so before seeding or starting anything than to fail mid-run
 * (seeding alone, `--seed-only`, needs no more than the default).
 */
const CONNECTIONS_NEEDED = 2 * 10 * subgraphDefinitions.length + 20;

async function assertConnectionRoom(): Promise<void> {
  const server = await createDatabase({ schema: 'public', env: { DATABASE_URL: serverUrl } });
  const available = await sql<{ max_connections: string }>`show max_connections`
    .execute(server.db)
    .then(({ rows }) => Number(rows[0]?.max_connections))
    .finally(() => server.destroy());
  if (available < CONNECTIONS_NEEDED) {
    throw new Error(
      `bench:peers holds up to ${CONNECTIONS_NEEDED} PostgreSQL connections at once; this server allows ${available}. ` +
        `Raise it (ALTER SYSTEM SET max_connections = ${Math.ceil(CONNECTIONS_NEEDED / 100) * 100}; then restart PostgreSQL) and run again.`,
    );
  }
}

/** Seeds (or reuses) the population's database, and returns the workloads over its people. */
export async function preparePeerRun(population: number, dataDir: string, log: (line: string) => void) {
  const database = await prepareBenchDatabase(serverUrl, population, path.join(dataDir, 'keys'), log);
  log(database.seededSeconds > 0 ? `seeded and linked ${population} people in ${database.seededSeconds.toFixed(0)} s` : `reusing the seeded database for ${population} people`);
  const personIndex = await createDatabase({ schema: databaseSchemaOf(PERSON_INDEX.id), env: { DATABASE_URL: database.url } });
  try {
    const queries = await benchQueriesFrom(personIndex.db);
    const person = queries.find((query) => query.name.includes('one person'))!;
    const personIds = (queries.find((query) => query.name.includes('100 people'))!.variables!.ids as string[]).slice(0, 50);
    // Past a few hundred members (100,000 people and more) a cohort's member list is refused
    // (LIMIT_EXCEEDED); its counts are what still grows with the population.
    const cohortCounts = { name: 'Lambeth cohort, counts only', query: `{ cohort(areaCode: "E09000022", minAgencies: 5, ageFrom: 10, ageTo: 17) { size { value } combinations { people { value } } } }` };
    return { database, personIds, queries: [...queries, cohortCounts, { ...person, name: COLD_PLANNING }] as BenchQuery[] };
  } finally {
    await personIndex.destroy();
  }
}

/** Only seeds (or finds) the population's database: `--seed-only`, to prepare a large population ahead of a run. */
export async function seedOnly(population: number, log: (line: string) => void): Promise<void> {
  const dataDir = path.join(tmpdir(), `joined-up-bench-peers-${process.pid}`);
  mkdirSync(dataDir, { recursive: true });
  await preparePeerRun(population, dataDir, log);
}

/** The list started at `offset`, wrapping round. */
function rotated<T>(items: readonly T[], offset: number): T[] {
  const start = offset % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/**
 * One population's run: its subgraphs started as separate processes over its
 * database, every configuration started once in front of them (or beside
 * them, the monolith), then rounds in which every workload is measured on
 * every configuration in turn, so a busy moment on a shared machine falls on
 * all of them alike, in an order that rotates so none is always measured first.
 */
export async function runPeers(options: PeerRunOptions): Promise<PeerRun> {
  const { population, log } = options;
  const dataDir = path.join(tmpdir(), `joined-up-bench-peers-${process.pid}`);
  mkdirSync(dataDir, { recursive: true });
  await assertConnectionRoom();
  const { database, personIds, queries } = await preparePeerRun(population, dataDir, log);
  const identityProvider = await DevIdentityProvider.inDirectory(path.join(dataDir, 'keys'));
  const tokens = await Promise.all(
    Array.from({ length: options.load.connections }, (_, officer) =>
      identityProvider.issue({ ...officers.policeAnalyst, officerId: `${officers.policeAnalyst.officerId}-${officer + 1}` }, { expiresIn: 24 * 3600 }),
    ),
  );
  const settings: LoadSettings = { ...options.load, tokens, personIds };
  const workloads = queries.filter((query) => options.workload(query.name));

  const processes: BenchProcess[] = [];
  const stopAll = async () => {
    for (const started of processes.reverse()) await started.stop();
  };
  const interrupted = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', interrupted);
  const cells = new Map<string, Map<string, Cell>>();
  try {
    const env = {
      DATABASE_URL: database.url,
      JOINED_UP_DATA_DIR: dataDir,
      JOINED_UP_POPULATION: String(population),
      JOINED_UP_LINKAGE_SECRET: 'bench-linkage-secret',
    };
    const nodeOptions = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profileDir)}`] : undefined;
    const { urls } = await startSubgraphProcesses(env, processes, options.profileDir);
    const subgraphs: SubgraphSet = { urls, processes: [...processes], env, nodeOptions };
    const chosen = configurations.filter((configuration) => options.configuration?.(configuration.name) ?? true);
    log(`${population} people: ${processes.length} subgraph processes on PostgreSQL; ${options.rounds} round(s), at least ${settings.seconds} s and ${settings.minRequests} answers per cell and round at ${settings.connections} connections (one officer each), then as long at ${settings.rate} requests/s, after ${settings.warmUpSeconds} s of load unmeasured before every cell`);

    const gateways = new Map<string, MeasuredGateway | Error>();
    for (const configuration of chosen) {
      try {
        const gateway = await configuration.start(subgraphs);
        processes.push(gateway.process);
        gateways.set(configuration.name, gateway);
      } catch (error) {
        gateways.set(configuration.name, error as Error);
        log(`${configuration.name} did not start: ${(error as Error).message.split('\n').slice(0, 3).join(' ').slice(0, 400)}`);
      }
    }

    for (let round = 0; round < options.rounds; round++) {
      for (const [workloadIndex, query] of workloads.entries()) {
        const byConfiguration = cells.get(query.name) ?? new Map<string, Cell>();
        cells.set(query.name, byConfiguration);
        // The configuration measured first after another workload pays for the
        // subgraphs' change of working set (about +10 ms of subgraph CPU per
        // request seen in profiles): each cell takes its turn at going first.
        for (const configuration of rotated(chosen, round + workloadIndex)) {
          const cell = byConfiguration.get(configuration.name) ?? emptyCell();
          byConfiguration.set(configuration.name, cell);
          const gateway = gateways.get(configuration.name)!;
          if (gateway instanceof Error) {
            cell.error = `did not start: ${gateway.message.split('\n').find((line) => /Error|error/.test(line))?.trim().slice(0, 160) ?? gateway.message.slice(0, 160)}`;
            continue;
          }
          // Warm-up, outside the figures: the first requests plan the query and compile the code paths.
          for (let warm = 0; warm < 3; warm++) cell.hash = await dataHash(gateway, settings, query);
          // Every cell, not only the first round's: a configuration measured straight
          // after another one (or after the monolith, while the subgraphs sat idle)
          // would otherwise start on subgraphs in another state than its rivals did.
          await warmUp(gateway, settings, query, query.name === COLD_PLANNING);
          await measureCell(cell, gateway, settings, query, query.name === COLD_PLANNING);
        }
        log(`${population} people, round ${round + 1}: ${query.name} done`);
      }
    }
    return { population, seededSeconds: database.seededSeconds, cells };
  } finally {
    process.off('SIGINT', interrupted);
    await stopAll();
  }
}
