import { databaseSchemaOf, environmentNameOf, PERSON_INDEX } from '@joined-up/agencies';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DevIdentityProvider } from '@joined-up/auth';
import { createDatabase } from '@joined-up/db';
import { subgraphDefinitions } from '@joined-up/composition/registry';
import { officers } from '@joined-up/testing';
import { prepareBenchDatabase } from './bench-database.js';
import { formatMs, percentile } from './latency.js';
import { freePort, startProcess, type BenchProcess } from './peers/bench-process.js';
import { benchQueriesFrom, type BenchQuery } from './queries.js';

/**
 * `pnpm bench:peers [--population 10000] [--rounds 2] [--seconds 2] [--connections 10] [--rate 5] [--only <workload>]`
 *
 * Our gateway beside the gateways a partnership might run instead, over the
 * same supergraph and the same subgraph processes on PostgreSQL: each
 * subgraph runs as its own process (as deployed), every gateway as another,
 * and the configurations take turns round by round so a busy moment on a
 * shared machine falls on all of them alike. Per workload and configuration
 * it prints requests/s at fixed concurrency (autocannon), p50/p95/p99 at a
 * fixed rate, and, over a few requests sent one at a time, CPU ms per request
 * of the gateway process and of the subgraph processes (from /proc/<pid>/stat)
 * and subgraph calls and SQL statements per request (from each subgraph's
 * /counters); then peak RSS, and whether the `data`
 * is the same as our gateway's (a hash).
 */
const { values: args } = parseArgs({
  options: {
    population: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    rate: { type: 'string', default: '5' },
    only: { type: 'string' },
  },
});
const size = Number(args.population);
const rounds = Number(args.rounds);
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const rate = Number(args.rate);
const serverUrl = process.env.JOINED_UP_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = path.join(tmpdir(), `joined-up-bench-peers-${process.pid}`);
mkdirSync(dataDir, { recursive: true });
const keysDir = path.join(dataDir, 'keys');
const log = (line: string) => console.log(line);

interface Configuration {
  name: string;
  start(subgraphUrls: Record<string, string>): Promise<{ process: BenchProcess; url: string }>;
}

const configurations: Configuration[] = [
  {
    name: 'ours',
    async start(subgraphUrls) {
      const port = await freePort();
      const env = { PORT: String(port), HOST: '127.0.0.1', JOINED_UP_DATA_DIR: dataDir, ...urlEnv(subgraphUrls) };
      const started = await startProcess('our gateway', path.join(root, 'gateway/src/index.ts'), env, /gateway ready/);
      return { process: started, url: `http://127.0.0.1:${port}/graphql` };
    },
  },
  ...(['stitching', 'router'] as const).map((planner) => ({
    name: planner === 'router' ? 'hive+rust planner' : 'hive default',
    async start(subgraphUrls: Record<string, string>) {
      const port = await freePort();
      const env = { PORT: String(port), HIVE_PLANNER: planner, SUPERGRAPH: path.join(root, 'gateway/supergraph.graphql'), SUBGRAPH_URLS: JSON.stringify(subgraphUrls) };
      const started = await startProcess(`Hive Gateway (${planner})`, path.join(root, 'test/bench/peers/hive-gateway.ts'), env, /ready at/);
      return { process: started, url: `http://127.0.0.1:${port}/graphql` };
    },
  })),
];

function urlEnv(subgraphUrls: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${environmentNameOf(name)}_SUBGRAPH_URL`, url]));
}

interface Cell {
  requests: number;
  seconds: number;
  latencies: number[];
  gatewayCpuMs: number;
  subgraphCpuMs: number;
  subgraphCalls: number;
  statements: number;
  measuredRequests: number;
  hash?: string;
  error?: string;
}

interface Metrics {
  requests: number;
  statements: number;
}

async function subgraphMetrics(urls: Record<string, string>): Promise<Metrics> {
  const all = await Promise.all(Object.values(urls).map(async (url) => (await fetch(url.replace(/\/graphql$/, '/counters'))).json() as Promise<Metrics>));
  return all.reduce((sum, metrics) => ({ requests: sum.requests + metrics.requests, statements: sum.statements + metrics.statements }), { requests: 0, statements: 0 });
}

/**
 * People a one-person request is sent about, in turn. Caseworkers look up
 * different people at the same moment; sending one person's query ten times
 * at once would instead measure Hive Gateway's merging of identical
 * in-flight subgraph requests, which our gateway does not do (two officers'
 * reads must each be audited).
 */
let personIds: string[] = [];

function body(query: BenchQuery, sequence?: number, unique = false): string {
  // A cold-planning request differs in its text (an alias), so no plan cache can answer it.
  const text = unique ? query.query.replace('{', `{ cold${sequence}: __typename `) : query.query;
  const variables = sequence !== undefined && query.variables && 'id' in query.variables ? { id: personIds[sequence % personIds.length] } : query.variables;
  return JSON.stringify({ query: text, variables });
}

async function runLoad(url: string, token: string, query: BenchQuery, options: { connections: number; overallRate?: number; unique?: boolean }) {
  const latencies: number[] = [];
  let counter = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: options.connections,
        duration: seconds,
        overallRate: options.overallRate,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [{ setupRequest: (request) => ({ ...request, body: body(query, counter++, options.unique) }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (process.env.BENCH_DEBUG) console.log(url, query.name, JSON.stringify({ total: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }));
  return { requests: result.requests.total, failed, latencies };
}

/** Waits until the subgraphs stop receiving calls: requests a load run abandoned at its end still run to completion. */
async function drain(subgraphUrls: Record<string, string>): Promise<void> {
  let last = -1;
  for (let attempt = 0; attempt < 100; attempt++) {
    const { requests } = await subgraphMetrics(subgraphUrls);
    if (requests === last) return;
    last = requests;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Requests sent one at a time for the per-request costs, so no abandoned or overlapping request blurs them. */
const SEQUENTIAL_REQUESTS = 5;

async function measureCell(cell: Cell, gateway: { process: BenchProcess; url: string }, subgraphs: BenchProcess[], subgraphUrls: Record<string, string>, token: string, query: BenchQuery, unique: boolean) {
  const subgraphCpu = () => subgraphs.reduce((sum, subgraph) => sum + subgraph.cpuMs(), 0);
  const [gatewayBefore, subgraphsBefore, metricsBefore] = [gateway.process.cpuMs(), subgraphCpu(), await subgraphMetrics(subgraphUrls)];
  for (let request = 0; request < SEQUENTIAL_REQUESTS; request++) {
    await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body(query, unique ? Date.now() + request : request, unique) }).then((response) => response.text());
  }
  const metricsAfter = await subgraphMetrics(subgraphUrls);
  cell.gatewayCpuMs += gateway.process.cpuMs() - gatewayBefore;
  cell.subgraphCpuMs += subgraphCpu() - subgraphsBefore;
  cell.subgraphCalls += metricsAfter.requests - metricsBefore.requests;
  cell.statements += metricsAfter.statements - metricsBefore.statements;
  cell.measuredRequests += SEQUENTIAL_REQUESTS;

  const throughput = await runLoad(gateway.url, token, query, { connections, unique });
  await drain(subgraphUrls);
  const fixedRate = await runLoad(gateway.url, token, query, { connections: Math.max(2, Math.ceil(rate / 5)), overallRate: rate, unique });
  await drain(subgraphUrls);
  if (throughput.failed + fixedRate.failed > 0) cell.error ??= `${throughput.failed + fixedRate.failed} failed responses`;
  cell.requests += throughput.requests;
  cell.seconds += seconds;
  cell.latencies.push(...fixedRate.latencies);
}

async function dataHash(url: string, token: string, query: BenchQuery): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body(query) });
  const result = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (result.errors?.length) return `errors: ${result.errors[0].message.slice(0, 60)}`;
  return createHash('sha256').update(JSON.stringify(result.data)).digest('hex').slice(0, 10);
}

// 1. The data, seeded once per population size and kept.
const database = await prepareBenchDatabase(serverUrl, size, keysDir, log);
log(database.seededSeconds > 0 ? `seeded and linked ${size} people in ${database.seededSeconds.toFixed(0)} s` : `reusing the seeded database for ${size} people`);
const identityProvider = await DevIdentityProvider.inDirectory(keysDir);
const token = await identityProvider.issue(officers.policeAnalyst, { expiresIn: 24 * 3600 });
const personIndexDb = await createDatabase({ schema: databaseSchemaOf(PERSON_INDEX.id), env: { DATABASE_URL: database.url } });
const queries = [...(await benchQueriesFrom(personIndexDb.db)), { name: 'cold planning (unique texts)', query: '' }];
await personIndexDb.destroy();
queries[queries.length - 1].query = queries.find((query) => query.name.includes('one person'))!.query;
queries[queries.length - 1].variables = queries.find((query) => query.name.includes('one person'))!.variables;
personIds = (queries.find((query) => query.name.includes('100 people'))!.variables!.ids as string[]).slice(0, 50);
const workloads = queries.filter((query) => !args.only || query.name.includes(args.only));

// 2. Subgraphs, each its own process.
const processes: BenchProcess[] = [];
const subgraphUrls: Record<string, string> = {};
for (const definition of subgraphDefinitions) subgraphUrls[definition.name] = `http://127.0.0.1:${await freePort()}/graphql`;
const stopAll = async () => {
  for (const started of processes.reverse()) await started.stop();
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

const results = new Map<string, Map<string, Cell>>();
try {
  for (const definition of subgraphDefinitions) {
    const env = {
      PORT: new URL(subgraphUrls[definition.name]).port,
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      JOINED_UP_DATA_DIR: dataDir,
      JOINED_UP_POPULATION: String(size),
      JOINED_UP_LINKAGE_SECRET: 'bench-linkage-secret',
      ...urlEnv(subgraphUrls),
    };
    processes.push(await startProcess(`${definition.name} subgraph`, path.join(root, `subgraphs/${definition.name}/src/index.ts`), env, /subgraph ready/));
  }
  const subgraphs = [...processes];
  log(`${subgraphs.length} subgraph processes on PostgreSQL; ${rounds} round(s), ${seconds} s per cell at ${connections} connections, then ${seconds} s at ${rate} requests/s\n`);

  // 3. Every gateway, started once, against the same subgraph processes.
  const gateways = new Map<string, { process: BenchProcess; url: string } | Error>();
  for (const configuration of configurations) {
    try {
      const gateway = await configuration.start(subgraphUrls);
      processes.push(gateway.process);
      gateways.set(configuration.name, gateway);
    } catch (error) {
      gateways.set(configuration.name, error as Error);
      log(`${configuration.name} did not start: ${(error as Error).message.split('\n').slice(0, 3).join(' ').slice(0, 400)}`);
    }
  }

  // 4. Rounds: every workload, every configuration in turn.
  for (let round = 0; round < rounds; round++) {
    for (const query of workloads) {
      const cold = query.name.startsWith('cold');
      for (const configuration of configurations) {
        const byConfiguration = results.get(query.name) ?? new Map<string, Cell>();
        results.set(query.name, byConfiguration);
        const cell = byConfiguration.get(configuration.name) ?? { requests: 0, seconds: 0, latencies: [], gatewayCpuMs: 0, subgraphCpuMs: 0, subgraphCalls: 0, statements: 0, measuredRequests: 0 };
        byConfiguration.set(configuration.name, cell);
        const gateway = gateways.get(configuration.name)!;
        if (gateway instanceof Error) {
          cell.error = `did not start: ${gateway.message.split('\n').find((line) => /Error|error/.test(line))?.trim().slice(0, 160) ?? gateway.message.slice(0, 160)}`;
          continue;
        }
        // Warm-up, outside the figures: the first requests plan the query and compile the code paths.
        for (let warm = 0; warm < 3; warm++) cell.hash = await dataHash(gateway.url, token, query);
        await measureCell(cell, gateway, subgraphs, subgraphUrls, token, query, cold);
      }
      log(`round ${round + 1}: ${query.name} done`);
    }
  }

  // 5. The table, with ratios to our gateway.
  const peakRss = (name: string) => {
    const gateway = gateways.get(name);
    return gateway instanceof Error || !gateway ? 0 : gateway.process.peakRssMb();
  };
  const subgraphRss = subgraphs.reduce((sum, subgraph) => sum + subgraph.peakRssMb(), 0);
  const header = ['workload', 'configuration', 'req/s', 'vs ours', 'p50', 'p95', 'p99', 'gw CPU ms/req', 'subgraph CPU ms/req', 'calls/req', 'SQL/req', 'gw peak RSS MiB', 'data'];
  const rows: string[][] = [];
  for (const [name, byConfiguration] of results) {
    const ours = byConfiguration.get('ours')!;
    const oursRate = ours.requests / Math.max(ours.seconds, 1);
    for (const [configuration, cell] of byConfiguration) {
      if (cell.measuredRequests === 0) {
        rows.push([name, configuration, '—', '', '', '', '', '', '', '', '', '', cell.error ?? 'no requests']);
        continue;
      }
      const perRequest = (value: number) => (value / cell.measuredRequests).toFixed(value / cell.measuredRequests < 10 ? 2 : 1);
      const requestsPerSecond = cell.requests / cell.seconds;
      rows.push([
        name,
        configuration,
        requestsPerSecond.toFixed(0),
        `${(requestsPerSecond / oursRate).toFixed(2)}×`,
        formatMs(percentile(cell.latencies, 0.5)),
        formatMs(percentile(cell.latencies, 0.95)),
        formatMs(percentile(cell.latencies, 0.99)),
        perRequest(cell.gatewayCpuMs),
        perRequest(cell.subgraphCpuMs),
        perRequest(cell.subgraphCalls),
        perRequest(cell.statements),
        peakRss(configuration).toFixed(0),
        cell.error ?? (cell.hash === ours.hash ? `same (${cell.hash})` : `DIFFERS (${cell.hash} vs ${ours.hash})`),
      ]);
    }
  }
  console.log(`\n${size} people; subgraph processes' peak RSS together: ${subgraphRss.toFixed(0)} MiB\n`);
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  await stopAll();
}
