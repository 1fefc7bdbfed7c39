import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so references survive being read aloud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new random reference such as `OUT-7K2M9QX4` for records created through the API. */
export function newReference(prefix: string, length = 8): string {
  let reference = `${prefix}-`;
  for (const byte of randomBytes(length)) reference += ALPHABET[byte & 31];
  return reference;
}
