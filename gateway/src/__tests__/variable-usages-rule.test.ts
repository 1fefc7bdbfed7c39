import { buildSchema, parse, specifiedRules, validate, type ValidationContext, type ValidationRule } from 'graphql';
import { describe, expect, it } from 'vitest';
import { VariableUsagesRule } from '../variable-usages-rule.js';

const schema = buildSchema(`
  directive @audited(reason: String!) on QUERY | FIELD | FRAGMENT_DEFINITION
  input PeopleFilter { ids: [ID!]!, agency: String, nested: PeopleFilter }
  type Query {
    person(id: ID!): Person
    people(ids: [ID!]!, first: Int = 10): [Person!]!
    search(filter: PeopleFilter!): [Person!]!
    page(size: Int! = 20): [Person!]!
  }
  type Person {
    id: ID!
    name(format: String): String
    knownTo(first: Int!): [Person!]!
  }
`);

/** Operations with variables used, unused, undefined and misplaced, in operations, directives and fragments before and after them. */
const DOCUMENTS = [
  'query ($id: ID!) { person(id: $id) { id name } }',
  'query ($id: ID) { person(id: $id) { id } }',
  'query ($id: ID!, $unused: String) { person(id: $id) { id } }',
  'query { person(id: $missing) { id } }',
  'query Named($first: Int) { people(ids: ["p1"], first: $first) { knownTo(first: $first) { id } } }',
  'query ($first: Int = 3) { people(ids: []) { knownTo(first: $first) { id } } }',
  'query ($ids: [ID]) { people(ids: $ids) { id } }',
  // A nullable variable where the argument has a default: allowed, by the position's default value.
  'query ($size: Int) { page(size: $size) { id } }',
  'query ($id: ID!) { people(ids: [$id, "p2"]) { id } }',
  'query ($agency: String, $ids: [ID!]!) { search(filter: { ids: $ids, agency: $agency, nested: { ids: $ids } }) { id } }',
  'query ($why: String, $id: ID!) @audited(reason: $why) { person(id: $id) @audited(reason: $why) { id } }',
  'query ($skip: Boolean!, $id: ID!) { person(id: $id) { id @skip(if: $skip) name @include(if: $nope) } }',
  'fragment Before on Person { name(format: $format) knownTo(first: $first) { id } } query ($id: ID!, $format: String, $first: Int) { person(id: $id) { ...Before } }',
  'query ($id: ID!, $format: Int) { person(id: $id) { ...After } } fragment After on Person @audited(reason: $reason) { name(format: $format) }',
  'query A($id: ID!) { person(id: $id) { ...Shared } } query B($format: String) { people(ids: []) { ...Shared } } fragment Shared on Person { name(format: $format) ...Deeper } fragment Deeper on Person { knownTo(first: $id) { id } }',
  'query ($id: ID!) { person(id: $id) { ...Cycle } } fragment Cycle on Person { knownTo(first: $n) { ...Cycle } }',
  'query ($id: ID!) { person(id: $id) { ...Unknown } }',
  'query ($id: ID!) { person(id: $id) { ... on Person { name(format: $format) } } }',
  '{ person(id: $a) { knownTo(first: $b) { name(format: $c) } } } fragment Unused on Person { name(format: $d) }',
  'query ($id: ID!) { nope(id: $id) { id } person(id: $id) { id nope(x: $y) } }',
];

const errorsOf = (text: string, rules: readonly ValidationRule[]) => validate(schema, parse(text), rules).map((error) => error.toJSON());

describe("the variable usages rule", () => {
  it("leaves validation's errors exactly as graphql-js's own rules give them", () => {
    let withErrors = 0;
    for (const text of DOCUMENTS) {
      const expected = errorsOf(text, specifiedRules);
      if (expected.length > 0) withErrors++;
      expect(errorsOf(text, [...specifiedRules, VariableUsagesRule]), text).toEqual(expected);
    }
    // Most of the documents are wrong in some way, so the comparison covers the rules' errors, not only their silence.
    expect(withErrors).toBeGreaterThanOrEqual(12);
  });

  it("hands each operation's usages to the validation context before the variable rules ask for them", () => {
    const recorded: boolean[] = [];
    // First in the list, so it leaves an operation before any other rule does.
    const probe: ValidationRule = (context: ValidationContext) => ({
      OperationDefinition: {
        leave(operation) {
          recorded.push((context as unknown as { _variableUsages: Map<unknown, unknown> })._variableUsages.has(operation));
        },
      },
    });
    errorsOf('fragment F on Person { name(format: $f) } query ($id: ID!, $f: String) { person(id: $id) { ...F } } query Other { people(ids: []) { id } }', [probe, ...specifiedRules, VariableUsagesRule]);
    expect(recorded).toEqual([true, true]);
    recorded.length = 0;
    errorsOf('query ($id: ID!) { person(id: $id) { id } }', [probe, ...specifiedRules]);
    expect(recorded).toEqual([false]);
  });
});
