import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import { RecordedPerson, recordedPersonFields } from '@joined-up/service';
import type { PupilRecord } from '../tables.js';

@ObjectType({ description: "A pupil record held by the education agency, in the spelling of the school's admission form." })
export class Pupil extends RecordedPerson('education.pupil', { recorded: 'as admitted', address: 'the home address', descriptions: { sex: 'Sex as recorded: F or M.' } }) {
  @IdentifyingField('education.pupil', () => ID, { description: 'Unique pupil number: a check letter then twelve digits (local authority, school, year, serial).' })
  upn!: string;

  @Field(() => Boolean, { description: 'True when the pupil is recorded as eligible for free school meals.' })
  freeSchoolMeals!: boolean;

  @Field(() => String, {
    description: 'Special educational needs provision: none, SEN support, or EHC plan (an education, health and care plan).',
  })
  senStatus!: string;

  /** URN of the school the record belongs to, for the `school` field. */
  schoolUrn!: string;

  static fromRecord(record: PupilRecord): Pupil {
    return Object.assign(new Pupil(), recordedPersonFields(record), {
      upn: record.upn,
      freeSchoolMeals: record.free_school_meals,
      senStatus: record.sen_status,
      schoolUrn: record.school_urn,
    });
  }
}
