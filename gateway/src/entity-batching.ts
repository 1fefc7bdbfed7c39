import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { entitiesAlias, mergedEntitiesOperation } from './entities-operation.js';

/** A subgraph's answer as the gateway's executor takes it. */
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Representations one batched call may carry: the largest single call the
 * README's and the benchmark's queries make (100 people, see
 * `OPERATION_LIMITS`), so a subgraph never measures a batched call as costlier
 * than a call it already serves.
 */
export const MAX_BATCHED_REPRESENTATIONS = 100;

type Options<Context extends Record<string, any>> = GraphQLDataSourceProcessOptions<Context>;
type Send<Context extends Record<string, any>> = (options: Options<Context>) => Promise<GatewayGraphQLResponse>;

interface Part<Context extends Record<string, any>> {
  options: Options<Context>;
  representations: unknown[];
  resolve(response: GatewayGraphQLResponse): void;
  reject(error: unknown): void;
}

interface Batch<Context extends Record<string, any>> {
  parts: Part<Context>[];
  representations: number;
}

/**
 * Sends the entity fetches one request makes of a subgraph at the same time
 * as one call.
 *
 * Apollo's query planner makes one fetch per subgraph and response path: for
 * `{ lambeth: area(…) { health {…} } lewisham: area(…) { health {…} } }` it
 * asks the health subgraph twice, with the same operation and one
 * representation each, and the outcomes query asks each agency once for its
 * indicators and once more for the indicators that agreements depend on.
 * Fetches of one step of the plan run in parallel, so they reach the data
 * source in the same synchronous pass of the executor; here they wait for
 * the end of that pass and go as one call. Fetches with the same operation send their
 * representations one after the other in one `_entities`; different
 * operations become aliased `_entities` fields of one operation
 * (`entities-operation.ts`). Each fetch gets back its own slice of the
 * answer, with the errors that point into it renumbered, as if it had been
 * sent alone. Only fetches of one incoming request are joined: the officer's
 * token, the request id and the audit stay one request's.
 */
export class EntityFetchBatcher<Context extends Record<string, any>> {
  private readonly pending = new WeakMap<object, Batch<Context>>();

  constructor(private readonly send: Send<Context>) {}

  process(options: Options<Context>): Promise<GatewayGraphQLResponse> {
    const representations = options.request.variables?.representations;
    // Only entity fetches of an incoming request join; one that asks for a
    // federated trace carries its own headers, and goes alone.
    if (!Array.isArray(representations) || !options.context || !options.request.query || options.request.http) {
      return this.send(options);
    }
    const context = options.context;
    let batch = this.pending.get(context);
    if (!batch || batch.representations + representations.length > MAX_BATCHED_REPRESENTATIONS) {
      const started: Batch<Context> = { parts: [], representations: 0 };
      this.pending.set(context, started);
      // The executor starts every fetch of a parallel step in one synchronous
      // pass (each reaches `process` before its first await): they are all in by
      // the time the microtask queue runs.
      queueMicrotask(() => {
        if (this.pending.get(context) === started) this.pending.delete(context);
        this.flush(started.parts);
      });
      batch = started;
    }
    batch.representations += representations.length;
    return new Promise((resolve, reject) => batch.parts.push({ options, representations, resolve, reject }));
  }

  private flush(parts: Part<Context>[]): void {
    if (parts.length === 1) {
      this.send(parts[0].options).then(parts[0].resolve, parts[0].reject);
      return;
    }
    // Fetches with the same operation and arguments share one `_entities` field.
    const groups = new Map<string, Part<Context>[]>();
    for (const part of parts) {
      const key = groupKey(part.options);
      groups.set(key, [...(groups.get(key) ?? []), part]);
    }
    if (groups.size === 1) return this.sendGroup(parts);
    const merged = mergedEntitiesOperation([...groups.values()].map((group) => group[0].options.request));
    if (!merged) {
      // An operation of another shape than `_entities` alone, or variables that differ: each goes on its own.
      for (const group of groups.values()) this.sendGroup(group);
      return;
    }
    const [first] = parts;
    const variables = { ...merged.variables };
    [...groups.values()].forEach((group, index) => (variables[merged.representationVariables[index]] = group.flatMap((part) => part.representations)));
    const options = { ...first.options, request: { ...first.options.request, query: merged.query, variables } };
    this.send(options).then(
      (response) => {
        [...groups.values()].forEach((group, index) => resolveSlices(group, response, entitiesAlias(index)));
      },
      (error) => {
        for (const part of parts) part.reject(error);
      },
    );
  }

  /** Fetches with the same operation and arguments: their representations one after the other. */
  private sendGroup(parts: Part<Context>[]): void {
    if (parts.length === 1) {
      this.send(parts[0].options).then(parts[0].resolve, parts[0].reject);
      return;
    }
    const [first] = parts;
    const representations = parts.flatMap((part) => part.representations);
    const options = { ...first.options, request: { ...first.options.request, variables: { ...first.options.request.variables, representations } } };
    this.send(options).then(
      (response) => resolveSlices(parts, response, '_entities'),
      (error) => {
        for (const part of parts) part.reject(error);
      },
    );
  }
}

/** Fetches join one `_entities` field only when the subgraph would run the same operation with the same arguments. */
function groupKey(options: Options<Record<string, any>>): string {
  const { representations: _representations, ...others } = options.request.variables ?? {};
  const query = options.request.query!;
  return Object.keys(others).length === 0 ? query : `${query}\n${JSON.stringify(others)}`;
}

function resolveSlices(parts: Part<Record<string, any>>[], response: GatewayGraphQLResponse, field: string): void {
  let offset = 0;
  for (const part of parts) {
    part.resolve(sliceOfEntities(response, field, offset, part.representations.length));
    offset += part.representations.length;
  }
}

/**
 * One fetch's answer from a batched call, as `_entities` alone would have
 * given it: `count` entities from `offset` of `field` (`_entities`, or its
 * alias in a merged operation), the errors at those entities with their path
 * made its own, and the errors that point at no entity (every fetch would
 * have had them).
 */
export function sliceOfEntities(response: GatewayGraphQLResponse, field: string, offset: number, count: number): GatewayGraphQLResponse {
  const entities = response.data?.[field];
  const data = response.data === undefined || response.data === null ? response.data : { _entities: Array.isArray(entities) ? entities.slice(offset, offset + count) : entities };
  const errors: GraphQLFormattedError[] = [];
  for (const error of response.errors ?? []) {
    const [head, index, ...rest] = error.path ?? [];
    if (typeof head !== 'string' || (head !== '_entities' && !head.startsWith('_'))) errors.push(error);
    else if (head === field && typeof index === 'number' && index >= offset && index < offset + count) errors.push({ ...error, path: ['_entities', index - offset, ...rest] });
    else if (head === field && typeof index !== 'number') errors.push({ ...error, path: ['_entities', ...(error.path ?? []).slice(1)] });
  }
  return { ...response, data, errors: errors.length > 0 ? errors : undefined };
}
