import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Two copies of graphql-js in one process break `instanceof` checks
    // ("Cannot use GraphQLSchema from another module or realm"): pin one.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['**/*.test.ts', '**/*.e2e.ts'],
    exclude: ['**/node_modules/**', '.data/**'],
    // A cold embedded PostgreSQL takes seconds to start; real servers answer in milliseconds.
    // The first file to start a federation also seeds the run's database, which on PGlite
    // takes a minute or more on a busy machine before its own copy starts.
    hookTimeout: 240_000,
    testTimeout: 60_000,
    // One seeded federation database per run, which every test federation copies.
    globalSetup: ['packages/testing/src/global-setup.ts'],
    // Fewer random pairs for u when linking the small test population (see link-people.ts).
    env: { JOINED_UP_LINKAGE_U_PAIRS: '250000' },
    pool: 'forks',
    maxWorkers: 2,
  },
});
