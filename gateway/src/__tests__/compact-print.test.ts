import { parse, print, stripIgnoredCharacters, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { requireFromPlanner, storedPlans } from './query-plans.js';

// The patched planner writes each fetch's operation text without printing it indented first (patches/@apollo__query-planner).
const { printCompact, printWithoutIgnoredCharacters } = requireFromPlanner(requireFromPlanner.resolve('@apollo/query-planner').replace(/index\.js$/, 'compactPrint.js')) as {
  printCompact(document: DocumentNode): string | undefined;
  printWithoutIgnoredCharacters(document: DocumentNode): string;
};

const asApolloPrinted = (document: DocumentNode) => stripIgnoredCharacters(print(document));

/** Every fetch's operation text in a plan. */
function fetchOperations(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(fetchOperations);
  if (typeof node !== 'object' || node === null) return [];
  const own = (node as { kind?: string }).kind === 'Fetch' ? [(node as { operation: string }).operation] : [];
  return [...own, ...Object.values(node).flatMap(fetchOperations)];
}

/** A small deterministic generator (mulberry32), so a failure names a seed that repeats it. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random executable document's text: operations and fragments with every kind of selection, argument value, directive and variable. */
function randomDocument(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const names = ['a', 'b', 'on', 'query', 'fragment', 'true', 'null', 'id', 'x1', '_n', 'person', 'F'];
  const strings = ['', 'plain', 'with "quotes"', 'back\\slash', 'tab\there', 'line\nbreak', 'é ✓ 😀', '\u0000\u001f\u007f\u0085', '"""'];
  const value = (depth: number, constant = false): string => {
    switch (Math.floor(next() * (depth > 2 ? 8 : 10))) {
      case 0: return String(Math.floor(next() * 2000) - 1000);
      case 1: return pick(['1.5', '-0.25', '1e10', '6.02E-23', '0.0']);
      case 2: return JSON.stringify(pick(strings));
      case 3: return next() < 0.8 ? JSON.stringify(pick(strings)) : `"""${pick(['block', ' indented\n  lines ', 'quote "\\""" inside'])}"""`;
      case 4: return pick(['true', 'false', 'null']);
      case 5: return pick(['RED', 'on', 'fragment', 'query']);
      case 6:
      case 7: return constant ? pick(['7', 'RED']) : `$${pick(names)}`;
      case 8: return `[${Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1, constant)).join(pick([', ', ' ', ',']))}]`;
      default: return `{${Array.from({ length: Math.floor(next() * 3) }, () => `${pick(names)}: ${value(depth + 1, constant)}`).join(' ')}}`;
    }
  };
  const args = (depth: number, constant = false) => (next() < 0.4 ? `(${Array.from({ length: 1 + Math.floor(next() * 3) }, () => `${pick(names)}: ${value(depth, constant)}`).join(', ')})` : '');
  const directives = (depth: number, constant = false) => (next() < 0.3 ? Array.from({ length: 1 + Math.floor(next() * 2) }, () => ` @${pick(['include', 'skip', 'd', 'on'])}${args(depth, constant)}`).join('') : '');
  const selections = (depth: number): string => {
    const count = 1 + Math.floor(next() * (depth > 2 ? 2 : 4));
    return `{ ${Array.from({ length: count }, () => {
      const kind = next();
      if (kind < 0.15) return `...${pick(['F', 'G', 'on_'])}${directives(depth)}`;
      if (kind < 0.3 && depth < 4) return `... ${next() < 0.7 ? `on ${pick(['T', 'U'])} ` : ''}${directives(depth)}${selections(depth + 1)}`;
      const alias = next() < 0.3 ? `${pick(names)}: ` : '';
      return `${alias}${pick(names)}${args(depth)}${directives(depth)}${depth < 4 && next() < 0.4 ? ` ${selections(depth + 1)}` : ''}`;
    }).join(pick([' ', ', ', '\n  ']))} }`;
  };
  const type = (): string => {
    const kind = next();
    if (kind < 0.6) return pick(['Int', 'String', 'ID', 'Input']);
    if (kind < 0.8) return `[${type()}]`;
    return `${pick(['Int', 'String'])}!`;
  };
  const variables = () =>
    next() < 0.5 ? `(${Array.from({ length: 1 + Math.floor(next() * 3) }, () => `$${pick(names)}: ${type()}${next() < 0.3 ? ` = ${value(3, true)}` : ''}${directives(3, true)}`).join(', ')})` : '';
  const definitions = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, index) => {
    const kind = next();
    if (kind < 0.25) return `fragment ${pick(['F', 'G'])}${index} on ${pick(['T', 'U'])}${directives(0)} ${selections(0)}`;
    if (kind < 0.4) return selections(0);
    const operation = pick(['query', 'mutation', 'subscription']);
    return `${operation}${next() < 0.5 ? ` ${pick(names)}${index}` : ''}${variables()}${directives(0)} ${selections(0)}`;
  });
  return definitions.join('\n\n');
}

describe("the planner's operation text", () => {
  it("is stripIgnoredCharacters(print(document)) for every stored query and every fetch of its plan, with nothing left to graphql-js's printer", () => {
    const documents = storedPlans().flatMap(({ query, plan }) => [query, ...fetchOperations(plan)]).map((text) => parse(text));
    expect(documents.length).toBeGreaterThan(100);
    for (const document of documents) expect(printCompact(document)).toBe(asApolloPrinted(document));
  });

  it('is stripIgnoredCharacters(print(document)) for corners written out', () => {
    const corners = [
      '{ a }',
      'query { a }',
      'query Q { a b c }',
      'query @d { a }',
      'query ($v: [Int!]! = [1, 2] @d(x: 1), $w: Input = {a: {b: [null]}}) { a(x: $v) }',
      'mutation M { a(s: "x\\"y\\\\z\\u00e9\\n", f: 1.5e-3, i: -12, e: ENUM, b: true, n: null) { id } }',
      'subscription { a }',
      '{ id ...F ...on T { x } ... @include(if: $v) { y } ... { z } }',
      '{ a(x: "s") b(y: 1) ...F }',
      'fragment F on T @d { a } query { ...F }',
      '{ a: b(c: [[1] [2]]) @x @y(z: {}) { d } e }',
      '{ a(s: "") b(s: "😀 \\u0000") }',
    ];
    for (const text of corners) expect(printCompact(parse(text)), text).toBe(asApolloPrinted(parse(text)));
  });

  it('is stripIgnoredCharacters(print(document)) for a thousand random documents, printed by graphql-js only for a block string', () => {
    let printedCompact = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const text = randomDocument(seed);
      const document = parse(text);
      expect(printWithoutIgnoredCharacters(document), `seed ${seed}: ${text}`).toBe(asApolloPrinted(document));
      const compact = printCompact(document);
      if (compact !== undefined) printedCompact++;
      else expect(text, `seed ${seed}`).toContain('"""');
    }
    expect(printedCompact).toBeGreaterThan(500);
  });
});
