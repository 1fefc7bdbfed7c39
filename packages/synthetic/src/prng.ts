/**
 * Seeded randomness. Every stream is keyed by what it is for, e.g.
 * (seed, person index, 'police', 'membership'), so one agency's view of one
 * person can be regenerated without drawing anything for anyone else, and the
 * output never depends on the order in which streams are consumed.
 */

/** The MurmurHash3 finaliser: turns any 32-bit value into a well-mixed one. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const stringHashes = new Map<string, number>();

/** FNV-1a of a key part, cached because the same few purpose names recur millions of times. */
function hashString(text: string): number {
  let cached = stringHashes.get(text);
  if (cached === undefined) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    cached = h >>> 0;
    stringHashes.set(text, cached);
  }
  return cached;
}

export type KeyPart = number | string;

/** Values with their relative weights, for `Random.weighted`. */
export type Weights<T> = readonly (readonly [T, number])[];

/** A small fast generator (sfc32) with the draws the population needs. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    // sfc32 needs a few rounds before nearby seeds stop giving nearby outputs.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max], both inclusive. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Picks from the start of a list more often: common names are common. */
  pickSkewed<T>(items: readonly T[], skew = 1.6): T {
    return items[Math.floor(items.length * Math.pow(this.float(), skew))];
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(choices: Weights<T>): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let target = this.float() * total;
    for (const [value, weight] of choices) {
      target -= weight;
      if (target < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** Count of events in an interval with the given mean (Knuth; means here are small). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.float();
    while (product > limit) {
      count++;
      product *= this.float();
    }
    return count;
  }

  /** Successes in `trials` independent tries. Trials here are at most a few dozen. */
  binomial(trials: number, probability: number): number {
    let count = 0;
    for (let i = 0; i < trials; i++) if (this.float() < probability) count++;
    return count;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }
}

/**
 * The stream for one purpose. Two independent 32-bit hashes of the key make the
 * 64-bit seed, so a million people times a dozen purposes do not collide.
 */
export function randomFor(seed: number, ...key: KeyPart[]): Random {
  let h1 = fmix32(seed ^ 0x9e3779b9);
  let h2 = fmix32((seed + 0x7f4a7c15) | 0);
  for (const part of key) {
    const value = typeof part === 'number' ? part | 0 : hashString(part);
    h1 = fmix32((h1 ^ value) + 0x632be59b);
    h2 = fmix32(Math.imul(h2 ^ value, 0x2c1b3c6d) + 0x297a2d39);
  }
  return new Random(h1, h2, fmix32(h1 ^ h2 ^ 0x165667b1), 1);
}

/** A fixed 32-bit hash of a key, for facts that must not change with the seed (e.g. a street's postcode). */
export function hashOf(...key: KeyPart[]): number {
  let h = 0x2545f491;
  for (const part of key) h = fmix32((h ^ (typeof part === 'number' ? part | 0 : hashString(part))) + 0x9e3779b9);
  return h;
}

/**
 * A fixed weighted choice, prepared once: cumulative weights and a binary
 * search, for the choices made for every household (where they live, what kind
 * of household, which heritage) where a linear scan each time adds up.
 */
export class WeightedChoice<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;

  constructor(choices: Weights<T>) {
    this.values = choices.map(([value]) => value);
    this.cumulative = new Float64Array(choices.length);
    let total = 0;
    choices.forEach(([, weight], i) => (this.cumulative[i] = total += weight));
  }

  pick(rng: Random): T {
    const target = rng.float() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return this.values[low];
  }
}
