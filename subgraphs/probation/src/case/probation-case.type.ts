import { Field, ID, ObjectType } from 'type-graphql';
import { ageBand, AGE_BAND_DESCRIPTION, IdentifyingField } from '@joined-up/access';
import type { ProbationCaseRecord } from '../tables.js';

@ObjectType({ description: 'A probation case: the person as the probation service recorded them at court, under its case reference number.' })
export class ProbationCase {
  @IdentifyingField('probation.case', () => ID, { description: 'Case reference number (CRN), e.g. X000123.' })
  crn!: string;

  @IdentifyingField('probation.case', () => String, { description: 'Given name as recorded.' })
  givenName!: string;

  @IdentifyingField('probation.case', () => String, { description: 'Family name as recorded.' })
  familyName!: string;

  @IdentifyingField('probation.case', () => String, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: AGE_BAND_DESCRIPTION })
  ageBand!: string | null;

  @IdentifyingField('probation.case', () => String, { description: 'Postcode of the address recorded.' })
  postcode!: string | null;

  @Field(() => String, { description: 'The probation delivery unit supervising the case.' })
  office!: string;

  static fromRecord(record: ProbationCaseRecord): ProbationCase {
    return Object.assign(new ProbationCase(), {
      crn: record.crn,
      givenName: record.given_name,
      familyName: record.family_name,
      dateOfBirth: record.date_of_birth,
      ageBand: ageBand(record.date_of_birth),
      postcode: record.postcode,
      office: record.office,
    });
  }
}
