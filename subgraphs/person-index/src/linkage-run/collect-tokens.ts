import type { Kysely } from 'kysely';
import { storeEncodings, type LinkageToken } from '@joined-up/linkage';
import type { PersonIndexTables } from '../tables.js';

export interface AgencyEndpoint {
  agencyId: string;
  /** The agency subgraph's GraphQL URL; the export lives beside it at /linkage/tokens. */
  url: string;
}

/**
 * Streams an agency's linkage tokens (newline-delimited JSON) straight into
 * the linkage tables, replacing that agency's previous set in one
 * transaction: an interrupted transfer leaves the previous set intact, and a
 * million tokens never sit in memory at once.
 */
export async function collectTokens(db: Kysely<PersonIndexTables>, endpoint: AgencyEndpoint, serviceToken: string): Promise<number> {
  const url = new URL('/linkage/tokens', endpoint.url);
  const request = () => fetch(url, { headers: { authorization: `Bearer ${serviceToken}` } });
  // The export is a plain read: a connection dropped before any answer is simply retried once.
  const response = await request().catch(request);
  if (!response.ok || !response.body) {
    throw new Error(`The ${endpoint.agencyId} subgraph refused the linkage export (${response.status}): ${await response.text()}`);
  }
  return storeEncodings(db, endpoint.agencyId, parseTokens(readLines(response.body)));
}

async function* parseTokens(lines: AsyncIterable<string>): AsyncGenerator<LinkageToken> {
  for await (const line of lines) if (line) yield JSON.parse(line) as LinkageToken;
}

async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      yield buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
  }
  buffered += decoder.decode();
  if (buffered) yield buffered;
}
