import { Field, ID, ObjectType } from 'type-graphql';
import { ageBand, AGE_BAND_DESCRIPTION, IdentifyingField } from '@joined-up/access';
import type { NominalRecord } from '../tables.js';

@ObjectType({
  description: "A nominal: the police record of a person (suspect, victim or witness), in the force's own spelling, often as the person gave it.",
})
export class Nominal {
  @IdentifyingField('police.nominal', () => ID, { description: "The force's reference for the nominal, e.g. MP-0012345." })
  nominalId!: string;

  @IdentifyingField('police.nominal', () => String, { description: 'Given name as recorded.' })
  givenName!: string;

  @IdentifyingField('police.nominal', () => String, { description: 'Family name as recorded (usually in capitals).' })
  familyName!: string;

  @IdentifyingField('police.nominal', () => String, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: AGE_BAND_DESCRIPTION })
  ageBand!: string | null;

  @Field(() => String, { nullable: true, description: 'Sex as recorded: F or M.' })
  sex!: string | null;

  @IdentifyingField('police.nominal', () => String, { description: 'First line of the recorded address.' })
  addressLine!: string | null;

  @IdentifyingField('police.nominal', () => String, { description: 'Postcode of the recorded address.' })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the LSOA of the recorded address.' })
  lsoaCode!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the local authority of the recorded address.' })
  localAuthorityCode!: string | null;

  static fromRecord(record: NominalRecord): Nominal {
    return Object.assign(new Nominal(), {
      nominalId: record.nominal_id,
      givenName: record.given_name,
      familyName: record.family_name,
      dateOfBirth: record.date_of_birth,
      ageBand: ageBand(record.date_of_birth),
      sex: record.sex,
      addressLine: record.address_line,
      postcode: record.postcode,
      lsoaCode: record.lsoa_code,
      localAuthorityCode: record.local_authority_code,
    });
  }
}
