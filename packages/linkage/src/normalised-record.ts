import type { LinkageSourceRecord } from './linkage-record.js';
import {
  familyNameForms,
  givenNameForms,
  normaliseDate,
  normaliseSex,
  postcodeParts,
  swapDayAndMonth,
  type FamilyNameForms,
  type GivenNameForms,
  type PostcodeParts,
} from './normalise.js';

/** A source record after normalisation: what both the Bloom filters and the blocking keys are made from. */
export interface NormalisedRecord {
  given: GivenNameForms;
  family: FamilyNameForms;
  /** ISO date, or null when missing or impossible. */
  dateOfBirth: string | null;
  /** The day-month exchange of `dateOfBirth`, when that is another real date. */
  dateOfBirthSwapped: string | null;
  postcode: PostcodeParts | null;
  sex: 'F' | 'M' | null;
}

export function normaliseRecord(record: LinkageSourceRecord): NormalisedRecord {
  const dateOfBirth = normaliseDate(record.dateOfBirth);
  return {
    given: givenNameForms(record.givenName),
    family: familyNameForms(record.familyName),
    dateOfBirth,
    dateOfBirthSwapped: swapDayAndMonth(dateOfBirth),
    postcode: postcodeParts(record.postcode),
    sex: normaliseSex(record.sex),
  };
}
