import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../server.js';
import { SUPERGRAPH_PATH } from '../supergraph-file.js';
import { approximateDocumentSize, approximateJsonSize, documentStore, queryPlanStore } from '../operation-caches.js';
import type { GatewayContext } from '../gateway-context.js';

// Apollo Gateway's own copies of the planner's packages, the ones its executor calls.
const requireFromGateway = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'));
type BuildOperation = (schema: unknown, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => unknown;
const internals = requireFromGateway('@apollo/federation-internals') as {
  operationFromDocument: BuildOperation;
  Supergraph: { build(sdl: string): { apiSchema(): unknown } };
};
// The module behind the package's re-export (a getter), where the executor's calls land.
const operationsModule = requireFromGateway(requireFromGateway.resolve('@apollo/federation-internals').replace(/index\.js$/, 'operations.js')) as {
  operationFromDocument: BuildOperation;
};
const { QueryPlanner } = requireFromGateway('@apollo/query-planner') as { QueryPlanner: new (supergraph: unknown) => { buildQueryPlan(operation: unknown): object } };

const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
const PERSON = `query($id: ID!) { cold1: __typename person(id: $id) { id knownTo { id }
  health { aeAttendances { arrivedAt chiefComplaint } camhsReferrals { referredOn } }
  police { offences { role offence { category committedOn } } }
  education { attendance(from: "2025-09", to: "2025-12") { month unauthorisedAbsences } } } }`;

/** Counts the API-schema operations Apollo Gateway builds while `run` runs. */
async function operationsBuilt(run: () => Promise<unknown>): Promise<number> {
  const original = operationsModule.operationFromDocument;
  let built = 0;
  operationsModule.operationFromDocument = (...args) => (built++, original(...args));
  try {
    await run();
  } finally {
    operationsModule.operationFromDocument = original;
  }
  return built;
}

describe('an operation the gateway has not seen', () => {
  const gateway = createGateway({
    supergraphSdl,
    // No subgraph is called: the operations below are answered by the gateway alone.
    subgraphUrls: Object.fromEntries([...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map(([, name]) => [name, 'http://127.0.0.1:9/graphql'])),
    verifyToken: async () => {
      throw new Error('not called');
    },
  });
  const contextValue = { requestId: 'new-operation-test', deadline: Date.now() + 60_000, fromGateway: false } as unknown as GatewayContext;
  const ask = (query: string) => gateway.apollo.executeOperation({ query }, { contextValue });

  beforeAll(() => gateway.apollo.start());
  afterAll(() => gateway.apollo.stop());

  it('is built into an API-schema operation once, for planning and shaping both, and not at all when sent again', async () => {
    const query = '{ first: __typename second: __typename }';
    let answer: Awaited<ReturnType<typeof ask>> | undefined;
    expect(await operationsBuilt(async () => (answer = await ask(query)))).toBe(1);
    expect(answer!.body.kind === 'single' && answer!.body.singleResult).toEqual({ data: { first: 'Query', second: 'Query' } });
    expect(await operationsBuilt(() => ask(query))).toBe(0);
    expect(await operationsBuilt(() => ask('{ third: __typename }'))).toBe(1);
  });

  it("is refused by Apollo Server's validation before the gateway builds anything from it (the gateway does not validate it again)", async () => {
    for (const query of ['{ agencies(first: 1) { id } }', '{ agencies { id nope } }', '{ agencies }', '{ person(id: 1.5) { id } }', '{ agencies { ...Missing } }']) {
      let answer: Awaited<ReturnType<typeof ask>> | undefined;
      expect(await operationsBuilt(async () => (answer = await ask(query))), query).toBe(0);
      expect(answer!.body.kind === 'single' && answer!.body.singleResult.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('is refused over the alias limit, `__typename` aliases aside', async () => {
    const typenames = await ask(`{ ${Array.from({ length: 20 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(typenames.body.kind === 'single' && typenames.body.singleResult.errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: agencies { id }`).join(' ')} }`;
    const refused = await ask(aliases);
    expect(refused.body.kind === 'single' && refused.body.singleResult.errors?.[0]?.extensions?.code).toBe('QUERY_ALIAS_LIMIT');
  });
});

describe("the gateway's document and plan caches", () => {
  const documents = [PERSON, '{ agencies { id name } }', '{ a: b }', '{ outcomes(areaCode: "E09000022") { id status lead { name } indicators { name values(from: "2025-01", to: "2025-12") { period value } trend } } }'];
  const supergraph = internals.Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const plan = planner.buildQueryPlan(internals.operationFromDocument(supergraph.apiSchema(), parse(PERSON)));

  it('measure an entry close to its size as JSON (what Apollo measured)', () => {
    for (const text of documents) {
      const document = parse(text);
      const json = JSON.stringify(document).length;
      expect(approximateDocumentSize(document) / json).toBeGreaterThan(0.8);
      expect(approximateDocumentSize(document) / json).toBeLessThan(2.1);
    }
    // A dense document (the same field a thousand times) is charged near its JSON size; a long comment is not charged by its length.
    const dense = parse(`query Dense { person(id: "p1") { ${'id '.repeat(1400)} } }`);
    expect(approximateDocumentSize(dense) / JSON.stringify(dense).length).toBeGreaterThan(0.8);
    const padded = parse(`${'#'.repeat(100_000)}\n{ agencies { id } }`);
    expect(approximateDocumentSize(padded)).toBeLessThan(4 * JSON.stringify(padded).length);
    const json = JSON.stringify(plan).length;
    expect(json).toBeGreaterThan(1000);
    expect(Math.abs(approximateJsonSize(plan) - json) / json).toBeLessThan(0.05);
  });

  it('keep an entry without serialising it', async () => {
    const documentCache = documentStore();
    const planCache = queryPlanStore<typeof plan>();
    const parsed: DocumentNode[] = documents.map((text) => parse(text));
    const stringify = JSON.stringify;
    let serialised = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => (serialised++, stringify(...args))) as typeof stringify;
    try {
      for (const [index, document] of parsed.entries()) await documentCache.set(`d${index}`, document);
      await planCache.set('p', plan);
    } finally {
      JSON.stringify = stringify;
    }
    expect(serialised).toBe(0);
    expect(await documentCache.get('d0')).toBe(parsed[0]);
    expect(await planCache.get('p')).toBe(plan);
  });
});
