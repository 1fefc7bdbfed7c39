import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../../../packages/testing/src/readme-examples.js';
import { exampleQueries } from '../example-queries.js';
import { storedPlans, supergraphPlanner } from './query-plans.js';

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
