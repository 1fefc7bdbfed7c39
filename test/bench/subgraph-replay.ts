import { mkdirSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DevIdentityProvider } from '@joined-up/auth';
import { officers } from '@joined-up/testing';
import { freePort, startProcess, type BenchProcess } from './peers/bench-process.js';
import { urlEnv } from './peers/configurations.js';
import { preparePeerRun } from './peers/run-peers.js';
import { startSubgraphProcesses } from './peers/subgraph-processes.js';
import { replayCall, startRecorders, type RecordedCall } from './replay/recorded-calls.js';

/**
 * `pnpm bench:replay [--only "one person"] [--population 10000] [--rounds 8] [--sets 400] [--connections 10] [--profile <dir>]`
 *
 * What a workload's subgraph calls cost the subgraph processes, without a
 * gateway in the measurement: our gateway answers one request of the
 * workload once, through pass-throughs that record each call it makes to a
 * subgraph; then the recorded calls are sent again straight to the subgraph
 * processes, set after set (the first subgraph's calls, then the others at
 * once, as the plan orders them), each connection as its own officer.
 * Every round prints the subgraph CPU per call set (from /proc), process by
 * process. The rounds show how far from its steady state a process is after
 * a given number of calls: at 10,000 people one person's six calls cost
 * about 13 ms in the first round of 400 sets and about 7 ms from the fifth,
 * as V8 optimises what each process runs. `--profile` writes each
 * subgraph's V8 CPU profile into `dir/<name>-subgraph`.
 */
const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'one person' },
    population: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '8' },
    sets: { type: 'string', default: '400' },
    connections: { type: 'string', default: '10' },
    profile: { type: 'string' },
  },
});
const log = (line: string) => console.log(line);
const population = Number(args.population);
const sets = Number(args.sets);
const dataDir = path.join(tmpdir(), `joined-up-bench-replay-${process.pid}`);
mkdirSync(dataDir, { recursive: true });

const { database, queries } = await preparePeerRun(population, dataDir, log);
const workload = queries.find((query) => query.name.includes(args.only));
if (!workload) throw new Error(`No workload's name contains "${args.only}": ${queries.map((query) => query.name).join(', ')}.`);
const identityProvider = await DevIdentityProvider.inDirectory(path.join(dataDir, 'keys'));
const tokens = await Promise.all(
  Array.from({ length: Number(args.connections) }, (_, officer) =>
    identityProvider.issue({ ...officers.policeAnalyst, officerId: `${officers.policeAnalyst.officerId}-${officer + 1}` }, { expiresIn: 24 * 3600 }),
  ),
);

const processes: BenchProcess[] = [];
try {
  const env = { DATABASE_URL: database.url, JOINED_UP_DATA_DIR: dataDir, JOINED_UP_POPULATION: String(population), JOINED_UP_LINKAGE_SECRET: 'bench-linkage-secret' };
  const subgraphs = await startSubgraphProcesses(env, processes, args.profile);
  const recorders = await startRecorders(subgraphs.urls);
  const port = await freePort();
  const gatewayEnv = { PORT: String(port), HOST: '127.0.0.1', JOINED_UP_DATA_DIR: dataDir, ...urlEnv(recorders.urls) };
  processes.push(await startProcess('our gateway', path.resolve(import.meta.dirname, '../../gateway/src/index.ts'), gatewayEnv, /gateway ready/));
  const ask = () =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
      body: JSON.stringify({ query: workload.query, variables: workload.variables }),
    }).then((response) => response.text());
  // The first request plans; the one recorded runs as every later one does.
  await ask();
  const calls = await recorders.record(ask);
  await recorders.close();
  log(`${workload.name}: ${calls.length} subgraph calls (${calls.map((call) => call.subgraph).join(', ')}), replayed in sets of ${calls.length} at ${tokens.length} connections`);

  const agent = new Agent({ keepAlive: true });
  const first = calls.filter((call) => call.subgraph === calls[0].subgraph);
  const rest = calls.filter((call) => call.subgraph !== calls[0].subgraph);
  const send = async (call: RecordedCall, token: string) => {
    const status = await replayCall(call, subgraphs.urls[call.subgraph], token, agent);
    if (status !== 200) throw new Error(`${call.subgraph} answered a replayed call with HTTP ${status}.`);
  };
  const replaySets = async (count: number) => {
    let next = 0;
    await Promise.all(
      tokens.map(async (token) => {
        while (next++ < count) {
          for (const call of first) await send(call, token);
          await Promise.all(rest.map((call) => send(call, token)));
        }
      }),
    );
  };
  const names = subgraphs.processes.map((subgraph) => subgraph.name.replace(/ subgraph$/, ''));
  log(`\n| round | sets/s | subgraph CPU ms/set | ${names.join(' | ')} |\n|${'---|'.repeat(names.length + 3)}`);
  for (let round = 1; round <= Number(args.rounds); round++) {
    const before = subgraphs.processes.map((subgraph) => subgraph.cpuMs());
    const started = performance.now();
    await replaySets(sets);
    const seconds = (performance.now() - started) / 1000;
    const perSet = subgraphs.processes.map((subgraph, index) => (subgraph.cpuMs() - before[index]) / sets);
    const total = perSet.reduce((sum, value) => sum + value, 0);
    log(`| ${round} | ${(sets / seconds).toFixed(0)} | ${total.toFixed(2)} | ${perSet.map((value) => value.toFixed(2)).join(' | ')} |`);
  }
  agent.destroy();
} finally {
  for (const started of processes.reverse()) await started.stop();
}
