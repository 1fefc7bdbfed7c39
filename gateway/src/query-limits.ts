import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * How big a query may be. Generous for every query in the README (a cohort
 * of people with each agency's view is depth 7), far below what could make
 * the gateway fan out thousands of subgraph calls. The numbers are not told
 * to clients: a refused query says which limit, not where it lies.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3000,
  maxCost: 3000,
} as const;

/** GraphQL Armor's validation rules and plugins, with field suggestions blocked in production. */
export function queryProtection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    // Tokens are limited by graphql-js's own parser (see `parseOptions`): Armor's
    // token plugin turns every syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: false, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  });
  return armor.protect();
}

/** Passed to Apollo Server so the parser itself stops at the token limit. */
export const parseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

/** The parser's own message names the limit; clients get one that does not. */
export function hideTokenLimit<Error extends { message: string; extensions?: Record<string, unknown> }>(error: Error): Error {
  if (error.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more \w+ \d+ tokens/.test(error.message)) {
    return { ...error, message: 'The query is too long. Split it into smaller queries.' };
  }
  return error;
}
