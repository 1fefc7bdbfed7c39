import { Field, ObjectType } from 'type-graphql';
import { ageBand, AGE_BAND_DESCRIPTION, IdentifyingField, type DataCategory } from '@joined-up/access';
import type { IdentifyingColumns } from '@joined-up/db';

/** How an agency's record words the details it holds of a person. */
export interface RecordedPersonWording {
  /** How the details came to be written down, after "Given name": `as registered`, `as admitted`, `as recorded`. */
  recorded: string;
  /** The address the postcode and LSOA belong to: `the registered address`, `the home address`. */
  address: string;
  /** Descriptions that say more than the common wording, e.g. that sign-up sheets often hold a short form of the given name. */
  descriptions?: Partial<Record<'givenName' | 'familyName' | 'dateOfBirth' | 'sex' | 'postcode', string>>;
}

/** The person fields every agency's record of a person carries, as `RecordedPerson` serves them. */
export interface RecordedPersonFields {
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  ageBand: string | null;
  sex: string | null;
  postcode: string | null;
  lsoaCode: string | null;
}

/**
 * The base class of an agency's record of a person (`class Patient extends
 * RecordedPerson('health.registration', ...)`): the names, date of birth and
 * postcode as identifying fields of the agency's category, and the age band,
 * sex and LSOA any reader covered by an agreement may see. One definition,
 * so every agency guards the same fields the same way; the agency's own
 * reference and facts are declared on the subclass.
 */
export function RecordedPerson(category: DataCategory, wording: RecordedPersonWording) {
  const described = wording.descriptions ?? {};
  // type-graphql inherits fields only from a registered object type; no field
  // returns this one, so it never reaches the schema, and its name only has to be unique.
  const name = `RecordedPersonOf${category.replace(/(^|[.-])(\w)/g, (_match, _separator, letter: string) => letter.toUpperCase())}`;
  @ObjectType(name, { description: `The person fields of a ${category} record.` })
  abstract class RecordedPersonBase implements RecordedPersonFields {
    @IdentifyingField(category, () => String, { description: described.givenName ?? `Given name ${wording.recorded}.` })
    givenName!: string;

    @IdentifyingField(category, () => String, { description: described.familyName ?? `Family name ${wording.recorded}.` })
    familyName!: string;

    @IdentifyingField(category, () => String, { description: described.dateOfBirth ?? 'Date of birth, YYYY-MM-DD.' })
    dateOfBirth!: string | null;

    @Field(() => String, { nullable: true, description: AGE_BAND_DESCRIPTION })
    ageBand!: string | null;

    @Field(() => String, { nullable: true, description: described.sex ?? `Sex ${wording.recorded}: F or M.` })
    sex!: string | null;

    @IdentifyingField(category, () => String, { description: described.postcode ?? `Postcode of ${wording.address}.` })
    postcode!: string | null;

    @Field(() => String, { nullable: true, description: `GSS code of the LSOA of ${wording.address}; null when the postcode is unknown.` })
    lsoaCode!: string | null;
  }
  return RecordedPersonBase;
}

/** The `RecordedPerson` fields of a row of an agency's person table. */
export function recordedPersonFields(record: IdentifyingColumns): RecordedPersonFields {
  return {
    givenName: record.given_name,
    familyName: record.family_name,
    dateOfBirth: record.date_of_birth,
    ageBand: ageBand(record.date_of_birth),
    sex: record.sex,
    postcode: record.postcode,
    lsoaCode: record.lsoa_code,
  };
}
