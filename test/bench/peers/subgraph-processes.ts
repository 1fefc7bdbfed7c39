import path from 'node:path';
import { subgraphDefinitions } from '@joined-up/composition/registry';
import { freePort, startProcess, type BenchProcess } from './bench-process.js';
import { urlEnv } from './configurations.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every subgraph of the registry running as its own process, and where each answers. */
export interface SubgraphProcesses {
  urls: Record<string, string>;
  processes: BenchProcess[];
}

/**
 * Starts each subgraph as its own process (as deployed) on a free port, over
 * `env` (database, data directory, secrets). With `profileDir`, each writes a
 * V8 CPU profile into `profileDir/<name>-subgraph` when it stops. Processes
 * started before a failure are in `started`, for the caller to stop.
 */
export async function startSubgraphProcesses(env: Record<string, string>, started: BenchProcess[], profileDir?: string): Promise<SubgraphProcesses> {
  const urls: Record<string, string> = {};
  for (const definition of subgraphDefinitions) urls[definition.name] = `http://127.0.0.1:${await freePort()}/graphql`;
  const processes: BenchProcess[] = [];
  for (const definition of subgraphDefinitions) {
    const processEnv = { ...env, PORT: new URL(urls[definition.name]).port, HOST: '127.0.0.1', ...urlEnv(urls) };
    // Each subgraph's profile in a folder of its own, to tell them apart.
    const profiled = profileDir && { nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir, `${definition.name}-subgraph`)}`] };
    const subgraph = await startProcess(`${definition.name} subgraph`, path.join(root, `subgraphs/${definition.name}/src/index.ts`), processEnv, /subgraph ready/, profiled || {});
    started.push(subgraph);
    processes.push(subgraph);
  }
  return { urls, processes };
}
