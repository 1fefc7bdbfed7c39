import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DevIdentityProvider } from '@joined-up/auth';
import { testDatabaseOptions, TEST_POSTGRES_URL_VARIABLE } from '@joined-up/db/testing';
import { startFederation } from '@joined-up/stack';
import { generatePopulation } from '@joined-up/synthetic';
import { officers, postGraphQL } from '@joined-up/testing';
import { formatMs, percentile } from './latency.js';

/**
 * `pnpm soak [--minutes 5] [--rate 4] [--population 10000]`: starts the whole
 * federation in this process (PostgreSQL when JOINED_UP_TEST_POSTGRES_URL is
 * set, else the embedded PGlite), sends the README's example queries round
 * robin at a fixed rate over loopback HTTP for the given minutes, and every
 * 30 s prints requests, errors, latency and the process's memory. A script
 * that prints figures, not a test: it stops by itself, sends nothing beyond
 * 127.0.0.1, and never has more than `MAX_IN_FLIGHT` requests open (beyond
 * that a tick is skipped and counted).
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    rate: { type: 'string', default: '4' },
    population: { type: 'string', default: '10000' },
  },
});
const minutes = Math.min(60, Math.max(0.5, Number(values.minutes)));
const rate = Math.min(50, Math.max(0.1, Number(values.rate)));
const MAX_IN_FLIGHT = 32;
const REPORT_EVERY_MS = 30_000;

const examples = [...readFileSync(new URL('../../README.md', import.meta.url), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

const database = await testDatabaseOptions('soak');
const identityProvider = await DevIdentityProvider.generate();
console.log(`Starting the federation on ${database.engine} with ${values.population} people…`);
const federation = await startFederation({
  identityProvider,
  gatewayPort: 0,
  subgraphPorts: 'any',
  host: '127.0.0.1',
  database,
  population: generatePopulation({ size: Number(values.population), seed: 1998 }),
  linkageSecret: 'soak-linkage-secret',
});
const person = await federation.subgraphs
  .get('person-index')!
  .database.db.selectFrom('person_records')
  .select('person_id')
  .groupBy('person_id')
  .orderBy((eb) => eb.fn.count('agency_id').distinct(), 'desc')
  .limit(1)
  .executeTakeFirstOrThrow();
const token = await identityProvider.issue(officers.policeCaseworker, { expiresIn: Math.ceil(minutes * 60) + 600 });

interface Window {
  requests: number;
  errors: number;
  skipped: number;
  durations: number[];
}
const fresh = (): Window => ({ requests: 0, errors: 0, skipped: 0, durations: [] });
let window = fresh();
const totals = { requests: 0, errors: 0, skipped: 0 };
const errorCodes = new Map<string, number>();
let inFlight = 0;
let next = 0;

async function send(): Promise<void> {
  const query = examples[next++ % examples.length];
  inFlight++;
  const started = performance.now();
  try {
    const response = await postGraphQL(federation.gatewayUrl, query, { token, variables: query.includes('$id') ? { id: person.person_id } : undefined });
    if (response.status !== 200 || response.errors) {
      window.errors++;
      const code = response.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
      errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
    }
  } catch (error) {
    window.errors++;
    errorCodes.set((error as Error).name, (errorCodes.get((error as Error).name) ?? 0) + 1);
  } finally {
    inFlight--;
    window.requests++;
    window.durations.push(performance.now() - started);
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rssSeries: { at: number; rss: number }[] = [];
const began = performance.now();
function report(): void {
  const seconds = (performance.now() - began) / 1000;
  const { rss, heapUsed } = process.memoryUsage();
  rssSeries.push({ at: seconds, rss });
  totals.requests += window.requests;
  totals.errors += window.errors;
  totals.skipped += window.skipped;
  console.log(
    `${seconds.toFixed(0).padStart(5)} s  requests ${String(window.requests).padStart(5)}  errors ${String(window.errors).padStart(4)}  skipped ${String(window.skipped).padStart(3)}  ` +
      `p50 ${formatMs(percentile(window.durations, 0.5)).padStart(5)} ms  p95 ${formatMs(percentile(window.durations, 0.95)).padStart(5)} ms  RSS ${mb(rss)}  heap ${mb(heapUsed)}`,
  );
  window = fresh();
}

console.log(`Soaking ${federation.gatewayUrl} with the README's ${examples.length} example queries at ${rate}/s for ${minutes} min…`);
report();
const ticker = setInterval(() => {
  if (inFlight >= MAX_IN_FLIGHT) window.skipped++;
  else void send();
}, 1000 / rate);
const reporter = setInterval(report, REPORT_EVERY_MS);
await new Promise((resolve) => setTimeout(resolve, minutes * 60_000));
clearInterval(ticker);
clearInterval(reporter);
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 100));
report();

const afterFirstMinute = rssSeries.find((sample) => sample.at >= 59)?.rss;
const last = rssSeries[rssSeries.length - 1].rss;
console.log(`\nTotal: ${totals.requests} requests, ${totals.errors} errors, ${totals.skipped} skipped ticks.`);
if (errorCodes.size > 0) console.log(`Errors by code: ${[...errorCodes].map(([code, count]) => `${code} ${count}`).join(', ')}`);
if (afterFirstMinute) {
  const change = ((last - afterFirstMinute) / afterFirstMinute) * 100;
  console.log(`RSS after the first minute ${mb(afterFirstMinute)}, at the end ${mb(last)} (${change >= 0 ? '+' : ''}${change.toFixed(1)}%).`);
}
await federation.stop();
await database.drop();
if (process.env[TEST_POSTGRES_URL_VARIABLE] === undefined) console.log('(Set JOINED_UP_TEST_POSTGRES_URL to soak on PostgreSQL.)');
process.exit(0);
