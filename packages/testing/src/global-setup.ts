import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeFederationSeed, TEST_SEED_DIR_VARIABLE } from './federation-seed.js';

/**
 * Vitest global setup: a directory for this run's seeded federation database
 * (see federation-seed.ts), handed to the test workers in the environment,
 * and the seed removed when the run ends.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'joined-up-test-seed-'));
  process.env[TEST_SEED_DIR_VARIABLE] = dir;
  return () => removeFederationSeed(dir);
}
