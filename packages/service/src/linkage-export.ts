import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { TokenVerifier } from '@joined-up/auth';
import { authenticate } from '@joined-up/federation';
import { createRecordEncoder, type LinkageSourceRecord } from '@joined-up/linkage';

/** A page of an agency's person records, in record id order, after `after`. */
export type LinkageRecordPager<DB> = (db: Kysely<DB>, after: string | null, limit: number) => Promise<LinkageSourceRecord[]>;

/**
 * The export's last line: how many records it held. A transfer cut short
 * (the reader gone, the agency's process stopped) ends without it, so the
 * collector can tell a complete export from a truncated one.
 */
export interface LinkageExportEnd {
  exportComplete: true;
  records: number;
}

/** Only the partnership's linkage service, for the purpose of record linkage, may export tokens. */
export const LINKAGE_PURPOSE = 'record-linkage';
const PAGE = 5000;

/**
 * `GET /linkage/tokens`: the agency's person records encoded for linkage
 * (keyed hashes and Bloom filters of their identifying details),
 * one JSON object per line. Encoding happens here, inside the agency, with
 * the secret the agencies share; raw names and dates of birth never leave.
 */
export function linkageExportRoute<DB>(options: {
  db: Kysely<DB>;
  pager: LinkageRecordPager<DB>;
  verifyToken: TokenVerifier;
  secret: () => string;
}) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let identity;
    try {
      ({ identity } = await authenticate(request, options.verifyToken));
    } catch (error) {
      return refuse(response, 401, error instanceof Error ? error.message : 'Unauthenticated.');
    }
    if (identity.agency !== 'partnership' || !identity.roles.includes('service') || identity.purpose !== LINKAGE_PURPOSE) {
      return refuse(response, 403, `Only the partnership's linkage service, with purpose ${LINKAGE_PURPOSE}, may export linkage tokens.`);
    }
    const encode = createRecordEncoder(options.secret());
    response.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    let after: string | null = null;
    let records = 0;
    for (;;) {
      // The reader has gone: reading on would only fill a socket nobody drains.
      if (response.destroyed) return;
      const page = await options.pager(options.db, after, PAGE);
      if (page.length === 0) break;
      response.write(page.map((record) => JSON.stringify(encode(record))).join('\n') + '\n');
      records += page.length;
      after = page[page.length - 1].recordId;
    }
    const end: LinkageExportEnd = { exportComplete: true, records };
    response.end(`${JSON.stringify(end)}\n`);
  };
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ error: message }));
}
