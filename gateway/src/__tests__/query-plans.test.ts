import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../../../packages/testing/src/readme-examples.js';
import { exampleQueries } from '../example-queries.js';
import { requireFromPlanner, storedPlans, supergraphPlanner } from './query-plans.js';

/**
 * Apollo's planner is patched (patches/, pnpm-workspace.yaml says why) to
 * work less on an operation it has not seen; the plans must not change. The
 * stored plans were made by the unpatched planner.
 */
describe("the planner's plans", () => {
  const stored = storedPlans();

  it('are stored for every README and explorer example', () => {
    const queries = new Set(stored.map(({ query }) => query));
    const missing = [...readmeExamples(), ...exampleQueries.map(({ query }) => query)].filter((query) => !queries.has(query));
    expect(missing, 'Add them with `npx tsx gateway/src/__tests__/write-query-plans.ts` (on the unpatched planner) and read the plans before committing').toEqual([]);
    expect(stored.filter(({ name }) => name.startsWith('bench:')).length).toBeGreaterThanOrEqual(8);
    expect(stored.every(({ plan }) => !(plan as { error?: string }).error)).toBe(true);
  });

  it('are the stored ones, each planned by a new planner', () => {
    for (const { name, query, plan } of stored) expect(supergraphPlanner().plan(query), name).toEqual(plan);
  });

  it('are the stored ones, all planned by one planner, forwards, backwards and again', () => {
    const planner = supergraphPlanner();
    for (const order of [stored, [...stored].reverse(), stored]) {
      for (const { name, query, plan } of order) expect(planner.plan(query), name).toEqual(plan);
    }
  });
});

describe('a new operation', () => {
  // Where each planning traversal starts: once for the operation, once for each edge whose conditions it resolves.
  const graphPaths = requireFromPlanner(requireFromPlanner.resolve('@apollo/query-graphs').replace(/index\.js$/, 'graphPath.js')) as {
    createInitialOptions: (...args: unknown[]) => unknown;
  };
  function traversals(run: () => void): number {
    const original = graphPaths.createInitialOptions;
    let started = 0;
    graphPaths.createInitialOptions = (...args) => (started++, original(...args));
    try {
      run();
    } finally {
      graphPaths.createInitialOptions = original;
    }
    return started;
  }

  it("has its entities' key and @requires conditions resolved, and its root paths found, once per planner, not once per operation", () => {
    const person = storedPlans().find(({ name }) => name === 'bench: one person, five agencies')!;
    const planner = supergraphPlanner();
    const first = traversals(() => planner.plan(person.query.replace('{', '{ new1: __typename ')));
    const second = traversals(() => planner.plan(person.query.replace('{', '{ new2: __typename ')));
    // Unpatched, each operation took 42: its own and 41 for conditions. The
    // operation's own traversal now starts from the root paths the planner keeps.
    expect(first).toBeGreaterThan(20);
    expect(second).toBe(0);
  });
});
