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
    hookTimeout: 120_000,
    testTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
