import { createRequire } from 'node:module';
import { getNullableType, GraphQLList, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_LIST_SIZE, LIST_SIZES } from './limits.js';

// The package's ES module build imports `graphql/index.mjs`, a second copy of
// graphql-js beside the CommonJS one every other module here loads ("from
// another module or realm"); its CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/** Arguments that say how many items a list field returns. */
const PAGING_ARGUMENTS = ['first', 'last', 'limit', 'pageSize', 'take'];

/**
 * A list field costs one, plus its items' cost times how many items it
 * returns: the length of a list argument (`people(ids: …)`,
 * `_entities(representations: …)`), else a paging argument, else the size we
 * assume for that field. Arguments are read after variables are applied, so
 * 480 ids passed in `$ids` cost what 480 ids written inline cost.
 */
const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (!(getNullableType(field.type) instanceof GraphQLList)) return undefined;
  return 1 + listSize(`${type.name}.${field.name}`, args) * childComplexity;
};

function listSize(coordinate: string, args: Record<string, unknown>): number {
  const lists = Object.values(args).filter(Array.isArray);
  if (lists.length > 0) return Math.max(...lists.map((list) => list.length));
  for (const name of PAGING_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && value >= 0) return value;
  }
  return LIST_SIZES[coordinate] ?? DEFAULT_LIST_SIZE;
}

/** What resolving `document` costs: every field one, lists multiplied by their size. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}
