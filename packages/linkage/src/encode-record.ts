import { BLOCKING_RULES } from './blocking-rules.js';
import { bigrams, BloomFilterEncoder, type BloomFilterShape } from './bloom-filter.js';
import { exactKey } from './exact-key.js';
import { deriveKey, keyedToken } from './keyed-hash.js';
import type { LinkageSourceRecord, LinkageToken } from './linkage-record.js';
import type { PostcodeParts } from './normalise.js';
import { normaliseRecord } from './normalised-record.js';

/**
 * Filter shapes, fixed for every agency (the partnership cannot compare
 * filters of different lengths). Names get 512 bits with 8 bits per bigram:
 * a name of a dozen bigrams fills about a fifth of the filter, low enough that
 * unrelated names share few bits by chance (Dice about 0.2). Dates of birth
 * (8 digit tokens) and postcodes (4 tokens) are smaller sets, so 256 bits keep
 * them as sparse.
 */
export const FILTER_SHAPES = {
  givenName: { bits: 512, hashes: 8 },
  familyName: { bits: 512, hashes: 8 },
  dateOfBirth: { bits: 256, hashes: 6 },
  postcode: { bits: 256, hashes: 6 },
} as const satisfies Record<string, BloomFilterShape>;

export type RecordEncoder = (record: LinkageSourceRecord) => LinkageToken;

/**
 * Builds an agency's encoder for one secret. The keys are derived once and
 * each filter remembers the hashes of q-grams it has seen, so encoding a
 * million records costs a few keyed hashes per record rather than a hundred.
 */
export function createRecordEncoder(secret: string): RecordEncoder {
  const given = new BloomFilterEncoder(secret, 'given-name', FILTER_SHAPES.givenName);
  const family = new BloomFilterEncoder(secret, 'family-name', FILTER_SHAPES.familyName);
  // The swapped date is encoded with the date-of-birth keys, so a swapped
  // date on one record equals the plain date on the other bit for bit.
  const dateOfBirth = new BloomFilterEncoder(secret, 'date-of-birth', FILTER_SHAPES.dateOfBirth);
  const postcode = new BloomFilterEncoder(secret, 'postcode', FILTER_SHAPES.postcode);
  const blockingKey = deriveKey(secret, 'blocking');
  const sexKey = deriveKey(secret, 'sex');

  return (record) => {
    const normalised = normaliseRecord(record);
    const blockingKeys: string[] = [];
    for (const rule of BLOCKING_RULES) {
      for (const value of rule.values(normalised)) blockingKeys.push(`${rule.name}:${keyedToken(blockingKey, `${rule.name}|${value}`)}`);
    }
    return {
      recordId: record.recordId,
      exactKey: exactKey(record, secret),
      birthMonth: normalised.dateOfBirth ? normalised.dateOfBirth.slice(0, 7) : null,
      localAuthorityCode: record.localAuthorityCode,
      blockingKeys,
      givenName: given.encode(bigrams([...normalised.given.raw.split(' '), ...normalised.given.canonical])),
      familyName: family.encode(bigrams(normalised.family.parts)),
      dateOfBirth: dateOfBirth.encode(dateDigits(normalised.dateOfBirth)),
      dateOfBirthSwapped: dateOfBirth.encode(dateDigits(normalised.dateOfBirthSwapped)),
      postcode: postcode.encode(postcodeTokens(normalised.postcode)),
      sex: normalised.sex ? keyedToken(sexKey, normalised.sex) : null,
    };
  };
}

const encoders = new Map<string, RecordEncoder>();

/**
 * Encodes one record, at the agency, for linkage at the partnership.
 * Deterministic under one secret; under another secret the same record gives
 * unrelated keys and filters.
 */
export function encodeRecord(record: LinkageSourceRecord, secret: string): LinkageToken {
  let encoder = encoders.get(secret);
  if (!encoder) {
    // One process rarely holds more than one secret (two around a key rotation).
    if (encoders.size >= 4) encoders.clear();
    encoder = createRecordEncoder(secret);
    encoders.set(secret, encoder);
  }
  return encoder(record);
}

/**
 * A date as eight positional digit tokens (`0:1`, `1:9`, … for 19…): one
 * mistyped digit changes one token of eight, so its Dice stays near 0.9,
 * while the century digits every date shares count for little.
 */
function dateDigits(isoDate: string | null): string[] {
  if (!isoDate) return [];
  const digits = isoDate.replace(/-/g, '');
  return [...digits].map((digit, position) => `${position}:${digit}`);
}

/**
 * A postcode as its unit, sector, district and area: an exact match shares
 * all four tokens, the same sector three, the same district two. Tokens are
 * tagged by level so a district never equals a sector by accident.
 */
function postcodeTokens(parts: PostcodeParts | null): string[] {
  if (!parts) return [];
  const tokens = [`unit:${parts.unit}`];
  if (parts.sector) tokens.push(`sector:${parts.sector}`, `district:${parts.district}`, `area:${parts.area}`);
  return tokens;
}
