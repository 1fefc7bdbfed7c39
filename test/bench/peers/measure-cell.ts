import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import type { BenchQuery } from '../queries.js';
import type { BenchProcess } from './bench-process.js';

/** One configuration's figures for one workload, summed over the rounds. */
export interface Cell {
  /** Responses in the fixed-concurrency runs, and the seconds they took. */
  requests: number;
  seconds: number;
  /** Response times at the fixed rate, in ms. */
  latencies: number[];
  /** CPU of the fixed-concurrency runs (until the last request finished), and the requests sent in them. */
  gatewayCpuMs: number;
  subgraphCpuMs: number;
  loadRequests: number;
  /** Subgraph calls and SQL statements over requests sent one at a time, and how many. */
  subgraphCalls: number;
  statements: number;
  measuredRequests: number;
  /**
   * Subgraph calls during the fixed-concurrency runs (per `loadRequests`):
   * fewer than one at a time where a gateway merges identical calls that are
   * in flight together for different requests.
   */
  loadSubgraphCalls: number;
  /** Peak resident set of the gateway process, and of the subgraph processes together, during the cell (MiB). */
  gatewayPeakRssMb: number;
  subgraphPeakRssMb: number;
  hash?: string;
  error?: string;
}

export function emptyCell(): Cell {
  return { requests: 0, seconds: 0, latencies: [], gatewayCpuMs: 0, subgraphCpuMs: 0, loadRequests: 0, subgraphCalls: 0, statements: 0, measuredRequests: 0, loadSubgraphCalls: 0, gatewayPeakRssMb: 0, subgraphPeakRssMb: 0 };
}

/** A running configuration as the measurements see it. */
export interface MeasuredGateway {
  url: string;
  process: BenchProcess;
  /** The processes that answer its subgraph calls (none for the monolith). */
  subgraphs: readonly BenchProcess[];
  /** `/counters` URLs whose requests and SQL statements add up to this configuration's. */
  counters: readonly string[];
}

export interface LoadSettings {
  /**
   * Tokens of as many officers as there are connections, used in turn: our
   * gateway caps each officer's concurrent requests (8), and one officer on
   * ten connections would measure its refusals.
   */
  tokens: readonly string[];
  seconds: number;
  connections: number;
  /** Requests per second of the open-loop (fixed-rate) run. */
  rate: number;
  /** People the one-person workloads are asked about, in turn. */
  personIds: readonly string[];
}

interface Counters {
  requests: number;
  statements: number;
}

async function readCounters(urls: readonly string[]): Promise<Counters> {
  const all = await Promise.all(urls.map(async (url) => (await fetch(url)).json() as Promise<Counters>));
  return all.reduce((sum, counters) => ({ requests: sum.requests + counters.requests, statements: sum.statements + counters.statements }), { requests: 0, statements: 0 });
}

/** Cold-planning texts never repeat in a run, across rounds and configurations alike. */
let uniqueSequence = 0;

/**
 * A request body. People a one-person request is sent about change in turn:
 * caseworkers look up different people at the same moment, and sending one
 * person's query ten times at once would instead measure Hive Gateway's
 * merging of identical in-flight subgraph requests, which our gateway does not
 * do (two officers' reads must each be audited). A cold-planning request
 * differs in its text (an alias), so no plan cache can answer it.
 */
function body(query: BenchQuery, settings: LoadSettings, sequence?: number, unique = false): string {
  const text = unique ? query.query.replace('{', `{ cold${uniqueSequence++}: __typename `) : query.query;
  const variables = sequence !== undefined && query.variables && 'id' in query.variables ? { id: settings.personIds[sequence % settings.personIds.length] } : query.variables;
  return JSON.stringify({ query: text, variables });
}

function headers(settings: LoadSettings, sequence = 0) {
  return { 'content-type': 'application/json', authorization: `Bearer ${settings.tokens[sequence % settings.tokens.length]}` };
}

async function runLoad(url: string, settings: LoadSettings, query: BenchQuery, options: { connections: number; overallRate?: number; unique: boolean }) {
  const latencies: number[] = [];
  let sent = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: options.connections,
        duration: settings.seconds,
        overallRate: options.overallRate,
        requests: [
          {
            setupRequest: (request) => {
              const sequence = sent++;
              return { ...request, headers: headers(settings, sequence), body: body(query, settings, sequence, options.unique) };
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (process.env.BENCH_DEBUG) console.log(url, query.name, JSON.stringify({ total: result.requests.total, sent, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }));
  // Only answers count: a refusal (429, 400) is quick and would flatter the figure.
  return { requests: result['2xx'], sent, failed, latencies };
}

/** Waits until the subgraphs stop receiving calls: requests a load run abandoned at its end still run to completion. */
async function drain(counters: readonly string[]): Promise<void> {
  let last = -1;
  for (let attempt = 0; attempt < 100; attempt++) {
    const { requests } = await readCounters(counters);
    if (requests === last) return;
    last = requests;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Requests sent one at a time for the subgraph calls and SQL per request, so no abandoned or overlapping request blurs them. */
const SEQUENTIAL_REQUESTS = 5;

/**
 * One round of one workload against one configuration: requests one at a
 * time (calls and SQL per request), then fixed concurrency (requests/s, and
 * CPU per request from the kernel's counters: enough requests that the
 * 10 ms clock tick does not matter), then a fixed open-loop rate (latency).
 */
export async function measureCell(cell: Cell, gateway: MeasuredGateway, settings: LoadSettings, query: BenchQuery, unique: boolean): Promise<void> {
  const subgraphCpu = () => gateway.subgraphs.reduce((sum, subgraph) => sum + subgraph.cpuMs(), 0);
  for (const started of [gateway.process, ...gateway.subgraphs]) started.resetPeakRss();

  const countersBefore = await readCounters(gateway.counters);
  for (let request = 0; request < SEQUENTIAL_REQUESTS; request++) {
    await fetch(gateway.url, { method: 'POST', headers: headers(settings, request), body: body(query, settings, request, unique) }).then((response) => response.text());
  }
  const countersAfter = await readCounters(gateway.counters);
  cell.subgraphCalls += countersAfter.requests - countersBefore.requests;
  cell.statements += countersAfter.statements - countersBefore.statements;
  cell.measuredRequests += SEQUENTIAL_REQUESTS;

  const [gatewayBefore, subgraphsBefore, loadCountersBefore] = [gateway.process.cpuMs(), subgraphCpu(), await readCounters(gateway.counters)];
  const throughput = await runLoad(gateway.url, settings, query, { connections: settings.connections, unique });
  await drain(gateway.counters);
  cell.loadSubgraphCalls += (await readCounters(gateway.counters)).requests - loadCountersBefore.requests;
  cell.gatewayCpuMs += gateway.process.cpuMs() - gatewayBefore;
  cell.subgraphCpuMs += subgraphCpu() - subgraphsBefore;
  cell.loadRequests += throughput.sent;

  const fixedRate = await runLoad(gateway.url, settings, query, { connections: Math.max(2, Math.ceil(settings.rate / 5)), overallRate: settings.rate, unique });
  await drain(gateway.counters);
  if (throughput.failed + fixedRate.failed > 0) cell.error ??= `${throughput.failed + fixedRate.failed} failed responses`;
  cell.requests += throughput.requests;
  cell.seconds += settings.seconds;
  cell.latencies.push(...fixedRate.latencies);
  cell.gatewayPeakRssMb = Math.max(cell.gatewayPeakRssMb, gateway.process.peakRssMb());
  cell.subgraphPeakRssMb = Math.max(cell.subgraphPeakRssMb, gateway.subgraphs.reduce((sum, subgraph) => sum + subgraph.peakRssMb(), 0));
}

/**
 * A short hash of the answer's `data`, to check every configuration answers
 * alike, with the number of errors beside it (a police analyst is refused some
 * identifying fields: the errors are part of a correct answer).
 */
export async function dataHash(gateway: MeasuredGateway, settings: LoadSettings, query: BenchQuery): Promise<string> {
  const response = await fetch(gateway.url, { method: 'POST', headers: headers(settings), body: body(query, settings) });
  const result = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  const hash = result.data === undefined || result.data === null ? 'no data' : createHash('sha256').update(JSON.stringify(result.data)).digest('hex').slice(0, 10);
  return result.errors?.length ? `${hash} +${result.errors.length} errors` : hash;
}
