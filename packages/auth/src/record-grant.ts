import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

/** What the person index vouches for when it hands an agency a person: this person's records in that agency are these. */
export interface RecordGrantTerms {
  agency: string;
  personId: string;
  recordIds: readonly string[];
}

/** How long a grant is good for: one federated request needs seconds; a few minutes allow for clock drift between hosts. */
export const RECORD_GRANT_LIFETIME_SECONDS = 300;

const GRANT = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

// A grant is signed or checked per person in a request, hundreds at a time:
// the key is imported once rather than on every signature.
const keyObjects = new Map<string, KeyObject>();
function keyObject(key: string): KeyObject {
  let object = keyObjects.get(key);
  if (!object) keyObjects.set(key, (object = createSecretKey(Buffer.from(key, 'utf8'))));
  return object;
}

function digest(key: string, terms: RecordGrantTerms, expires: number): string {
  // Record ids are compared as a set: the gateway may hand them on in any order.
  const message = JSON.stringify(['joined-up-record-grant/1', terms.agency, terms.personId, [...terms.recordIds].sort(), expires]);
  return createHmac('sha256', keyObject(key)).update(message).digest('base64url');
}

/**
 * Signs the person index's word to one agency: `<expiry>.<HMAC-SHA256>` over
 * the agency, the person id, the agency's record ids of the person and the
 * expiry (Unix seconds), with the key the partnership and that agency share.
 */
export function signRecordGrant(key: string, terms: RecordGrantTerms, now: number = Date.now()): string {
  const expires = Math.floor(now / 1000) + RECORD_GRANT_LIFETIME_SECONDS;
  return `${expires}.${digest(key, terms, expires)}`;
}

/**
 * Why a person representation's grant does not vouch for its terms, or null
 * when it does: none given, not signed with this agency's key for exactly this
 * person and these records, or expired.
 */
export function recordGrantProblem(key: string, grant: string | null | undefined, terms: RecordGrantTerms, now: number = Date.now()): string | null {
  if (!grant) return 'it carries no grant from the person index';
  const match = GRANT.exec(grant);
  if (!match) return 'its grant is not one the person index issues';
  const expires = Number(match[1]);
  const expected = Buffer.from(digest(key, terms, expires));
  if (!timingSafeEqual(expected, Buffer.from(match[2]))) return 'its grant was not signed by the person index for this person and these records';
  if (expires * 1000 <= now) return 'its grant has expired';
  return null;
}
