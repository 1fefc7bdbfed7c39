import { spawnSync } from 'node:child_process';
import { buildDashboard } from '../apps/dashboard/build/dashboard-build.js';

/**
 * `pnpm test`: typecheck, composition check, then the whole suite twice, as
 * Kysely runs its suite once per dialect: on real PostgreSQL (when
 * JOINED_UP_TEST_POSTGRES_URL is set, or a server answers on the default
 * local port) and on the embedded PGlite.
 */
const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
// `--engine postgres` (pnpm test:postgres) or `--engine pglite` (pnpm test:pglite)
// runs the tests on that engine only, with no typecheck or composition check;
// on PostgreSQL it fails, rather than quietly testing PGlite, when none answers.
const engineFlag = process.argv.indexOf('--engine');
const onlyEngine = engineFlag >= 0 ? process.argv[engineFlag + 1] : undefined;
if (onlyEngine !== undefined && onlyEngine !== 'postgres' && onlyEngine !== 'pglite') {
  console.error(`--engine must be postgres or pglite; got "${onlyEngine}".`);
  process.exit(2);
}
const extraArgs = process.argv.slice(2).filter((_arg, index) => engineFlag < 0 || (index !== engineFlag - 2 && index !== engineFlag - 1));

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

async function postgresUrl(): Promise<string | undefined> {
  if (process.env.JOINED_UP_TEST_POSTGRES_URL) return process.env.JOINED_UP_TEST_POSTGRES_URL;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: DEFAULT_POSTGRES, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return DEFAULT_POSTGRES;
  } catch {
    return undefined;
  }
}

if (onlyEngine === 'pglite') {
  run('Tests on embedded PGlite', 'npx', ['vitest', 'run', ...extraArgs], { JOINED_UP_TEST_POSTGRES_URL: '' });
  process.exit(0);
}
if (onlyEngine === 'postgres') {
  const url = await postgresUrl();
  if (!url) {
    console.error(`No PostgreSQL answers at ${process.env.JOINED_UP_TEST_POSTGRES_URL || DEFAULT_POSTGRES}: start one, or set JOINED_UP_TEST_POSTGRES_URL.`);
    process.exit(1);
  }
  run(`Tests on PostgreSQL (${new URL(url).host})`, 'npx', ['vitest', 'run', ...extraArgs], { JOINED_UP_TEST_POSTGRES_URL: url });
  process.exit(0);
}

run('Typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('Composition', 'npx', ['tsx', 'packages/composition/src/compose-cli.ts', 'check']);
// The dashboard is browser code with its own compiler settings (DOM, JSX) and
// operations typed against the published schema; its browser tests need the build.
run('Dashboard typecheck', 'npx', ['tsc', '--noEmit', '-p', 'apps/dashboard/tsconfig.json']);
console.log('\n=== Dashboard build ===');
buildDashboard((message) => console.log(message));
if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) {
  run('docker-compose.yml', 'docker-compose', ['config', '-q']);
} else if (process.env.CI) {
  console.error('CI must validate docker-compose.yml: install docker-compose (Debian package docker-compose).');
  process.exit(1);
} else {
  console.log('\ndocker-compose is not installed: docker-compose.yml is checked by its structural test only.');
}

const url = await postgresUrl();
if (url) {
  run(`Tests on PostgreSQL (${new URL(url).host})`, 'npx', ['vitest', 'run', ...extraArgs], { JOINED_UP_TEST_POSTGRES_URL: url });
} else if (process.env.CI) {
  console.error('CI must test on PostgreSQL: set JOINED_UP_TEST_POSTGRES_URL or start a server on 127.0.0.1:5432.');
  process.exit(1);
} else {
  console.log('\nNo PostgreSQL found on 127.0.0.1:5432 (set JOINED_UP_TEST_POSTGRES_URL to use another): testing on PGlite only.');
}
run('Tests on embedded PGlite', 'npx', ['vitest', 'run', ...extraArgs], { JOINED_UP_TEST_POSTGRES_URL: '' });
