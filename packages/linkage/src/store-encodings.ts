import { sql, type Kysely } from 'kysely';
import { FILTER_SHAPES } from './encode-record.js';
import type { LinkageToken } from './linkage-record.js';

/**
 * Tokens per insert. Each column travels as one array parameter and the rows
 * are rebuilt by `unnest` in the database: a statement of 12 parameters, not
 * 12 per row, which PostgreSQL plans once and the driver sends as a few
 * strings (per-row parameters spent as long in building and binding the
 * statement as in storing the rows).
 */
const BATCH = 5000;

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
    // For this transaction only: sorting an agency's blocking rows (below) in memory rather than on disk.
    await sql`select set_config('work_mem', '256MB', true)`.execute(trx);
    // A million records take minutes to store: no per-statement bound, whatever the pool's.
    await sql`select set_config('statement_timeout', '0', true)`.execute(trx);
    await sql`delete from linkage_blocks b using linkage_encodings e
              where e.encoding_id = b.encoding_id and e.agency_id = ${agencyId}`.execute(trx);
    await trx.deleteFrom('linkage_encodings').where('agency_id', '=', agencyId).execute();

    let stored = 0;
    let batch: LinkageToken[] = [];
    // One insert in flight while the next batch is read and encoded: the
    // database stores one batch as this process makes the next, so on two
    // cores neither waits for the other, and memory holds two batches at most.
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      await inFlight;
      inFlight = insertTokens(trx, agencyId, rows);
      // Awaited by the next flush; until then a failure must not count as unhandled.
      inFlight.catch(() => undefined);
      stored += rows.length;
    };
    for await (const token of tokens) {
      checkToken(agencyId, token);
      batch.push(token);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    await inFlight;

    // Blocking rows are derived in the database from the keys just stored,
    // rather than sent a second time. In key order: the keys are keyed
    // hashes, so unsorted each row lands on a random page of the key index,
    // and once that index outgrows the database's cache (a million records
    // make some 13 million rows) every insert is a page read; sorted, the
    // inserts sweep the index once.
    await sql`insert into linkage_blocks (key, encoding_id)
              select distinct unnest(blocking_keys) as key, encoding_id from linkage_encodings where agency_id = ${agencyId}
              order by key, encoding_id`.execute(trx);
    return stored;
  });
}

/**
 * One multi-row insert from column arrays. Blocking keys vary in number per
 * record, and PostgreSQL arrays must be rectangular, so each record's keys
 * travel as one space-separated string (keys are prefixed base64url: no spaces).
 */
async function insertTokens(db: Kysely<any>, agencyId: string, tokens: readonly LinkageToken[]): Promise<void> {
  const column = <T>(value: (token: LinkageToken) => T) => tokens.map(value);
  await sql`
    insert into linkage_encodings (agency_id, record_id, exact_key, blocking_keys, given_name, family_name, date_of_birth,
                                   date_of_birth_swapped, postcode, sex, birth_month, local_authority_code)
    select ${agencyId}, r.record_id, r.exact_key, coalesce(string_to_array(nullif(r.blocking_keys, ''), ' '), '{}'),
           r.given_name::bit varying, r.family_name::bit varying, r.date_of_birth::bit varying,
           r.date_of_birth_swapped::bit varying, r.postcode::bit varying, r.sex, r.birth_month, r.local_authority_code
    from unnest(${column((t) => t.recordId)}::text[], ${column((t) => t.exactKey)}::text[], ${column((t) => t.blockingKeys.join(' '))}::text[],
                ${column((t) => t.givenName)}::text[], ${column((t) => t.familyName)}::text[], ${column((t) => t.dateOfBirth)}::text[],
                ${column((t) => t.dateOfBirthSwapped)}::text[], ${column((t) => t.postcode)}::text[], ${column((t) => t.sex)}::text[],
                ${column((t) => t.birthMonth)}::text[], ${column((t) => t.localAuthorityCode)}::text[])
      as r(record_id, exact_key, blocking_keys, given_name, family_name, date_of_birth, date_of_birth_swapped, postcode, sex, birth_month, local_authority_code)`.execute(db);
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
