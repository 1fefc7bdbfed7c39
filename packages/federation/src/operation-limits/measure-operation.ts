import { validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

export interface OperationShape {
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * Measures an operation's depth, aliases and directives with GraphQL Armor's
 * own counting rules. Armor decides against a limit and, when exceeding it,
 * says so in a message without the measured value's code; so its limits are
 * set out of reach and its `onAccept` hook hands us the figure, which
 * `operation-limits-plugin.ts` compares with ours.
 */
export function measureShape(schema: GraphQLSchema, document: DocumentNode): OperationShape {
  const shape: OperationShape = { depth: 0, aliases: 0, directives: 0 };
  const keep = (key: keyof OperationShape) => [(_context: unknown, { n }: { n: number }) => void (shape[key] = Math.max(shape[key], n))];
  const unlimited = Number.MAX_SAFE_INTEGER;
  validate(schema, document, [
    // Fragments are flattened: depth counts fields, so the gateway's
    // `_entities { ... on Person { … } }` is as deep as the part of the
    // client's query it carries.
    maxDepthRule({ n: unlimited, flattenFragments: true, ignoreIntrospection: true, onAccept: keep('depth') }),
    maxAliasesRule({ n: unlimited, onAccept: keep('aliases') }),
    maxDirectivesRule({ n: unlimited, onAccept: keep('directives') }),
  ]);
  return shape;
}
