import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { operationLimitsPlugin, type RequestContext } from '@joined-up/federation';

export { OPERATION_LIMITS as QUERY_LIMITS, parseOptions } from '@joined-up/federation';

/**
 * The gateway's query protection: the operation limits every subgraph also
 * enforces (`packages/federation/src/operation-limits`), and in production
 * GraphQL Armor's suggestion blocking.
 */
export function queryProtection(production: boolean): ApolloServerPlugin<RequestContext>[] {
  const armor = new ApolloArmor({
    // Depth, aliases, directives and cost are the shared plugin's; tokens the parser's.
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  // Armor's types come from Apollo's CommonJS build; the plugins are plain objects either way.
  return [operationLimitsPlugin<RequestContext>('gateway'), ...(armor.protect().plugins as ApolloServerPlugin<RequestContext>[])];
}
