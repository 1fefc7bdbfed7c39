import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so ids survive being read aloud and retyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const PERSON_ID_PATTERN = /^JU[0-9A-HJKMNP-TV-Z]{10}$/;

/** A new pseudonymous partnership id: random, so it encodes nothing about the person. */
export function newPersonId(): string {
  const bytes = randomBytes(10);
  let id = 'JU';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}
