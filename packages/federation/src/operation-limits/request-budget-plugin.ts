import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { LIMIT_CODES, limitExceeded } from './limit-error.js';
import { OPERATION_LIMITS } from './limits.js';

/** A context that knows when its request's time is up. */
export interface BudgetedContext {
  /** Epoch milliseconds after which no further resolver starts. */
  readonly deadline: number;
}

/** The deadline of a request that starts now. */
export function requestDeadline(budgetMs: number = OPERATION_LIMITS.timeBudgetMs): number {
  return Date.now() + budgetMs;
}

/** Milliseconds left before `deadline`, at least 1 (0 would mean no timeout to PostgreSQL). */
export function remainingMs(deadline: number): number {
  return Math.max(1, Math.ceil(deadline - Date.now()));
}

/**
 * Cuts a request off when its time budget is spent: every resolver that would
 * start after the deadline fails instead, so a request that has used its time
 * gives the process back to the others rather than resolving thousands more
 * fields. SQL is bounded separately: `statement_timeout` on the request's
 * transactions, and the budget itself on every connection of the pool a
 * subgraph serves requests with. The many refusals one request collects are sent as one.
 *
 * The check wraps each field's resolver in the schema once, when the server
 * loads it, rather than using Apollo's `willResolveField` hook: any plugin
 * with that hook makes Apollo instrument every field of every request (a
 * promise and a callback per field), which cost a tenth of a subgraph's CPU
 * on the person queries. A deadline compare per field costs next to nothing.
 */
export function requestBudgetPlugin<Context extends BudgetedContext>(): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          guardResolversWithDeadline(apiSchema);
        },
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = firstTimeLimitOnly(response.body.singleResult.errors);
        },
      };
    },
  };
}

const guarded = new WeakSet<GraphQLSchema>();

/** Makes every field of `schema` refuse to resolve once its request's deadline has passed (once per schema). */
function guardResolversWithDeadline(schema: GraphQLSchema): void {
  if (guarded.has(schema)) return;
  guarded.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, Partial<BudgetedContext> | undefined> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const deadline = context?.deadline;
        if (deadline !== undefined && Date.now() > deadline) {
          throw limitExceeded('time', OPERATION_LIMITS.timeBudgetMs + (Date.now() - deadline), OPERATION_LIMITS.timeBudgetMs, null);
        }
        return resolve(source, args, context, info);
      };
    }
  }
}

function firstTimeLimitOnly(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  let seen = false;
  return errors.filter((error) => {
    if (error.extensions?.code !== LIMIT_CODES.time) return true;
    if (seen) return false;
    seen = true;
    return true;
  });
}
