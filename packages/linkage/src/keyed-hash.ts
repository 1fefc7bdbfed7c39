import { createHmac } from 'node:crypto';

/**
 * Keys derived from the secret the agencies share, one per use, so that a
 * Bloom filter bit, a blocking key and the sex token can never be compared
 * with one another, and so that learning one derived key (say, by a
 * dictionary attack on the two-valued sex token) reveals nothing about the
 * others or the secret. HMAC-SHA256 of a purpose label under the secret is the
 * standard way to do this (it is HKDF's expand step with one block).
 */
export function deriveKey(secret: string, purpose: string): Buffer {
  if (!secret) throw new Error('The linkage secret is empty: set the secret the agencies share before encoding records.');
  return createHmac('sha256', secret).update(`joined-up/linkage/v2/${purpose}`).digest();
}

/** Keyed hash of `message`, as a short URL-safe string: 96 bits, ample against collisions among millions of values. */
export function keyedToken(key: Buffer, message: string): string {
  return createHmac('sha256', key).update(message).digest('base64url').slice(0, 16);
}

/** The first 32 bits of the keyed hash of `message`, as an unsigned integer (for Bloom filter positions). */
export function keyedUint32(key: Buffer, message: string): number {
  return createHmac('sha256', key).update(message).digest().readUInt32BE(0);
}
