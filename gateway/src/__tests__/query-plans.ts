import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { SUPERGRAPH_PATH } from '../supergraph-file.js';

/**
 * The README's, the explorer's and the peer bench's queries with the plans
 * Apollo's query planner made for them, as `query-plans.json` keeps them
 * (written by `write-query-plans.ts`); planner patches must leave every
 * plan as it is.
 */
export interface PlannedQuery {
  name: string;
  query: string;
  /** The plan as JSON, or the planner's error message. */
  plan: unknown;
}

export const PLANS_PATH = new URL('./query-plans.json', import.meta.url);

export function storedPlans(): PlannedQuery[] {
  return JSON.parse(readFileSync(PLANS_PATH, 'utf8')) as PlannedQuery[];
}

// Apollo Gateway's own copies of the planner's packages, the ones it plans with.
export const requireFromGateway = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
export const internals = requireFromGateway('@apollo/federation-internals') as {
  operationFromDocument(schema: unknown, document: ReturnType<typeof parse>, options?: { validate?: boolean }): unknown;
  Supergraph: { build(sdl: string): { apiSchema(): unknown } };
};
/** Resolves as Apollo's query planner does (its own copies of query-graphs and federation-internals). */
export const requireFromPlanner = createRequire(requireFromGateway.resolve('@apollo/query-planner'));
export type PlannerClass = new (supergraph: unknown, config?: object) => { buildQueryPlan(operation: unknown): object };
const { QueryPlanner } = requireFromGateway('@apollo/query-planner') as { QueryPlanner: PlannerClass };

let supergraph: { apiSchema(): unknown } | undefined;
/** The committed supergraph, built once, as Apollo Gateway builds it. */
export function committedSupergraph(): { apiSchema(): unknown } {
  return (supergraph ??= internals.Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')));
}

/** A new planner over the committed supergraph, as Apollo Gateway builds one; `plan` plans one text as the gateway does. */
export function supergraphPlanner(): { plan(query: string): unknown } {
  const apiSchema = committedSupergraph().apiSchema();
  const planner = new QueryPlanner(committedSupergraph(), {});
  return {
    plan(query) {
      try {
        // As the gateway plans it: the API-schema operation (validated by Apollo Server's graphql-js rules, not again), then its plan.
        const operation = internals.operationFromDocument(apiSchema, parse(query), { validate: false });
        // Through JSON, as a plan is compared and cached: only its data.
        return JSON.parse(JSON.stringify(planner.buildQueryPlan(operation)));
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
  };
}
