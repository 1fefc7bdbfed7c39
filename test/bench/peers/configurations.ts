import path from 'node:path';
import { environmentNameOf } from '@joined-up/agencies';
import { freePort, startProcess } from './bench-process.js';
import type { MeasuredGateway } from './measure-cell.js';

const root = path.resolve(import.meta.dirname, '../../..');
const supergraphPath = path.join(root, 'gateway/supergraph.graphql');

/** What every configuration is started with: the subgraph processes, and the environment they share. */
export interface SubgraphSet {
  urls: Record<string, string>;
  processes: MeasuredGateway['subgraphs'];
  /** DATABASE_URL, data directory (token keys), population and secrets, as the subgraph processes have them. */
  env: Record<string, string>;
  /** Node options for the gateway and monolith processes (`--cpu-prof` and its directory, for `--profile`). */
  nodeOptions?: string[];
}

export interface Configuration {
  name: string;
  start(subgraphs: SubgraphSet): Promise<MeasuredGateway>;
}

export function urlEnv(subgraphUrls: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${environmentNameOf(name)}_SUBGRAPH_URL`, url]));
}

const countersOf = (urls: Record<string, string>) => Object.values(urls).map((url) => url.replace(/\/graphql$/, '/counters'));

/** The configuration the ratios are taken to: every subgraph in one process, no network between them. */
export const MONOLITH = 'monolith';

/**
 * The configurations of `pnpm bench:peers`, in the order they take turns:
 * three gateways in front of the same subgraph processes, and the monolith
 * over the same databases.
 */
export const configurations: Configuration[] = [
  {
    name: 'ours',
    async start(subgraphs) {
      const port = await freePort();
      const env = { PORT: String(port), HOST: '127.0.0.1', JOINED_UP_DATA_DIR: subgraphs.env.JOINED_UP_DATA_DIR, ...urlEnv(subgraphs.urls) };
      const started = await startProcess('our gateway', path.join(root, 'gateway/src/index.ts'), env, /gateway ready/, { nodeOptions: subgraphs.nodeOptions });
      return { url: `http://127.0.0.1:${port}/graphql`, process: started, subgraphs: subgraphs.processes, counters: countersOf(subgraphs.urls) };
    },
  },
  ...(['stitching', 'router'] as const).map((planner) => ({
    name: planner === 'router' ? 'hive+rust planner' : 'hive default',
    async start(subgraphs: SubgraphSet): Promise<MeasuredGateway> {
      const port = await freePort();
      const env = { PORT: String(port), HIVE_PLANNER: planner, SUPERGRAPH: supergraphPath, SUBGRAPH_URLS: JSON.stringify(subgraphs.urls) };
      const started = await startProcess(`Hive Gateway (${planner})`, path.join(import.meta.dirname, 'hive-gateway.ts'), env, /ready at/, { nodeOptions: subgraphs.nodeOptions });
      return { url: `http://127.0.0.1:${port}/graphql`, process: started, subgraphs: subgraphs.processes, counters: countersOf(subgraphs.urls) };
    },
  })),
  {
    name: MONOLITH,
    async start(subgraphs) {
      const port = await freePort();
      const env = { ...subgraphs.env, PORT: String(port), SUPERGRAPH: supergraphPath, ...urlEnv(subgraphs.urls) };
      const started = await startProcess('monolith', path.join(import.meta.dirname, 'monolith.ts'), env, /monolith ready/, { nodeOptions: subgraphs.nodeOptions });
      return { url: `http://127.0.0.1:${port}/graphql`, process: started, subgraphs: [], counters: [`http://127.0.0.1:${port}/counters`] };
    },
  },
];
