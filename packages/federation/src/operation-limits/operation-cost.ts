import { createRequire } from 'node:module';
import { getNullableType, GraphQLError, GraphQLList, Kind, TypeInfo, ValidationContext, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_LIST_SIZE, LIST_SIZES } from './limits.js';

// The package's ES module build imports `graphql/index.mjs`, a second copy of
// graphql-js beside the CommonJS one every other module here loads ("from
// another module or realm"); its CommonJS build shares ours.
const { createComplexityRule, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

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

/** How a field is costed: a list by its size, anything else one. */
export const COST_ESTIMATORS: ComplexityEstimator[] = [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * What resolving `document` costs: every field one, lists multiplied by their size.
 *
 * This is graphql-query-complexity's `getComplexity`, less its walk: that
 * function runs the package's visitor through graphql-js's `visit` with a
 * `TypeInfo` over every node of the document, though the visitor only acts
 * on entering an operation (it then walks the operation itself); that walk
 * was most of the cost of measuring a document seen for the first time.
 * Here the same visitor enters each operation directly, and the same errors
 * (variables that do not fit their types, arguments that cannot be read,
 * too many nodes) are thrown as `getComplexity` throws them;
 * `operation-cost.test.ts` holds the two side by side.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  const errors: GraphQLError[] = [];
  const context = new ValidationContext(schema, document, new TypeInfo(schema), (error) => errors.push(error));
  const visitor = createComplexityRule({
    maximumComplexity: Infinity,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: COST_ESTIMATORS,
  })(context);
  // As `visit` would call it, operation by operation; leaving one only checks the maximum (none here).
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) visitor.onOperationDefinitionEnter(definition);
  }
  if (errors.length > 0) throw errors.pop();
  return visitor.complexity;
}
