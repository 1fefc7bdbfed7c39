import type { PopulationOptions } from '@joined-up/synthetic';

/**
 * The synthetic population every process must agree on: `JOINED_UP_POPULATION`
 * (people, default 10,000) and `JOINED_UP_SEED` (default 1998). Each agency
 * process generates its own view independently, so these must match.
 */
export function populationOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PopulationOptions {
  const size = Number(env.JOINED_UP_POPULATION || 10_000);
  const seed = Number(env.JOINED_UP_SEED || 1998);
  if (!Number.isInteger(size) || size < 100) throw new Error(`JOINED_UP_POPULATION must be a whole number of at least 100, got "${env.JOINED_UP_POPULATION}".`);
  if (!Number.isInteger(seed)) throw new Error(`JOINED_UP_SEED must be a whole number, got "${env.JOINED_UP_SEED}".`);
  return { size, seed, asOf: env.JOINED_UP_AS_OF || undefined };
}
