import { createHmac } from 'node:crypto';
import type { LinkageSourceRecord, LinkageToken } from './linkage-record.js';
import { normaliseName, normalisePostcode } from './normalise.js';

/**
 * Encodes a record for exact matching: an HMAC of its normalised name, date
 * of birth and postcode under the secret the agencies share. The partnership
 * can compare keys but, without the secret, cannot test a guessed name.
 */
export function encodeExact(record: LinkageSourceRecord, secret: string): LinkageToken {
  const material = [
    normaliseName(record.givenName),
    normaliseName(record.familyName),
    record.dateOfBirth ?? '',
    normalisePostcode(record.postcode),
  ].join('|');
  return {
    recordId: record.recordId,
    exactKey: createHmac('sha256', secret).update(material).digest('base64url'),
    birthMonth: record.dateOfBirth ? record.dateOfBirth.slice(0, 7) : null,
    localAuthorityCode: record.localAuthorityCode,
  };
}
