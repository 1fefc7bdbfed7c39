/**
 * A person record as it leaves an agency's database on its way to being
 * encoded, still inside the agency's own process. Only `LinkageToken`s ever
 * cross to the partnership.
 */
export interface LinkageSourceRecord {
  recordId: string;
  givenName: string | null;
  familyName: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  sex: string | null;
  postcode: string | null;
  localAuthorityCode: string | null;
}

/**
 * What the partnership receives for one agency record: no raw identifier.
 * Every keyed value is made with keys derived from the secret the agencies
 * share and the partnership never holds, so the partnership can compare two
 * tokens but cannot test a guessed name against one.
 */
export interface LinkageToken {
  recordId: string;
  /** Keyed hash (HMAC-SHA256, partnership secret) of normalised name, date of birth and postcode. */
  exactKey: string;
  /** Month of birth, YYYY-MM: coarse enough to publish, needed for age-banded cohorts. */
  birthMonth: string | null;
  /** Local authority of the recorded address. */
  localAuthorityCode: string | null;
  /**
   * Keyed hashes of the record's blocking values, each prefixed by its rule
   * (`dob-family:…`): two records are compared only if they share one.
   */
  blockingKeys: string[];
  /** Bloom filter (`x` + hex, read by PostgreSQL as `bit varying`) of the given name as written and its formal forms. */
  givenName: string | null;
  /** Bloom filter of every part of the family name. */
  familyName: string | null;
  /** Bloom filter of the date of birth, digit by digit. */
  dateOfBirth: string | null;
  /** Bloom filter of the date of birth with day and month exchanged; null when that is no other date. */
  dateOfBirthSwapped: string | null;
  /** Bloom filter of the postcode, its sector, district and area. */
  postcode: string | null;
  /** Keyed hash of the recorded sex. */
  sex: string | null;
}

/** The first, exact-match token: what `encodeExact` produces. */
export type ExactLinkageToken = Pick<LinkageToken, 'recordId' | 'exactKey' | 'birthMonth' | 'localAuthorityCode'>;
