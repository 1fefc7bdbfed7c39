import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { OperationShape } from './measure-operation.js';

/** Distinct variable shapes remembered per operation; past it the oldest is measured again when it returns. */
const COSTS_PER_OPERATION = 32;
/** A signature longer than this (large scalar variables) is not worth keeping. */
const MAX_SIGNATURE_LENGTH = 2048;

interface Measured {
  shape: OperationShape;
  costs: Map<string, number>;
}

/**
 * Remembers what measuring an operation found, so the limits cost one walk
 * per distinct operation rather than two per request at every hop. Apollo
 * keeps one parsed document per distinct query text, so the document itself
 * is the key (and is forgotten with it). The shape (depth, aliases,
 * directives) depends on the document alone. The cost also depends on the
 * chosen operation and the variables, but only through list lengths, numbers
 * (paging arguments) and booleans (`@include`, `@skip`), never through a
 * string's text (`operation-cost.ts`): the key is the variables with every
 * list replaced by its length and every string by one placeholder, so 100
 * representations cost the same whatever people they name, 101 are measured
 * afresh, and `person(id: $id)` is measured once, not once per person.
 */
export class OperationMeasureCache {
  readonly #bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Measured>>();

  shape(schema: GraphQLSchema, document: DocumentNode, measure: () => OperationShape): OperationShape {
    return this.#entry(schema, document, measure).shape;
  }

  /**
   * The cost remembered for these variables, else `measure()`. Only a
   * measurement `remember` accepts is kept: a cost of 0 given for variables
   * that do not fit their types must not stand for well-typed ones of the same shape.
   */
  cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    measure: () => { cost: number; remember: boolean }): number {
    const costs = this.#bySchema.get(schema)?.get(document)?.costs;
    const signature = variableSignature(operationName, variables);
    const known = signature === undefined ? undefined : costs?.get(signature);
    if (known !== undefined) return known;
    const { cost, remember } = measure();
    if (remember && costs && signature !== undefined) {
      if (costs.size >= COSTS_PER_OPERATION) costs.delete(costs.keys().next().value!);
      costs.set(signature, cost);
    }
    return cost;
  }

  #entry(schema: GraphQLSchema, document: DocumentNode, measure: () => OperationShape): Measured {
    let documents = this.#bySchema.get(schema);
    if (!documents) this.#bySchema.set(schema, (documents = new WeakMap()));
    let entry = documents.get(document);
    if (!entry) documents.set(document, (entry = { shape: measure(), costs: new Map() }));
    return entry;
  }
}

const LIST = '\u0000list:';
const STRING = '\u0000string';

/** The operation chosen (a document may hold several) and its variables, lists as their lengths and strings as one placeholder. */
function variableSignature(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string | undefined {
  const signature = (operationName ?? '') + LIST + JSON.stringify(variables ?? {}, (_key, value) => (Array.isArray(value) ? `${LIST}${value.length}` : typeof value === 'string' ? STRING : value));
  return signature.length <= MAX_SIGNATURE_LENGTH ? signature : undefined;
}
