import { Field, ID, ObjectType } from 'type-graphql';
import { ageBand, AGE_BAND_DESCRIPTION, IdentifyingField } from '@joined-up/access';
import type { PatientRecord } from '../tables.js';

@ObjectType({ description: "A patient registration held by the health agency, in the health agency's own spelling." })
export class Patient {
  @IdentifyingField('health.registration', () => ID, { description: 'NHS number: ten digits, the last a modulus 11 check digit.' })
  nhsNumber!: string;

  @IdentifyingField('health.registration', () => String, { description: 'Given name as registered.' })
  givenName!: string;

  @IdentifyingField('health.registration', () => String, { description: 'Family name as registered.' })
  familyName!: string;

  @IdentifyingField('health.registration', () => String, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: AGE_BAND_DESCRIPTION })
  ageBand!: string | null;

  @Field(() => String, { nullable: true, description: 'Sex as registered: F or M.' })
  sex!: string | null;

  @IdentifyingField('health.registration', () => String, { description: 'Postcode of the registered address.' })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the LSOA of the registered address.' })
  lsoaCode!: string | null;

  @Field(() => String, { description: 'ODS code of the GP practice the patient is registered with.' })
  gpPracticeCode!: string;

  @Field(() => String, { description: 'Date the registration began, YYYY-MM-DD.' })
  registeredOn!: string;

  @Field(() => Boolean, {
    description: 'True when the patient has registered a national data opt-out: their records are not used for planning or research.',
  })
  nationalOptOut!: boolean;

  static fromRecord(record: PatientRecord): Patient {
    return Object.assign(new Patient(), {
      nhsNumber: record.nhs_number,
      givenName: record.given_name,
      familyName: record.family_name,
      dateOfBirth: record.date_of_birth,
      ageBand: ageBand(record.date_of_birth),
      sex: record.sex,
      postcode: record.postcode,
      lsoaCode: record.lsoa_code,
      gpPracticeCode: record.gp_practice_code,
      registeredOn: record.registered_on,
      nationalOptOut: record.national_opt_out,
    });
  }
}
