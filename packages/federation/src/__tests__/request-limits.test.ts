import { afterEach, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { serveGraphQL, type RunningServer } from '../http-server.js';
import { requestBudgetPlugin } from '../operation-limits/request-budget-plugin.js';

/** Ten items that take 300 ms to arrive. */
const schema = buildSchema(`
  type Item { name: String }
  type Query { items: [Item!]! big(size: Int!): String }
`);
const rootValue = {
  items: async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return Array.from({ length: 10 }, (_, index) => ({ name: `item ${index}` }));
  },
  big: ({ size }: { size: number }) => 'x'.repeat(size),
};

async function serve(options: { budgetMs: number; maxResponseBytes?: number }): Promise<RunningServer> {
  const apollo = new ApolloServer<{ deadline: number }>({ schema, rootValue, plugins: [requestBudgetPlugin()] });
  await apollo.start();
  const running = await serveGraphQL(apollo, {
    port: 0,
    maxResponseBytes: options.maxResponseBytes,
    context: async () => ({ deadline: Date.now() + options.budgetMs }),
  });
  return { ...running, close: async () => (await running.close(), await apollo.stop()) };
}

async function post(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as any };
}

describe('a request over its budget is cut off', () => {
  let server: RunningServer | undefined;
  afterEach(() => server?.close());

  it('fails the resolvers that would start after the deadline, with one REQUEST_TIME_LIMIT error', async () => {
    // The items start within the 200 ms budget and arrive after it: their ten
    // names fail, and the answer carries the refusal once, not once per field.
    server = await serve({ budgetMs: 200 });
    const { body } = await post(server.url, '{ items { name } }');
    expect(body.data.items).toEqual(Array.from({ length: 10 }, () => ({ name: null })));
    const errors = body.errors as { message: string; extensions: Record<string, unknown> }[];
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions.code).toBe('REQUEST_TIME_LIMIT');
    expect(errors[0].extensions.limit).toBeGreaterThan(0);
    expect(errors[0].message).toMatch(/^Request time \(ms\) \d+ exceeds the limit of \d+\./);
  });

  it('answers in full within the budget', async () => {
    server = await serve({ budgetMs: 5000 });
    const { body } = await post(server.url, '{ items { name } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.items.map((item: { name: string }) => item.name)).toEqual(Array.from({ length: 10 }, (_, index) => `item ${index}`));
  });

  it('refuses an answer over the response size limit with RESPONSE_SIZE_LIMIT and the size it would have had', async () => {
    server = await serve({ budgetMs: 5000, maxResponseBytes: 1000 });
    const small = await post(server.url, '{ big(size: 100) }');
    expect(small.body.data.big).toHaveLength(100);
    const { status, body } = await post(server.url, '{ big(size: 5000) }');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toEqual({ code: 'RESPONSE_SIZE_LIMIT', limit: 1000, measured: 5000 + '{"data":{"big":""}}\n'.length });
    expect(body.errors[0].message).toMatch(/^Response size \(bytes\) 5020 exceeds the limit of 1000\./);
  });
});
