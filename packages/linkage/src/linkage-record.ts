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

/** What the partnership receives for one agency record: no raw identifier. */
export interface LinkageToken {
  recordId: string;
  /** Keyed hash (HMAC-SHA256, partnership secret) of normalised name, date of birth and postcode. */
  exactKey: string;
  /** Month of birth, YYYY-MM: coarse enough to publish, needed for age-banded cohorts. */
  birthMonth: string | null;
  /** Local authority of the recorded address. */
  localAuthorityCode: string | null;
}
