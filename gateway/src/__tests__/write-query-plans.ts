import { writeFileSync } from 'node:fs';
import { readmeExamples } from '../../../packages/testing/src/readme-examples.js';
import { exampleQueries } from '../example-queries.js';
import { PLANS_PATH, storedPlans, supergraphPlanner, type PlannedQuery } from './query-plans.js';

/**
 * Writes `query-plans.json`: the plans Apollo's planner makes today for the
 * queries it keeps (the peer bench's among them) and for every README and
 * explorer example. Run it when the supergraph changes on purpose and read
 * the plans' diff before committing it; never after a planner patch alone.
 *   npx tsx gateway/src/__tests__/write-query-plans.ts
 */
const planner = supergraphPlanner();
const queries = storedPlans().map(({ name, query }) => ({ name, query }));
const add = (name: string, query: string) => {
  if (!queries.some((known) => known.query === query)) queries.push({ name, query });
};
readmeExamples().forEach((query, index) => add(`README example ${index + 1}`, query));
for (const example of exampleQueries) add(`explorer: ${example.title}`, example.query);
const planned: PlannedQuery[] = queries.map(({ name, query }) => ({ name, query, plan: planner.plan(query) }));
writeFileSync(PLANS_PATH, `${JSON.stringify(planned, null, 1)}\n`);
console.log(`${planned.length} plans written to ${PLANS_PATH.pathname}`);
