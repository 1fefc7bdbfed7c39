import { createHmac } from 'node:crypto';
import type { ExactLinkageToken, LinkageSourceRecord } from './linkage-record.js';
import { normaliseName, normalisePostcode } from './normalise.js';

/**
 * Keyed hash of normalised name, date of birth and postcode under the secret
 * the agencies share. The partnership can compare keys but, without the
 * secret, cannot test a guessed name.
 */
export function exactKey(record: LinkageSourceRecord, secret: string): string {
  const material = [
    normaliseName(record.givenName),
    normaliseName(record.familyName),
    record.dateOfBirth ?? '',
    normalisePostcode(record.postcode),
  ].join('|');
  return createHmac('sha256', secret).update(material).digest('base64url');
}

/**
 * Encodes a record for exact matching only. Superseded by `encodeRecord`,
 * whose token carries the same exact key and everything probabilistic
 * matching needs; kept for callers that still send exact keys alone.
 */
export function encodeExact(record: LinkageSourceRecord, secret: string): ExactLinkageToken {
  return {
    recordId: record.recordId,
    exactKey: exactKey(record, secret),
    birthMonth: record.dateOfBirth ? record.dateOfBirth.slice(0, 7) : null,
    localAuthorityCode: record.localAuthorityCode,
  };
}
