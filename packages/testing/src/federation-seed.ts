import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dropTestDatabase, TEST_POSTGRES_URL_VARIABLE, type TestDatabaseSeed } from '@joined-up/db/testing';

/**
 * One seeded federation database per test run and engine, which every test
 * federation starts from a copy of.
 *
 * Migrating, seeding and linking the test population takes most of a test
 * federation's start (on PGlite most of a minute on a busy machine), and
 * comes out the same every time. So the first test file to need it builds
 * it once; every file, that one included, then gets its own copy (a
 * PostgreSQL template copy, a PGlite data directory image), so tests that
 * write stay as isolated as with a database seeded for each.
 *
 * The seed lives in a directory the Vitest global setup makes for the run
 * (`JOINED_UP_TEST_SEED_DIR`) and removes after it, so no seed outlives the
 * code that built it. Without that directory (a script starting a test
 * federation) every federation seeds its own database.
 */
export const TEST_SEED_DIR_VARIABLE = 'JOINED_UP_TEST_SEED_DIR';

/** How long a test file waits for another to finish building the seed before it seeds its own database. */
const WAIT_FOR_SEED_MS = 5 * 60_000;

/** The run's seed for the engine under test, built with `build` by the first caller; undefined with no seed directory. */
export async function federationSeed(build: () => Promise<TestDatabaseSeed>): Promise<TestDatabaseSeed | undefined> {
  const dir = process.env[TEST_SEED_DIR_VARIABLE];
  if (!dir) return undefined;
  const files = seedFiles(dir);
  try {
    // mkdir is atomic: whoever creates the directory builds, everyone else waits.
    await mkdir(files.building);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return waitForSeed(files);
  }
  let seed: TestDatabaseSeed;
  try {
    seed = await build();
  } catch (error) {
    await writeFile(files.failed, String(error));
    throw error;
  }
  if (seed.engine === 'pglite') await writeAtomically(files.image, new Uint8Array(await seed.image.arrayBuffer()));
  await writeAtomically(files.ready, JSON.stringify(seed.engine === 'postgres' ? seed : { engine: 'pglite' }));
  return seed;
}

/** Drops the run's seed (the Vitest global teardown). */
export async function removeFederationSeed(dir: string): Promise<void> {
  const files = seedFiles(dir);
  const ready = await readFile(files.ready, 'utf8').catch(() => undefined);
  if (ready) {
    const seed = JSON.parse(ready) as { engine: string; template?: string };
    if (seed.engine === 'postgres' && seed.template) await dropTestDatabase(seed.template);
  }
  await rm(dir, { recursive: true, force: true });
}

function seedFiles(dir: string) {
  // The engine is fixed for a run; naming it keeps a mistaken reuse from mixing the two.
  const engine = process.env[TEST_POSTGRES_URL_VARIABLE] ? 'postgres' : 'pglite';
  const base = path.join(dir, `federation-${engine}`);
  return { building: `${base}.building`, failed: `${base}.failed`, ready: `${base}.json`, image: `${base}.tar` };
}

async function waitForSeed(files: ReturnType<typeof seedFiles>): Promise<TestDatabaseSeed | undefined> {
  const deadline = Date.now() + WAIT_FOR_SEED_MS;
  while (Date.now() < deadline) {
    const ready = await readFile(files.ready, 'utf8').catch(() => undefined);
    if (ready) {
      const seed = JSON.parse(ready) as TestDatabaseSeed;
      if (seed.engine === 'postgres') return seed;
      return { engine: 'pglite', image: new Blob([await readFile(files.image)]) };
    }
    // The file that was building failed (and says why in its own test): seed this file's database afresh.
    if (await readFile(files.failed, 'utf8').then(() => true, () => false)) return undefined;
    await sleep(250);
  }
  return undefined;
}

async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await writeFile(`${file}.partial`, data);
  await rename(`${file}.partial`, file);
}
