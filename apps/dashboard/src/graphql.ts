import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed documents for the dashboard's operations, checked against the
 * published API schema (`gateway/published-schema.graphql`): a field the
 * gateway does not publish is a type error here, before any request is made.
 * Regenerate `graphql-env.d.ts` with `pnpm --filter @joined-up/dashboard generate`.
 */
export const graphql = initGraphQLTada<{ introspection: introspection }>();
export { readFragment, type ResultOf, type VariablesOf } from 'gql.tada';
