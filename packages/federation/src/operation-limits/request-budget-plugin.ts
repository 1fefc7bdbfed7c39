import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
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
 * fields. SQL is bounded separately (`statement_timeout` on the request's
 * transactions). The many refusals one request collects are sent as one.
 */
export function requestBudgetPlugin<Context extends BudgetedContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ contextValue }) {
              const overBy = Date.now() - contextValue.deadline;
              if (overBy > 0) throw limitExceeded('time', OPERATION_LIMITS.timeBudgetMs + overBy, OPERATION_LIMITS.timeBudgetMs, null);
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = firstTimeLimitOnly(response.body.singleResult.errors);
        },
      };
    },
  };
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
