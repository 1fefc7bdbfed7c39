import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordEncoder } from '@joined-up/linkage';
import { startTestSubgraph, type TestSubgraph } from '@joined-up/testing';
import { collectTokens } from '../linkage-run/collect-tokens.js';
import { runLinkage } from '../linkage-run/index.js';
import { personIndexSubgraph } from '../server.js';
import type { PersonIndexTables } from '../tables.js';

const encode = createRecordEncoder('test-linkage-secret');
const tokenLine = (recordId: string) =>
  JSON.stringify(
    encode({ recordId, givenName: 'Amira', familyName: 'Begum', dateOfBirth: '2009-04-12', sex: 'F', postcode: 'SE11 5QY', localAuthorityCode: 'E09000022' }),
  );
const endLine = (records: number) => JSON.stringify({ exportComplete: true, records });

/** An agency's linkage export answering with `body`, noting the token each export was asked with. */
async function startExport(body: string, tokensSeen: string[] = []): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    tokensSeen.push(request.headers.authorization ?? '');
    response.writeHead(200, { 'content-type': 'application/x-ndjson' }).end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

describe('collecting the agencies’ linkage tokens', () => {
  let index: TestSubgraph<PersonIndexTables>;
  const servers: http.Server[] = [];
  const endpoint = async (agencyId: string, body: string, tokensSeen?: string[]) => {
    const server = await startExport(body, tokensSeen);
    servers.push(server);
    return { agencyId, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
  };
  const storedFor = async (agencyId: string) =>
    (await index.database.db.selectFrom('linkage_encodings').select('record_id').where('agency_id', '=', agencyId).orderBy('record_id').execute()).map((row) => row.record_id);

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
    for (const agencyId of ['health', 'police', 'housing']) agencies.push(await endpoint(agencyId, `${endLine(0)}\n`, tokensSeen));
    let issued = 0;
    const issueServiceToken = async () => `token-${++issued}`;
    // The exports hold no records, so matching has nothing to train on and stops once the tokens are in.
    await expect(runLinkage(index.database.db, agencies, issueServiceToken)).rejects.toThrow(/cannot be trained/);
    expect(tokensSeen).toEqual(['Bearer token-1', 'Bearer token-2', 'Bearer token-3']);
  });

  it('keeps the previous tokens when an export ends before its last line, whether cut short or missing records', async () => {
    const complete = await endpoint('education', `${tokenLine('ED-1')}\n${tokenLine('ED-2')}\n${endLine(2)}\n`);
    expect(await collectTokens(index.database.db, complete, 'token')).toBe(2);
    expect(await storedFor('education')).toEqual(['ED-1', 'ED-2']);

    const cutShort = await endpoint('education', `${tokenLine('ED-3')}\n`);
    await expect(collectTokens(index.database.db, cutShort, 'token')).rejects.toThrow(/education linkage export ended before it was complete \(1 records received\)/);
    const missingRecords = await endpoint('education', `${tokenLine('ED-3')}\n${endLine(2)}\n`);
    await expect(collectTokens(index.database.db, missingRecords, 'token')).rejects.toThrow(/1 records received of 2/);
    expect(await storedFor('education')).toEqual(['ED-1', 'ED-2']);
  });
});
