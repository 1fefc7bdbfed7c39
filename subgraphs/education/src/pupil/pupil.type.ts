import { Field, ID, ObjectType } from 'type-graphql';
import { ageBand, AGE_BAND_DESCRIPTION, IdentifyingField } from '@joined-up/access';
import type { PupilRecord } from '../tables.js';

@ObjectType({ description: "A pupil record held by the education agency, in the spelling of the school's admission form." })
export class Pupil {
  @IdentifyingField('education.pupil', () => ID, { description: 'Unique pupil number: a check letter then twelve digits (local authority, school, year, serial).' })
  upn!: string;

  @IdentifyingField('education.pupil', () => String, { description: 'Given name as admitted.' })
  givenName!: string;

  @IdentifyingField('education.pupil', () => String, { description: 'Family name as admitted.' })
  familyName!: string;

  @IdentifyingField('education.pupil', () => String, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: AGE_BAND_DESCRIPTION })
  ageBand!: string | null;

  @Field(() => String, { nullable: true, description: 'Sex as recorded: F or M.' })
  sex!: string | null;

  @IdentifyingField('education.pupil', () => String, { description: 'Postcode of the home address.' })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'GSS code of the LSOA of the home address.' })
  lsoaCode!: string | null;

  @Field(() => Boolean, { description: 'True when the pupil is recorded as eligible for free school meals.' })
  freeSchoolMeals!: boolean;

  @Field(() => String, {
    description: 'Special educational needs provision: none, SEN support, or EHC plan (an education, health and care plan).',
  })
  senStatus!: string;

  /** URN of the school the record belongs to, for the `school` field. */
  schoolUrn!: string;

  static fromRecord(record: PupilRecord): Pupil {
    return Object.assign(new Pupil(), {
      upn: record.upn,
      givenName: record.given_name,
      familyName: record.family_name,
      dateOfBirth: record.date_of_birth,
      ageBand: ageBand(record.date_of_birth),
      sex: record.sex,
      postcode: record.postcode,
      lsoaCode: record.lsoa_code,
      freeSchoolMeals: record.free_school_meals,
      senStatus: record.sen_status,
      schoolUrn: record.school_urn,
    });
  }
}
