import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { OPERATION_LIMITS } from './limits.js';
import { limitExceeded } from './limit-error.js';
import { measureShape, type OperationShape } from './measure-operation.js';
import { OperationMeasureCache } from './measure-cache.js';
import { operationCost } from './operation-cost.js';

export interface OperationMeasure extends OperationShape {
  /** Which server measured it: `gateway` or a subgraph's name. */
  service: string;
  cost: number;
  /** Representations in an `_entities` call (0 for other operations). */
  representations: number;
}

type Observer = (measure: OperationMeasure) => void;
const observers = new Set<Observer>();

/**
 * Calls `observer` with every accepted operation's measures, in every server
 * of this process, until the returned function is called. The limits test
 * uses it to find the largest operation the gateway sends each subgraph.
 */
export function observeOperations(observer: Observer): () => void {
  observers.add(observer);
  return () => void observers.delete(observer);
}

/**
 * Refuses, before any resolver runs, an operation over the depth, alias,
 * directive or cost limit, with HTTP 400 and an error naming the limit and
 * the measured value. It runs once the operation is parsed, validated and
 * its variables known, so lists passed in variables are counted too. The same
 * plugin guards the gateway and every subgraph.
 */
export function operationLimitsPlugin<Context extends BaseContext>(service: string): ApolloServerPlugin<Context> {
  const measured = new OperationMeasureCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const shape = measured.shape(schema, document, () => measureShape(schema, document));
          if (shape.depth > OPERATION_LIMITS.maxDepth) throw limitExceeded('depth', shape.depth, OPERATION_LIMITS.maxDepth);
          if (shape.aliases > OPERATION_LIMITS.maxAliases) throw limitExceeded('aliases', shape.aliases, OPERATION_LIMITS.maxAliases);
          if (shape.directives > OPERATION_LIMITS.maxDirectives) throw limitExceeded('directives', shape.directives, OPERATION_LIMITS.maxDirectives);
          const cost = measured.cost(schema, document, operationName, request.variables, () => measureCost(() => operationCost(schema, document, request.variables, operationName)));
          if (cost > OPERATION_LIMITS.maxCost) throw limitExceeded('cost', cost, OPERATION_LIMITS.maxCost);
          if (observers.size > 0) {
            const representations = request.variables?.representations;
            const measure = { service, ...shape, cost, representations: Array.isArray(representations) ? representations.length : 0 };
            for (const observer of observers) observer(measure);
          }
        },
      };
    },
  };
}

/**
 * graphql-query-complexity stops walking an operation after 10,000 nodes
 * (fragments spread many times over): such an operation is over any cost we
 * accept. Variables that do not fit their types are left for execution to
 * report, as it would without this plugin.
 */
function measureCost(measure: () => number): { cost: number; remember: boolean } {
  try {
    return { cost: measure(), remember: true };
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return { cost: Number.MAX_SAFE_INTEGER, remember: true };
    if (error instanceof GraphQLError) return { cost: 0, remember: false };
    throw error;
  }
}
