import { sql, type Kysely } from 'kysely';
import { FILTER_SHAPES } from './encode-record.js';
import type { LinkageToken } from './linkage-record.js';

/** PostgreSQL accepts at most 65,535 bind parameters in one statement. */
const MAX_PARAMETERS = 60_000;
const COLUMNS = 12;
const BATCH = Math.floor(MAX_PARAMETERS / COLUMNS);

const FILTER_FIELDS = [
  ['givenName', FILTER_SHAPES.givenName.bits],
  ['familyName', FILTER_SHAPES.familyName.bits],
  ['dateOfBirth', FILTER_SHAPES.dateOfBirth.bits],
  ['dateOfBirthSwapped', FILTER_SHAPES.dateOfBirth.bits],
  ['postcode', FILTER_SHAPES.postcode.bits],
] as const;

/**
 * Replaces one agency's linkage tokens, and their blocking rows, in one
 * transaction: readers and linkage runs see the agency's previous set or its
 * new one, never a mixture, and a transfer that fails half way changes
 * nothing. Tokens may be streamed (an async iterable), so an agency of a
 * million records never sits in memory at once.
 */
export async function storeEncodings(
  db: Kysely<any>,
  agencyId: string,
  tokens: Iterable<LinkageToken> | AsyncIterable<LinkageToken>,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`delete from linkage_blocks b using linkage_encodings e
              where e.encoding_id = b.encoding_id and e.agency_id = ${agencyId}`.execute(trx);
    await trx.deleteFrom('linkage_encodings').where('agency_id', '=', agencyId).execute();

    let stored = 0;
    let batch: LinkageToken[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await trx.insertInto('linkage_encodings').values(batch.map((token) => row(agencyId, token))).execute();
      stored += batch.length;
      batch = [];
    };
    for await (const token of tokens) {
      checkToken(agencyId, token);
      batch.push(token);
      if (batch.length >= BATCH) await flush();
    }
    await flush();

    // Blocking rows are derived in the database from the keys just stored,
    // rather than sent a second time.
    await sql`insert into linkage_blocks (key, encoding_id)
              select distinct unnest(blocking_keys), encoding_id from linkage_encodings where agency_id = ${agencyId}`.execute(trx);
    return stored;
  });
}

function row(agencyId: string, token: LinkageToken) {
  return {
    agency_id: agencyId,
    record_id: token.recordId,
    exact_key: token.exactKey,
    blocking_keys: token.blockingKeys,
    given_name: token.givenName,
    family_name: token.familyName,
    date_of_birth: token.dateOfBirth,
    date_of_birth_swapped: token.dateOfBirthSwapped,
    postcode: token.postcode,
    sex: token.sex,
    birth_month: token.birthMonth,
    local_authority_code: token.localAuthorityCode,
  };
}

/**
 * Refuses a token the SQL comparisons could not use: a filter of another
 * length (an agency on an old encoder) would make `a & b` fail mid-run, and
 * a token without blocking keys could never be linked.
 */
function checkToken(agencyId: string, token: LinkageToken): void {
  if (!token.recordId || !token.exactKey || !Array.isArray(token.blockingKeys)) {
    throw new Error(
      `A linkage token from ${agencyId} lacks a record id, exact key or blocking keys: ` +
        'every agency must encode with encodeRecord from @joined-up/linkage.',
    );
  }
  for (const [field, bits] of FILTER_FIELDS) {
    const value = token[field];
    if (value !== null && (typeof value !== 'string' || value.length !== 1 + bits / 4 || !/^x[0-9a-f]+$/.test(value))) {
      throw new Error(
        `Record ${token.recordId} from ${agencyId} has a ${field} filter that is not ${bits} bits in hexadecimal: ` +
          'the agency is on a different encoder version; re-encode with the current @joined-up/linkage.',
      );
    }
  }
}
