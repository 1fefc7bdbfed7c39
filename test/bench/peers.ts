import { parseArgs } from 'node:util';
import { peerTable, scaleTable, subgraphCpuTable } from './peers/peer-tables.js';
import { runPeers, seedOnly, type PeerRun } from './peers/run-peers.js';

/**
 * `pnpm bench:peers [--population 10000] [--rounds 2] [--seconds 2] [--min-requests 30] [--warm-up-seconds 2] [--connections 10] [--rate 5] [--only <workload>]
 *   [--configurations ours,hive default] [--profile <dir>]`
 * `pnpm bench:peers --scale [--populations 10000,100000,1000000]`
 * `pnpm bench:peers --seed-only --population 1000000`
 *
 * Our gateway beside what a partnership might run instead, over the same
 * supergraph and the same subgraph processes on PostgreSQL: each subgraph
 * runs as its own process (as deployed), in front of them our gateway, Hive
 * Gateway with its default planner and with the Rust planner, and beside them
 * the monolith (every subgraph's resolvers in one process, over the same
 * databases: the no-federation limit, see peers/monolith.ts). The
 * configurations take turns round by round. Per workload and configuration it
 * prints requests/s at fixed concurrency (autocannon, each connection one
 * officer's) and as a ratio to the monolith, p50/p95/p99 at a fixed open-loop
 * rate, CPU ms per request of the
 * gateway process and of the subgraph processes (from /proc/<pid>/stat, over
 * the fixed-concurrency run) and their total as a ratio to the monolith's
 * (then, in a second table, the subgraph CPU process by process),
 * subgraph calls and SQL statements per request (from /counters, over
 * requests sent one at a time), peak RSS, and whether the `data` is the same
 * as the monolith's (a hash). The last workload plans cold: every request's
 * text is new. Each run (fixed concurrency, fixed rate) of each round lasts
 * `--seconds` and then goes on until it has `--min-requests` answers, so a
 * slow workload (100 people, a cohort's members: a few requests a second) is
 * not measured on a handful of requests; requests/s is over the run's
 * actual length. Before each of its cells, in every round, a configuration
 * gets `--warm-up-seconds` of the same load, unmeasured, so every process is
 * measured with its code paths compiled and its connections open, whichever
 * configuration or workload ran before it.
 *
 * `--scale` runs every workload at the first population, then the person,
 * outcomes and cohort workloads at each larger one in turn (seeding each population's database on first use, which at a
 * million people takes a long while: `--seed-only` does it ahead) and adds a
 * table of how cost per request grows with the population.
 *
 * `--only` keeps the workloads whose name contains it; `--configurations`
 * the configurations whose name contains one of its comma-separated parts
 * (the monolith's figures are the ratios' base: without it they are blank).
 * `--profile <dir>` writes a V8 CPU profile of each gateway and the monolith
 * into `dir`, and of each subgraph into `dir/<name>-subgraph`, when the run
 * ends, to open in Chrome DevTools or speedscope.
 */
const { values: args } = parseArgs({
  options: {
    population: { type: 'string', default: '10000' },
    populations: { type: 'string', default: '10000,100000,1000000' },
    scale: { type: 'boolean', default: false },
    'seed-only': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '2' },
    'min-requests': { type: 'string', default: '30' },
    'warm-up-seconds': { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    rate: { type: 'string', default: '5' },
    only: { type: 'string' },
    configurations: { type: 'string' },
    profile: { type: 'string' },
  },
});
const log = (line: string) => console.log(line);

/** The workloads `--scale` repeats at every population: the ones whose cost could grow with the data. */
const SCALE_WORKLOADS = ['one person', 'outcomes', 'cohort'];

if (args['seed-only']) {
  await seedOnly(Number(args.population), log);
  process.exit(0);
}

const populations = args.scale ? args.populations.split(',').map(Number).sort((a, b) => a - b) : [Number(args.population)];
const runs: PeerRun[] = [];
for (const population of populations) {
  const run = await runPeers({
    population,
    rounds: Number(args.rounds),
    // At the smallest population every workload runs, so one --scale run gives the peer table too.
    workload: (name) => (!args.only || name.includes(args.only)) && (population === populations[0] || SCALE_WORKLOADS.some((kept) => name.includes(kept))),
    configuration: (name) => !args.configurations || args.configurations.split(',').some((part) => name.includes(part.trim())),
    profileDir: args.profile,
    load: { seconds: Number(args.seconds), minRequests: Number(args['min-requests']), warmUpSeconds: Number(args['warm-up-seconds']), connections: Number(args.connections), rate: Number(args.rate) },
    log,
  });
  runs.push(run);
  console.log(`\n${population.toLocaleString('en-GB')} people${run.seededSeconds > 0 ? ` (seeded and linked in ${run.seededSeconds.toFixed(0)} s)` : ''}\n`);
  console.log(peerTable(run));
  console.log(`\nSubgraph CPU per request, process by process\n\n${subgraphCpuTable(run)}`);
}
if (args.scale) console.log(`\nCost per request as the population grows\n\n${scaleTable(runs)}`);
