import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MEMBERS, environmentNameOf } from '@joined-up/agencies';
import { DevIdentityProvider } from '@joined-up/auth';
import { freePort, startChildService } from '@joined-up/stack';
import { officers, postGraphQL } from '@joined-up/testing';

/**
 * `pnpm start` from nothing to its first answer, as a newcomer runs it (the
 * embedded database, a fresh data directory), on whichever Node runs this
 * script: CI runs it on Node 22 and 24. Every port is free-chosen, so it runs
 * beside anything else on the machine. Prints the seconds it took.
 */
const started = Date.now();
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'joined-up-smoke-'));
const port = await freePort();
const subgraphPorts = Object.fromEntries(MEMBERS.map((member) => [`${environmentNameOf(member.id)}_SUBGRAPH_PORT`, '0']));
const stack = await startChildService({
  name: 'pnpm start',
  entry: 'packages/stack/src/start.ts',
  env: { ...process.env, ...subgraphPorts, DATABASE_URL: '', PORT: String(port), JOINED_UP_DATA_DIR: dataDir, JOINED_UP_POPULATION: process.env.JOINED_UP_POPULATION || '1000' },
  healthUrl: `http://127.0.0.1:${port}/health`,
  log: () => {},
  startTimeoutMs: 300_000,
}).catch(async (error) => {
  await rm(dataDir, { recursive: true, force: true });
  throw error;
});
try {
  const token = await (await DevIdentityProvider.inDirectory(path.join(dataDir, 'keys'))).issue(officers.policeAnalyst);
  const answer = await postGraphQL(`http://127.0.0.1:${port}/graphql`, '{ agencies { id } }', { token });
  if (answer.errors || (answer.data?.agencies?.length ?? 0) < 5) throw new Error(`pnpm start answered badly: ${answer.text}`);
  console.log(`pnpm start answered on Node ${process.version} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  // How `pnpm start` itself shuts down is reported, not judged, here: on the
  // embedded database it currently ends by the signal rather than exit code 0
  // (separate processes on PostgreSQL are checked in process-lifecycle.e2e.ts).
  const stopping = Date.now();
  const code = await stack.stop(60_000);
  console.log(`pnpm start stopped on SIGTERM in ${((Date.now() - stopping) / 1000).toFixed(1)} s (exit code ${code})`);
  await rm(dataDir, { recursive: true, force: true });
}
