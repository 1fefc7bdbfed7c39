import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { describe, expect, it } from 'vitest';
import { measureShape, type OperationShape } from '../operation-limits/measure-operation.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String friends(first: Int): [Person!]! agency: Agency }
  type Agency implements Node { id: ID! name: String officers: [Person!]! }
  type Query { person(id: ID!): Person people(ids: [ID!]!): [Person!]! node(id: ID!): Node agencies: [Agency!]! }
`);

/** What the limits measured before: GraphQL Armor's own rules, run by graphql-js's validate(). */
function armorShape(document: DocumentNode): OperationShape {
  const shape: OperationShape = { depth: 0, aliases: 0, directives: 0 };
  const keep = (key: keyof OperationShape) => [(_context: unknown, { n }: { n: number }) => void (shape[key] = Math.max(shape[key], n))];
  const unlimited = Number.MAX_SAFE_INTEGER;
  validate(schema, document, [
    maxDepthRule({ n: unlimited, flattenFragments: true, ignoreIntrospection: true, onAccept: keep('depth') }),
    maxAliasesRule({ n: unlimited, onAccept: keep('aliases') }),
    maxDirectivesRule({ n: unlimited, onAccept: keep('directives') }),
  ]);
  return shape;
}

/** Documents at the corners of the three counts: fragments spread twice, cycles, introspection, directives on spreads, several operations. */
const CORNERS = [
  '{ agencies { id name } }',
  'query($id: ID!) { person(id: $id) { id name friends { id friends { id agency { officers { id } } } } } }',
  '{ a: person(id: 1) { id } b: person(id: 2) { n: name t: __typename __typename: name } __typename }',
  '{ person(id: 1) { ...P ...P friends { ...P } } } fragment P on Person { x: name agency { y: name } }',
  '{ person(id: 1) { ... on Person @include(if: true) { name @skip(if: false) } ...P @include(if: true) ...P @skip(if: false) } } fragment P on Person @deprecated { n: name @a @b }',
  'query Q @a { person(id: 1) @b { ...A } } fragment A on Person { friends { ...B } } fragment B on Person { agency { officers { ...A } } }',
  '{ person(id: 1) { ...Self } } fragment Self on Person { name friends { ...Self } }',
  '{ ...Missing person(id: 1) { ...Missing2 } }',
  '{ __schema { types { fields { type { ofType { ofType { name } } } } } } person(id: 1) { id } }',
  '{ person(id: 1) { id } __schema { queryType { name } x: types { name @a ...T } } } fragment T on __Type { y: kind }',
  'query A { person(id: 1) { ...F } } query B { a: agencies { ...G } } fragment F on Person { x: friends { y: friends { ...G } } } fragment G on Node { id @a }',
  'query A { people(ids: []) { ...F } } fragment F on Person { a: name } fragment F on Person { friends { b: name c: name friends { id } } }',
  '{ node(id: 1) { ... on Person { friends { ... on Person { ... on Person { agency { name } } } } } ... on Agency { o: officers { id } } } }',
  '{ person(id: 1) { ...A ...B } } fragment A on Person { ...B friends { ...B } } fragment B on Person { b: name @x friends { ...A } }',
];

/** A random operation (with random fragments, spread anywhere, cycles allowed) from a seeded generator, for the walk to meet what nobody wrote by hand. */
function randomDocument(seed: number): string {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  const fragmentNames = ['F0', 'F1', 'F2', 'F3'];
  const directives = () => (next(4) === 0 ? ' @a' : '') + (next(6) === 0 ? ' @b(x: 1)' : '');
  const selections = (depth: number): string => {
    const parts: string[] = [];
    const count = 1 + next(3);
    for (let i = 0; i < count; i++) {
      const kind = next(depth > 5 ? 3 : 7);
      const alias = next(4) === 0 ? `a${next(9)}: ` : '';
      if (kind === 0) parts.push(`${alias}name${directives()}`);
      else if (kind === 1) parts.push(`${alias}${next(3) === 0 ? '__typename' : 'id'}${directives()}`);
      else if (kind === 2) parts.push(`...${fragmentNames[next(fragmentNames.length)]}${directives()}`);
      else if (kind === 3) parts.push(`... on Person${directives()} { ${selections(depth + 1)} }`);
      else if (kind === 4) parts.push(`${alias}friends${directives()} { ${selections(depth + 1)} }`);
      else if (kind === 5) parts.push(`${alias}agency { officers { ${selections(depth + 2)} } }`);
      else parts.push(`__schema { types { name ${next(2) ? `fields { ${alias}name }` : ''} } }`);
    }
    return parts.join(' ');
  };
  const operations = Array.from({ length: 1 + next(2) }, (_, i) => `query O${i}${directives()} { ${next(3) === 0 ? 'x: ' : ''}person(id: ${i}) { ${selections(1)} } }`);
  const fragments = fragmentNames.filter(() => next(5) !== 0).map((name) => `fragment ${name} on Person${directives()} { ${selections(2)} }`);
  return [...operations, ...fragments].join('\n');
}

describe('measureShape', () => {
  it.each(CORNERS)('measures %s as GraphQL Armor does', (text) => {
    const document = parse(text);
    expect(measureShape(schema, document)).toEqual(armorShape(document));
  });

  it('measures a thousand random documents (fragments, cycles, introspection, directives) as GraphQL Armor does', () => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const document = parse(randomDocument(seed));
      const expected = armorShape(document);
      expect(measureShape(schema, document), randomDocument(seed)).toEqual(expected);
      if (expected.depth > 3 && expected.aliases > 0 && expected.directives > 0) nonTrivial++;
    }
    // The generator reaches documents where all three counts matter.
    expect(nonTrivial).toBeGreaterThan(100);
  });

  it('counts a spread fragment twice where the rules count it twice, and a cycle as they do', () => {
    expect(measureShape(schema, parse('{ person(id: 1) { ...P friends { ...P } } } fragment P on Person { x: name friends { id } }'))).toEqual({ depth: 4, aliases: 2, directives: 0 });
    expect(measureShape(schema, parse('{ person(id: 1) { ...Self } } fragment Self on Person { a: name friends { ...Self } }'))).toEqual(armorShape(parse('{ person(id: 1) { ...Self } } fragment Self on Person { a: name friends { ...Self } }')));
  });
});
