import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { LinkageToken } from '@joined-up/linkage';
import type { PartnershipTables } from '../tables.js';

export interface AgencyEndpoint {
  agencyId: string;
  /** The agency subgraph's GraphQL URL; the export lives beside it at /linkage/tokens. */
  url: string;
}

/**
 * Fetches an agency's linkage tokens (newline-delimited JSON, streamed) and
 * replaces that agency's tokens in one transaction, so an interrupted
 * transfer leaves the previous set intact.
 */
export async function collectTokens(
  db: Kysely<PartnershipTables>,
  endpoint: AgencyEndpoint,
  serviceToken: string,
): Promise<number> {
  const url = new URL('/linkage/tokens', endpoint.url);
  const response = await fetch(url, { headers: { authorization: `Bearer ${serviceToken}` } });
  if (!response.ok || !response.body) {
    throw new Error(`The ${endpoint.agencyId} subgraph refused the linkage export (${response.status}): ${await response.text()}`);
  }
  const tokens: LinkageToken[] = [];
  for await (const line of readLines(response.body)) {
    if (line) tokens.push(JSON.parse(line) as LinkageToken);
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('linkage_tokens').where('agency_id', '=', endpoint.agencyId).execute();
    await insertRows(
      trx,
      'linkage_tokens',
      tokens.map((token) => ({
        agency_id: endpoint.agencyId,
        record_id: token.recordId,
        exact_key: token.exactKey,
        birth_month: token.birthMonth,
        local_authority_code: token.localAuthorityCode,
      })),
    );
  });
  return tokens.length;
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
