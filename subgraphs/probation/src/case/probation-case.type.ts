import { Field, ID, ObjectType } from 'type-graphql';
import type { ProbationCaseRecord } from '../tables.js';

@ObjectType({ description: 'A probation case: the person as the probation service recorded them at court, under its case reference number.' })
export class ProbationCase {
  @Field(() => ID, { description: 'Case reference number (CRN), e.g. X000123.' })
  crn!: string;

  @Field(() => String, { description: 'Given name as recorded.' })
  givenName!: string;

  @Field(() => String, { description: 'Family name as recorded.' })
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD; null when not recorded.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode of the address recorded; null when unknown.' })
  postcode!: string | null;

  @Field(() => String, { description: 'The probation delivery unit supervising the case.' })
  office!: string;

  static fromRecord(record: ProbationCaseRecord): ProbationCase {
    return Object.assign(new ProbationCase(), {
      crn: record.crn,
      givenName: record.given_name,
      familyName: record.family_name,
      dateOfBirth: record.date_of_birth,
      postcode: record.postcode,
      office: record.office,
    });
  }
}
