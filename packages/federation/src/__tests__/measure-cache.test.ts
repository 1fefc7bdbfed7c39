import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OperationMeasureCache } from '../operation-limits/measure-cache.js';
import { operationCost } from '../operation-limits/operation-cost.js';

const schema = buildSchema(`
  type Person { id: ID! name: String }
  type Query { person(id: ID!): Person people(ids: [ID!]!): [Person!]! page(first: Int!): [Person!]! }
`);

/** Measures through the cache as the limits plugin does, counting the walks it could not spare. */
function measurer() {
  const cache = new OperationMeasureCache();
  let walks = 0;
  const cost = (document: ReturnType<typeof parse>, variables: Record<string, unknown>) => {
    cache.shape(schema, document, () => ({ depth: 0, aliases: 0, directives: 0 }));
    return cache.cost(schema, document, undefined, variables, () => (walks++, { cost: operationCost(schema, document, variables), remember: true }));
  };
  return { cost, walks: () => walks };
}

describe('the operation measure cache', () => {
  it('measures a query once whatever strings its variables carry', () => {
    const { cost, walks } = measurer();
    const document = parse('query ($id: ID!) { person(id: $id) { id name } }');
    const costs = ['p-1', 'p-2', 'a much longer person id'].map((id) => cost(document, { id }));
    expect(new Set(costs).size).toBe(1);
    expect(walks()).toBe(1);
  });

  it('measures again when a list is longer or a paging number differs, and the cost follows them', () => {
    const { cost, walks } = measurer();
    const people = parse('query ($ids: [ID!]!) { people(ids: $ids) { id name } }');
    const two = cost(people, { ids: ['a', 'b'] });
    expect(cost(people, { ids: ['c', 'd'] })).toBe(two);
    const three = cost(people, { ids: ['a', 'b', 'c'] });
    expect(three).toBeGreaterThan(two);
    const page = parse('query ($first: Int!) { page(first: $first) { id } }');
    const ten = cost(page, { first: 10 });
    expect(cost(page, { first: 1000 })).toBeGreaterThan(ten);
    expect(walks()).toBe(4);
  });
});
