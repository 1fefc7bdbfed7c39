import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevIdentityProvider } from '@joined-up/auth';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { freePort, startChildService, type ChildService } from '@joined-up/stack';

const ROOT = new URL('../../', import.meta.url);

/** Runs an entry point to its exit and returns its exit code and everything it printed. */
async function runToExit(entry: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output: output.trim() };
}

/** One line naming the variable: no stack trace, no driver dump. */
function expectOneClearLine(result: { code: number | null; output: string }, variable: string): void {
  expect(result.code, result.output).not.toBe(0);
  expect(result.output.split('\n'), result.output).toHaveLength(1);
  expect(result.output).toContain(variable);
  expect(result.output).not.toMatch(/\n\s+at /);
}

// Concurrent: each case is a process loading the whole service, and they share nothing.
describe.concurrent('bad configuration stops a process at start with one line naming the variable', () => {
  const agencyUrls = { HEALTH_SUBGRAPH_URL: 'http://health:4001/graphql', POLICE_SUBGRAPH_URL: 'http://police:4002/graphql', EDUCATION_SUBGRAPH_URL: 'http://education:4003/graphql', HOUSING_SUBGRAPH_URL: 'http://housing:4004/graphql', VOLUNTARY_SUBGRAPH_URL: 'http://voluntary:4005/graphql' };
  const jwks = { JOINED_UP_JWKS_URL: 'https://identity.example.invalid/.well-known/jwks.json' };

  it('the gateway in production without one subgraph URL', async () => {
    expectOneClearLine(await runToExit('gateway/src/index.ts', { ...jwks, ...agencyUrls, NODE_ENV: 'production', PORT: '0' }), 'PARTNERSHIP_SUBGRAPH_URL');
  });

  it('the gateway given a subgraph URL that is not a URL', async () => {
    expectOneClearLine(await runToExit('gateway/src/index.ts', { ...jwks, ...agencyUrls, PARTNERSHIP_SUBGRAPH_URL: 'partnership:4006', PORT: '0' }), 'PARTNERSHIP_SUBGRAPH_URL');
  });

  it('a subgraph whose database does not answer', async () => {
    const closed = await freePort();
    expectOneClearLine(
      await runToExit('subgraphs/health/src/index.ts', { ...jwks, DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/nowhere`, HEALTH_DATABASE_URL: '', PORT: '0' }),
      'DATABASE_URL',
    );
  });

  it('a subgraph given a malformed JWKS URL', async () => {
    expectOneClearLine(await runToExit('subgraphs/health/src/index.ts', { JOINED_UP_JWKS_URL: 'identity/jwks', PORT: '0' }), 'JOINED_UP_JWKS_URL');
  });
});

describe('a subgraph process: health, readiness and SIGTERM', () => {
  let database: TestDatabaseOptions;
  let dataDir: string;
  let subgraph: ChildService;
  let baseUrl: string;

  beforeAll(async () => {
    database = await testDatabaseOptions('process-lifecycle');
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'joined-up-lifecycle-'));
    await DevIdentityProvider.inDirectory(path.join(dataDir, 'keys'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    subgraph = await startChildService({
      name: 'voluntary',
      entry: 'subgraphs/voluntary/src/index.ts',
      // On PostgreSQL the test's own database; otherwise an embedded PGlite in the data directory.
      // NODE_ENV as deployed, not vitest's 'test': Apollo Server installs its own
      // signal handlers outside tests, and they must not cut the shutdown short.
      env: { ...process.env, ...database.env, NODE_ENV: 'development', JOINED_UP_DATA_DIR: dataDir, JOINED_UP_POPULATION: '200', PORT: String(port) },
      healthUrl: `${baseUrl}/health`,
      log: () => {},
    });
  }, 180_000);
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is ready once its database answers and its migrations are applied', async () => {
    const response = await fetch(`${baseUrl}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('exits cleanly on SIGTERM, closing its server and its pool', async () => {
    expect(await subgraph.stop(15_000)).toBe(0);
    await expect(fetch(`${baseUrl}/health`)).rejects.toThrow();
  });
});
