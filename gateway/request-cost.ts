import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createGateway } from './src/server.js';
import type { GatewayContext } from './src/gateway-context.js';
import { storedPlans } from './src/__tests__/query-plans.js';

/**
 * `npx tsx gateway/request-cost.ts [--query "one person"] [--requests 25] [--rounds 20]`
 *
 * What a text it has never seen costs the whole gateway, where
 * `plan-cost.ts` measures the planner alone: CPU milliseconds per request
 * through Apollo Server's pipeline in this process (parsing, validation, the
 * operation limits, the API-schema operation, planning, execution), for new
 * texts (one of the peer bench's queries with an alias of its own at the
 * root, as the bench's cold-planning run sends them) and for the same text
 * again, round by round, and the difference: the cost of a new text. Every
 * subgraph is one local HTTP server that answers `{ "person": null }` at
 * once, so execution stops after the first fetch; it costs new and repeated
 * texts alike, and the difference holds only what a new text adds. Run it
 * under `node --cpu-prof --import tsx` to see where that goes.
 */
const { values: args } = parseArgs({
  options: { query: { type: 'string', default: 'one person' }, requests: { type: 'string', default: '25' }, rounds: { type: 'string', default: '20' } },
});
const query = storedPlans().find(({ name }) => name.startsWith('bench:') && name.includes(args.query!))?.query;
if (!query) throw new Error(`No bench query's name contains "${args.query}": see the names in gateway/src/__tests__/query-plans.json.`);

const subgraph = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.setHeader('content-type', 'application/json');
    response.end('{"data":{"person":null}}');
  });
});
await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(subgraph.address() as { port: number }).port}/graphql`;
const gateway = createGateway({
  subgraphUrls: new Proxy({}, { get: () => url }),
  verifyToken: async () => {
    throw new Error('Requests are executed in process, without a token to verify.');
  },
});
await gateway.apollo.start();

let sequence = 0;
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
/** CPU ms per request for `count` requests, each with a new text or all with the same. */
async function send(count: number, newTexts: boolean): Promise<number> {
  const start = cpuMicros();
  for (let request = 0; request < count; request++) {
    const text = newTexts ? query!.replace('{', `{ new${sequence++}: __typename `) : query!;
    const contextValue = { requestId: `request-cost-${request}`, deadline: Date.now() + 60_000, fromGateway: false, identity: { officerId: 'request-cost', token: 'unused' } } as unknown as GatewayContext;
    await gateway.apollo.executeOperation({ query: text, variables: { id: 'p1' } }, { contextValue });
  }
  return (cpuMicros() - start) / 1000 / count;
}

const requests = Number(args.requests);
// Unmeasured: the gateway's code compiled and the planner's kept resolutions made before the first round.
for (let warmUp = 0; warmUp < 3; warmUp++) {
  await send(requests * 2, true);
  await send(requests * 2, false);
}
const newText: number[] = [];
const sameText: number[] = [];
for (let round = 0; round < Number(args.rounds); round++) {
  newText.push(await send(requests, true));
  sameText.push(await send(requests, false));
}
await gateway.apollo.stop();
subgraph.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(`${args.query}: ${args.rounds} rounds of ${requests} requests each way, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
console.log(`${median(newText).toFixed(3)} ms per request with a new text, ${median(sameText).toFixed(3)} with the same text: a new text costs ${median(newText.map((value, round) => value - sameText[round]!)).toFixed(3)} ms`);
