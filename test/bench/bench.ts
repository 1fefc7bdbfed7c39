import { parseArgs } from 'node:util';
import { DevIdentityProvider } from '@joined-up/auth';
import { testDatabaseOptions, TEST_POSTGRES_URL_VARIABLE } from '@joined-up/db/testing';
import { startFederation, type Federation } from '@joined-up/stack';
import { generatePopulation } from '@joined-up/synthetic';
import { officers, postGraphQL } from '@joined-up/testing';
import { formatMs, percentile } from './latency.js';
import { benchQueries, type BenchQuery } from './queries.js';
import { startStage } from '@joined-up/progress';

/**
 * `pnpm bench [--population 10000] [--iterations 40] [--query "100 people"] [--engine postgres]`: starts the whole
 * federation on each engine (embedded PGlite, and PostgreSQL when
 * JOINED_UP_TEST_POSTGRES_URL or a local server is available), runs the
 * example cross-agency queries repeatedly over HTTP, and prints p50/p95
 * latency and SQL statements per request, with PostgreSQL as a ratio of PGlite.
 * `--query` (repeatable) keeps only the queries whose name contains one of
 * the given texts, and `--engine` runs one engine only, to measure a change to
 * a few queries without waiting for the rest.
 */
const { values } = parseArgs({
  options: {
    population: { type: 'string', default: '10000' },
    iterations: { type: 'string', default: '40' },
    query: { type: 'string', multiple: true },
    engine: { type: 'string' },
  },
});
const size = Number(values.population);
const iterations = Number(values.iterations);

interface Measurement {
  p50: number;
  p95: number;
  statements: number;
  /** Statements per request by subgraph, for the subgraphs the query reached. */
  bySubgraph: Record<string, number>;
}

async function measure(federation: Federation, query: BenchQuery, token: string): Promise<Measurement> {
  const durations: number[] = [];
  let statements = 0;
  let bySubgraph: Record<string, number> = {};
  const progress = startStage(`  ${query.name}`, { total: iterations + 3, unit: 'requests' });
  for (let run = 0; run < iterations + 3; run++) {
    progress.tick();
    for (const subgraph of federation.subgraphs.values()) subgraph.database.statements.reset();
    const started = performance.now();
    const response = await postGraphQL(federation.gatewayUrl, query.query, { token, variables: query.variables });
    const elapsed = performance.now() - started;
    if (response.errors) throw new Error(`${query.name} failed: ${JSON.stringify(response.errors).slice(0, 300)}`);
    if (run < 3) continue; // warm-up: caches, JIT, the agreement register
    durations.push(elapsed);
    statements = [...federation.subgraphs.values()].reduce((sum, subgraph) => sum + subgraph.database.statements.count, 0);
    bySubgraph = Object.fromEntries([...federation.subgraphs].flatMap(([name, subgraph]) => (subgraph.database.statements.count > 0 ? [[name, subgraph.database.statements.count]] : [])));
  }
  const counts = Object.entries(bySubgraph).map(([name, count]) => `${name} ${count}`).join(', ');
  progress.finish(`p50 ${percentile(durations, 0.5).toFixed(1)} ms; ${statements} SQL statements (${counts})`);
  return { p50: percentile(durations, 0.5), p95: percentile(durations, 0.95), statements, bySubgraph };
}

async function postgresAvailable(): Promise<boolean> {
  const url = process.env[TEST_POSTGRES_URL_VARIABLE] || 'postgres://postgres@127.0.0.1:5432/postgres';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    process.env[TEST_POSTGRES_URL_VARIABLE] = url;
    return true;
  } catch {
    return false;
  }
}

const population = generatePopulation({ size, seed: 1998 });
const results = new Map<string, Map<string, Measurement>>();
if (values.engine !== undefined && !['pglite', 'postgres'].includes(values.engine)) {
  throw new Error(`--engine must be pglite or postgres; got "${values.engine}".`);
}
const available = ['pglite', ...((await postgresAvailable()) ? ['postgres'] : [])];
if (values.engine && !available.includes(values.engine)) throw new Error(`PostgreSQL is not reachable: set ${TEST_POSTGRES_URL_VARIABLE} or start a local server.`);
const engines = available.filter((engine) => !values.engine || engine === values.engine);
const postgresUrl = process.env[TEST_POSTGRES_URL_VARIABLE];

for (const engine of engines) {
  if (engine === 'pglite') delete process.env[TEST_POSTGRES_URL_VARIABLE];
  else process.env[TEST_POSTGRES_URL_VARIABLE] = postgresUrl;
  const database = await testDatabaseOptions(`bench-${engine}`);
  const identityProvider = await DevIdentityProvider.generate();
  const started = performance.now();
  const federation = await startFederation({
    identityProvider,
    gatewayPort: 0,
    subgraphPorts: 'any',
    database,
    population,
    linkageSecret: 'bench-linkage-secret',
    recordGrantKey: (agency) => `bench-record-grant-${agency}`,
  });
  console.log(`${engine}: federation of ${size} people started, seeded and linked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    // A caseworker: the person queries ask for identifying fields, which an analyst is refused.
    const token = await identityProvider.issue(officers.policeCaseworker, { expiresIn: 3600 });
    const wanted = values.query ?? [];
    const queries = (await benchQueries(federation)).filter((query) => wanted.length === 0 || wanted.some((text) => query.name.includes(text)));
    if (queries.length === 0) throw new Error(`No bench query's name contains ${wanted.map((text) => `"${text}"`).join(' or ')}: see test/bench/queries.ts for the names.`);
    const byQuery = new Map<string, Measurement>();
    for (const query of queries) byQuery.set(query.name, await measure(federation, query, token));
    results.set(engine, byQuery);
  } finally {
    await federation.stop();
    await database.drop();
  }
}

const first = results.get(engines[0])!;
const names = [...first.keys()];
console.log(`\n${iterations} runs per query, ${size} people, p50/p95 in ms over HTTP through the gateway\n`);
const header = ['query', 'SQL/request', ...engines.flatMap((engine) => [`${engine} p50`, `${engine} p95`]), ...(engines.length > 1 ? ['postgres/pglite p50'] : [])];
const rows = names.map((name) => {
  const pglite = results.get('pglite')?.get(name);
  const postgres = results.get('postgres')?.get(name);
  return [
    name,
    String(first.get(name)!.statements),
    ...engines.flatMap((engine) => {
      const measurement = results.get(engine)!.get(name)!;
      return [formatMs(measurement.p50), formatMs(measurement.p95)];
    }),
    ...(pglite && postgres ? [`${(postgres.p50 / pglite.p50).toFixed(2)}×`] : []),
  ];
});
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
