import { describe, expect, it } from 'vitest';
import { parse, print } from 'graphql';
import { mergedEntitiesOperation } from '../entities-operation.js';
import { sliceOfEntities } from '../entity-batching.js';

const statusFetch = 'query($representations:[_Any!]!){_entities(representations:$representations){...on HealthIndicator{status}}}';
const valuesFetch = 'query($representations:[_Any!]!,$from:String){_entities(representations:$representations){...on HealthIndicator{values(from:$from){period value}trend}}}';

describe('merging entity fetches into one operation', () => {
  it('puts each fetch under its own alias, with its own representations variable and the shared ones once', () => {
    const merged = mergedEntitiesOperation([{ query: statusFetch }, { query: valuesFetch, variables: { from: '2025-01' } }]);
    expect(merged).toBeDefined();
    expect(print(parse(merged!.query))).toBe(
      print(
        parse(`query($from: String, $representations0: [_Any!]!, $representations1: [_Any!]!) {
          _0: _entities(representations: $representations0) { ... on HealthIndicator { status } }
          _1: _entities(representations: $representations1) { ... on HealthIndicator { values(from: $from) { period value } trend } }
        }`),
      ),
    );
    expect(merged!.representationVariables).toEqual(['representations0', 'representations1']);
    expect(merged!.variables).toEqual({ from: '2025-01' });
  });

  it('refuses fetches it cannot merge: fragments, a variable with two values, anything but a lone _entities', () => {
    const withFragment = 'query($representations:[_Any!]!){_entities(representations:$representations){...F}} fragment F on HealthIndicator{status}';
    expect(mergedEntitiesOperation([{ query: statusFetch }, { query: withFragment }])).toBeUndefined();
    expect(mergedEntitiesOperation([{ query: valuesFetch, variables: { from: '2025-01' } }, { query: valuesFetch.replace('trend', ''), variables: { from: '2024-01' } }])).toBeUndefined();
    expect(mergedEntitiesOperation([{ query: statusFetch }, { query: '{ agencies { id } }' }])).toBeUndefined();
  });
});

describe("one fetch's slice of a batched answer", () => {
  const response = {
    data: { _0: [{ status: 'ON_TRACK' }, null], _1: [{ trend: 'UP' }] },
    errors: [
      { message: 'refused', path: ['_0', 1, 'status'] },
      { message: 'slow', path: ['_1', 0, 'trend'] },
      { message: 'whole call' },
    ],
  };

  it('takes its entities from its alias, and the errors at them renumbered, with those at no entity', () => {
    expect(sliceOfEntities(response, '_0', 0, 2)).toEqual({
      data: { _entities: [{ status: 'ON_TRACK' }, null] },
      errors: [{ message: 'refused', path: ['_entities', 1, 'status'] }, { message: 'whole call' }],
    });
    expect(sliceOfEntities(response, '_1', 0, 1).errors).toEqual([{ message: 'slow', path: ['_entities', 0, 'trend'] }, { message: 'whole call' }]);
  });

  it('takes a range of one shared _entities, renumbering the errors from its first', () => {
    const shared = { data: { _entities: [{ a: 1 }, { a: 2 }, { a: 3 }] }, errors: [{ message: 'third', path: ['_entities', 2, 'a'] }] };
    expect(sliceOfEntities(shared, '_entities', 1, 2)).toEqual({ data: { _entities: [{ a: 2 }, { a: 3 }] }, errors: [{ message: 'third', path: ['_entities', 1, 'a'] }] });
    expect(sliceOfEntities(shared, '_entities', 0, 1)).toEqual({ data: { _entities: [{ a: 1 }] }, errors: undefined });
  });
});
