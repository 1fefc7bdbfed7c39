import { deriveKey, keyedUint32 } from './keyed-hash.js';

/**
 * Field-level Bloom filters after Schnell, Bachteler and Reiher (2009): each
 * q-gram of a value sets `hashes` bits of a fixed-length bit array, chosen by
 * double hashing (position i = h1 + i·h2 mod length) from two keyed hashes.
 * Two values sharing most q-grams share most bits, so the Dice coefficient of
 * the filters approximates the Dice coefficient of the values, while the
 * partnership, without the key, cannot list which q-grams set which bits.
 *
 * Filters are written as PostgreSQL reads a `bit varying` directly: `x`
 * followed by hexadecimal digits, first bit first, so the partnership computes
 * Dice in SQL as 2·bit_count(a & b) / (bit_count(a) + bit_count(b)).
 */
export interface BloomFilterShape {
  /** Length in bits: a multiple of 8. */
  bits: number;
  /** Bits set per q-gram. */
  hashes: number;
}

/** Filters above this many cached q-gram hashes start afresh, to bound memory on a million distinct postcodes. */
const CACHE_LIMIT = 200_000;

export class BloomFilterEncoder {
  readonly #key1: Buffer;
  readonly #key2: Buffer;
  readonly #cache = new Map<string, readonly [number, number]>();

  constructor(
    secret: string,
    field: string,
    readonly shape: BloomFilterShape,
  ) {
    if (shape.bits % 8 !== 0 || shape.bits <= 0) throw new Error(`A Bloom filter's length must be a positive multiple of 8 bits, not ${shape.bits}.`);
    this.#key1 = deriveKey(secret, `bloom/${field}/h1`);
    this.#key2 = deriveKey(secret, `bloom/${field}/h2`);
  }

  /** The filter for a set of q-grams, or null when there are none (a missing value, compared as missing, not as "all different"). */
  encode(grams: Iterable<string>): string | null {
    const bytes = new Uint8Array(this.shape.bits / 8);
    let any = false;
    for (const gram of grams) {
      any = true;
      const [h1, h2] = this.#hashes(gram);
      for (let i = 0; i < this.shape.hashes; i++) {
        const position = (h1 + i * h2) % this.shape.bits;
        bytes[position >> 3] |= 0x80 >> (position & 7);
      }
    }
    return any ? `x${Buffer.from(bytes).toString('hex')}` : null;
  }

  #hashes(gram: string): readonly [number, number] {
    let hashes = this.#cache.get(gram);
    if (!hashes) {
      // h2 odd: with a power-of-two length, an odd stride visits distinct positions.
      hashes = [keyedUint32(this.#key1, gram), (keyedUint32(this.#key2, gram) | 1) >>> 0];
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
      this.#cache.set(gram, hashes);
    }
    return hashes;
  }
}

/** Bigrams of each word, padded so first and last letters count as much as the middle: "ann" → _a an nn n_. */
export function bigrams(words: Iterable<string>): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    if (!word) continue;
    const padded = `_${word}_`;
    for (let i = 0; i < padded.length - 1; i++) grams.add(padded.slice(i, i + 2));
  }
  return grams;
}

/** Dice coefficient of two encoded filters, as the partnership computes it in SQL (for tests and checks). */
export function diceCoefficient(a: string, b: string): number {
  const left = Buffer.from(a.slice(1), 'hex');
  const right = Buffer.from(b.slice(1), 'hex');
  if (left.length !== right.length) throw new Error('Bloom filters of different lengths cannot be compared.');
  let both = 0;
  let total = 0;
  for (let i = 0; i < left.length; i++) {
    both += popcount(left[i] & right[i]);
    total += popcount(left[i]) + popcount(right[i]);
  }
  return total === 0 ? 0 : (2 * both) / total;
}

function popcount(byte: number): number {
  let count = 0;
  for (let value = byte; value; value &= value - 1) count++;
  return count;
}
