import type { Kysely } from 'kysely';
import { storeEncodings, type LinkageToken } from '@joined-up/linkage';
import type { LinkageExportEnd } from '@joined-up/service';
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
  return storeEncodings(db, endpoint.agencyId, parseTokens(endpoint.agencyId, readLines(response)));
}

/**
 * The export's tokens, then a check of its last line. A body cut short reads
 * as a body that simply ended, so without the check a truncated export would
 * replace the agency's set with part of it (or none); throwing here rolls
 * the replacement back and keeps the previous set.
 */
async function* parseTokens(agencyId: string, lines: AsyncIterable<string>): AsyncGenerator<LinkageToken> {
  let received = 0;
  let end: LinkageExportEnd | undefined;
  for await (const line of lines) {
    if (!line) continue;
    const parsed = JSON.parse(line) as LinkageToken | LinkageExportEnd;
    if ('exportComplete' in parsed) {
      end = parsed;
      continue;
    }
    received++;
    yield parsed;
  }
  if (!end || end.records !== received) {
    throw new Error(
      `The ${agencyId} linkage export ended before it was complete (${received.toLocaleString('en-GB')} records received${end ? ` of ${end.records.toLocaleString('en-GB')}` : ''}): its previous tokens are kept.`,
    );
  }
}

/**
 * Takes the whole response, not only its body: fetch cancels the body of a
 * response that has been garbage-collected, and the body is read only once
 * the agency's previous tokens are deleted, which at a million records is
 * long enough for a collection to run in between.
 */
async function* readLines(response: Response): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
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
