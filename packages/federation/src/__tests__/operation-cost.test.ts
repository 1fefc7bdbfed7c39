import { createRequire } from 'node:module';
import { buildSchema, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COST_ESTIMATORS, operationCost } from '../operation-limits/operation-cost.js';

const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

const schema = buildSchema(`
  interface Node { id: ID! }
  union Found = Person | Agency
  type Person implements Node { id: ID! name: String friends(first: Int): [Person!]! agency: Agency tags: [String!]! }
  type Agency implements Node { id: ID! name: String officers: [Person!]! }
  type Query { person(id: ID!): Person people(ids: [ID!]!): [Person!]! node(id: ID!): Node search(text: String): [Found!]! agencies: [Agency!]! }
`);

/** What the limits measured before: graphql-query-complexity's `getComplexity`, with the same estimators. */
function packageCost(document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: COST_ESTIMATORS });
}

/** The result or the error's message, so that refusals compare too. */
function outcome(measure: () => number): number | string {
  try {
    return measure();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

function randomCase(seed: number): { text: string; variables: Record<string, unknown>; operationName?: string } {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  const condition = () => [' @include(if: $flag)', ' @skip(if: $flag)', ' @include(if: true)', ' @skip(if: true)', '', '', ''][next(7)];
  const person = (depth: number): string => {
    const parts: string[] = [];
    for (let i = 0, count = 1 + next(3); i < count; i++) {
      const kind = next(depth > 4 ? 2 : 7);
      if (kind === 0) parts.push(`name${condition()}`);
      else if (kind === 1) parts.push(`tags __typename`);
      else if (kind === 2) parts.push(`friends${['', '(first: 3)', '(first: $n)'][next(3)]}${condition()} { ${person(depth + 1)} }`);
      else if (kind === 3) parts.push(`agency { officers { ${person(depth + 2)} } }`);
      else if (kind === 4) parts.push(`...P${condition()}`);
      else if (kind === 5) parts.push(`... on Person${condition()} { ${person(depth + 1)} }`);
      else parts.push(`...N`);
    }
    return parts.join(' ');
  };
  const root = [
    () => `people(ids: $ids) { ${person(1)} }`,
    () => `person(id: "1") { ${person(1)} }`,
    () => `node(id: "1") { id ... on Person { ${person(1)} } ... on Agency { officers { id } } }`,
    () => `search(text: "x") { ... on Person { ${person(1)} } ... on Agency { name } ...N }`,
    () => `agencies${condition()} { officers { ${person(2)} } }`,
  ];
  const selections = Array.from({ length: 1 + next(3) }, (_, i) => `r${i}: ${root[next(root.length)]()}`).join(' ');
  const fragments = `fragment P on Person { friends(first: 2) { name ${next(2) ? '...P' : ''} } } fragment N on Node { id ... on Person { tags } }`;
  const text = `query Q($ids: [ID!]!, $n: Int, $flag: Boolean!) { ${selections} } query Other { agencies { id } } ${fragments}`;
  const variables: Record<string, unknown> = { ids: Array.from({ length: next(120) }, (_, i) => String(i)), flag: next(2) === 0 };
  if (next(2)) variables.n = next(50);
  // Now and then, variables that do not fit their types: both must refuse them alike.
  if (next(25) === 0) variables.n = 'many';
  if (next(25) === 0) delete variables.flag;
  return { text, variables, operationName: next(10) === 0 ? 'Other' : 'Q' };
}

describe('operationCost', () => {
  it('costs a thousand random operations (lists, paging, @include/@skip, fragments, abstract types, bad variables) as getComplexity does', () => {
    const seen = new Set<number | string>();
    for (let seed = 1; seed <= 1000; seed++) {
      const { text, variables, operationName } = randomCase(seed);
      const document = parse(text);
      const expected = outcome(() => packageCost(document, variables, operationName));
      expect(outcome(() => operationCost(schema, document, variables, operationName)), text).toEqual(expected);
      seen.add(typeof expected === 'number' ? Math.sign(expected) : expected.split(':')[0]);
    }
    // Both costs and refusals were met.
    expect(seen).toContain(1);
    expect(seen).toContain('GraphQLError');
  });

  it('refuses as getComplexity does an operation of more than 10,000 nodes', () => {
    const document = parse(`query Q($ids: [ID!]!, $n: Int, $flag: Boolean!) { ${Array.from({ length: 2000 }, (_, i) => `a${i}: person(id: "1") { ...F }`).join(' ')} } fragment F on Person { id name tags __typename agency { id } }`);
    const variables = { ids: [], flag: true };
    expect(outcome(() => operationCost(schema, document, variables, 'Q'))).toBe('GraphQLError: Query exceeds the maximum allowed number of nodes.');
    expect(outcome(() => packageCost(document, variables, 'Q'))).toBe('GraphQLError: Query exceeds the maximum allowed number of nodes.');
  });
});
