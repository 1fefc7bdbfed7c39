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
  /** The same subgraph CPU, process by process (`health subgraph`, ...). */
  subgraphCpuMsByProcess: Record<string, number>;
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
  return { requests: 0, seconds: 0, latencies: [], gatewayCpuMs: 0, subgraphCpuMs: 0, subgraphCpuMsByProcess: {}, loadRequests: 0, subgraphCalls: 0, statements: 0, measuredRequests: 0, loadSubgraphCalls: 0, gatewayPeakRssMb: 0, subgraphPeakRssMb: 0 };
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
   * Tokens of as many officers as there are connections: each connection of
   * the fixed-concurrency run is one officer's, as in use (our gateway caps
   * each officer's concurrent requests, and Hive Gateway merges identical
   * subgraph calls only within one officer's, since the token is part of
   * what it compares). The fixed-rate run uses them in turn.
   */
  tokens: readonly string[];
  /** Least seconds of each run. */
  seconds: number;
  /**
   * Least answers of each run: a run goes on past `seconds` until it has
   * them, so a slow workload's figures are not a handful of requests.
   */
  minRequests: number;
  connections: number;
  /** Requests per second of the open-loop (fixed-rate) run. */
  rate: number;
  /**
   * Seconds of load, outside the figures, before a workload's first round on
   * each configuration: V8 compiles a path only once it is hot, and a
   * subgraph's cost per call falls by half over its first few thousand calls,
   * which the monolith (every call in one process) reaches six times sooner.
   */
  warmUpSeconds: number;
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
 * merging of identical in-flight subgraph requests. Its key is the URL, the
 * body and the headers it forwards, the officer's token among them, so it
 * never merges two officers' reads: only one officer's identical requests
 * made at once, which each connection being one officer's leaves out. Our
 * gateway does not merge (each request's reads are audited under its own
 * request id). A cold-planning request
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

/** A run gives up on its least number of answers after this long. */
const LONGEST_RUN_SECONDS = 120;

interface LoadResult {
  /** Answers (2xx); a refusal (429, 400) is quick and would flatter the figure. */
  requests: number;
  sent: number;
  failed: number;
  latencies: number[];
  /** From the first request sent to the last client closed. */
  seconds: number;
}

type RequestOf = (sequence: number) => { headers: Record<string, string>; body: string };

/**
 * The fixed-concurrency run: autocannon instances together until at least
 * `settings.seconds` have passed and they have `settings.minRequests` answers
 * between them (autocannon checks its stop once a second). Each instance
 * builds its requests with `setupRequest(sequence)`, `sequence` counting the
 * requests of all of them.
 */
async function runLoad(url: string, settings: LoadSettings, instances: { connections: number; setupRequest: RequestOf }[]): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  let answered = 0;
  const started = performance.now();
  const running: autocannon.Instance[] = [];
  const enough = () => answered >= settings.minRequests && performance.now() - started >= settings.seconds * 1000;
  const results = await Promise.all(
    instances.map(
      (options) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url,
              method: 'POST',
              connections: options.connections,
              // The least seconds when that is all a run needs; otherwise the cap, and the stop below.
              duration: settings.minRequests > 0 ? LONGEST_RUN_SECONDS : settings.seconds,
              requests: [{ setupRequest: (request) => ({ ...request, ...options.setupRequest(sent++) }) }],
            },
            (error, finished) => (error ? reject(error) : resolve(finished)),
          );
          running.push(instance);
          instance.on('response', (_client, status, _bytes, responseTime) => {
            latencies.push(responseTime);
            if (status >= 200 && status < 300) answered++;
            if (enough()) for (const each of running) each.stop();
          });
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const sum = (field: (result: autocannon.Result) => number) => results.reduce((total, result) => total + field(result), 0);
  const failed = sum((result) => result.non2xx + result.errors + result.timeouts);
  if (process.env.BENCH_DEBUG) console.log(url, JSON.stringify({ answered: sum((result) => result['2xx']), sent, failed, seconds }));
  return { requests: sum((result) => result['2xx']), sent, failed, latencies, seconds };
}

/** Longest wait for one answer of the fixed-rate run (autocannon's own, for the other). */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * The fixed-rate run, open loop: a request every 1/rate s, whatever the
 * answers before it are doing (a connection waiting for a slow answer would
 * hold the next request back, and autocannon's rate sends each connection's
 * share of a second at once), until `settings.seconds` have passed and
 * `settings.minRequests` are sent; then every answer is awaited. A latency
 * runs from sending to the answer's last byte.
 */
async function runAtRate(url: string, settings: LoadSettings, request: RequestOf): Promise<LoadResult> {
  const latencies: number[] = [];
  const interval = 1000 / settings.rate;
  const started = performance.now();
  let answered = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  for (let sequence = 0; sequence < settings.minRequests || sequence * interval < settings.seconds * 1000; sequence++) {
    const wait = started + sequence * interval - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { headers, body } = request(sequence);
    const sentAt = performance.now();
    inFlight.push(
      fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) }).then(
        async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - sentAt);
          if (response.ok) answered++;
          else failed++;
        },
        () => {
          // A request that timed out or failed counts at the time it took, so it cannot flatter p95 or p99.
          latencies.push(performance.now() - sentAt);
          failed++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { requests: answered, sent: inFlight.length, failed, latencies, seconds: (performance.now() - started) / 1000 };
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
  const subgraphCpus = () => gateway.subgraphs.map((subgraph) => subgraph.cpuMs());
  for (const started of [gateway.process, ...gateway.subgraphs]) started.resetPeakRss();

  const countersBefore = await readCounters(gateway.counters);
  for (let request = 0; request < SEQUENTIAL_REQUESTS; request++) {
    await fetch(gateway.url, { method: 'POST', headers: headers(settings, request), body: body(query, settings, request, unique) }).then((response) => response.text());
  }
  const countersAfter = await readCounters(gateway.counters);
  cell.subgraphCalls += countersAfter.requests - countersBefore.requests;
  cell.statements += countersAfter.statements - countersBefore.statements;
  cell.measuredRequests += SEQUENTIAL_REQUESTS;

  const [gatewayBefore, subgraphsBefore, loadCountersBefore] = [gateway.process.cpuMs(), subgraphCpus(), await readCounters(gateway.counters)];
  // One autocannon instance per connection, so each connection is one officer's.
  const throughput = await runLoad(
    gateway.url,
    settings,
    Array.from({ length: settings.connections }, (_, connection) => ({
      connections: 1,
      setupRequest: (sequence: number) => ({ headers: headers(settings, connection), body: body(query, settings, sequence, unique) }),
    })),
  );
  await drain(gateway.counters);
  cell.loadSubgraphCalls += (await readCounters(gateway.counters)).requests - loadCountersBefore.requests;
  cell.gatewayCpuMs += gateway.process.cpuMs() - gatewayBefore;
  for (const [index, after] of subgraphCpus().entries()) {
    const name = gateway.subgraphs[index].name;
    cell.subgraphCpuMs += after - subgraphsBefore[index];
    cell.subgraphCpuMsByProcess[name] = (cell.subgraphCpuMsByProcess[name] ?? 0) + after - subgraphsBefore[index];
  }
  cell.loadRequests += throughput.sent;

  const fixedRate = await runAtRate(gateway.url, settings, (sequence) => ({ headers: headers(settings, sequence), body: body(query, settings, sequence, unique) }));
  await drain(gateway.counters);
  if (throughput.failed + fixedRate.failed > 0) cell.error ??= `${throughput.failed + fixedRate.failed} failed responses`;
  cell.requests += throughput.requests;
  cell.seconds += throughput.seconds;
  cell.latencies.push(...fixedRate.latencies);
  cell.gatewayPeakRssMb = Math.max(cell.gatewayPeakRssMb, gateway.process.peakRssMb());
  cell.subgraphPeakRssMb = Math.max(cell.subgraphPeakRssMb, gateway.subgraphs.reduce((sum, subgraph) => sum + subgraph.peakRssMb(), 0));
}

/** Load at the run's concurrency for `settings.warmUpSeconds`, nothing measured: every configuration starts the figures warm. */
export async function warmUp(gateway: MeasuredGateway, settings: LoadSettings, query: BenchQuery, unique: boolean): Promise<void> {
  if (settings.warmUpSeconds <= 0) return;
  await runLoad(
    gateway.url,
    { ...settings, seconds: settings.warmUpSeconds, minRequests: 0 },
    Array.from({ length: settings.connections }, (_, connection) => ({
      connections: 1,
      setupRequest: (sequence: number) => ({ headers: headers(settings, connection), body: body(query, settings, sequence, unique) }),
    })),
  );
  await drain(gateway.counters);
}

/**
 * A short hash of the answer's `data`, to check every configuration answers
 * alike, with the number of errors beside it (a police analyst is refused some
 * identifying fields: the errors are part of a correct answer).
 */
export async function dataHash(gateway: MeasuredGateway, settings: LoadSettings, query: BenchQuery): Promise<string> {
  const response = await fetch(gateway.url, { method: 'POST', headers: headers(settings), body: body(query, settings) });
  const result = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  // An answer without data (a subgraph that timed out under load) says why.
  if (process.env.BENCH_DEBUG && (result.data === undefined || result.data === null)) console.log(gateway.url, query.name, JSON.stringify(result.errors?.slice(0, 3)));
  const hash = result.data === undefined || result.data === null ? 'no data' : createHash('sha256').update(JSON.stringify(result.data)).digest('hex').slice(0, 10);
  return result.errors?.length ? `${hash} +${result.errors.length} errors` : hash;
}
