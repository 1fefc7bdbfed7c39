import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@joined-up/testing';
import { runLinkage } from '../linkage-run/index.js';
import { personIndexSubgraph } from '../server.js';
import type { PersonIndexTables } from '../tables.js';

/** An agency's linkage export that holds no records, noting the token each export was asked with. */
async function startEmptyExport(tokensSeen: string[]): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    tokensSeen.push(request.headers.authorization ?? '');
    response.writeHead(200, { 'content-type': 'application/x-ndjson' }).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

describe('collecting the agencies’ linkage tokens', () => {
  let index: TestSubgraph<PersonIndexTables>;
  const servers: http.Server[] = [];
  beforeAll(async () => {
    index = await startTestSubgraph(personIndexSubgraph, 'linkage-run-tokens');
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await index?.stop();
  });

  it('asks for a fresh service token for each agency, just before its export, so a long run never sends an expired one', async () => {
    const tokensSeen: string[] = [];
    const agencies = [];
    for (const agencyId of ['health', 'police', 'housing']) {
      const server = await startEmptyExport(tokensSeen);
      servers.push(server);
      agencies.push({ agencyId, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` });
    }
    let issued = 0;
    const issueServiceToken = async () => `token-${++issued}`;
    // The exports hold no records, so matching has nothing to train on and stops once the tokens are in.
    await expect(runLinkage(index.database.db, agencies, issueServiceToken)).rejects.toThrow(/cannot be trained/);
    expect(tokensSeen).toEqual(['Bearer token-1', 'Bearer token-2', 'Bearer token-3']);
  });
});
