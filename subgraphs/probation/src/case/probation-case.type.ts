import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import { RecordedPerson, recordedPersonFields } from '@joined-up/service';
import type { ProbationCaseRecord } from '../tables.js';

@ObjectType({ description: 'A probation case: the person as the probation service recorded them at court, under its case reference number.' })
export class ProbationCase extends RecordedPerson('probation.case', { recorded: 'as recorded', address: 'the address recorded' }) {
  @IdentifyingField('probation.case', () => ID, { description: 'Case reference number (CRN), e.g. X000123.' })
  crn!: string;

  @Field(() => String, { description: 'The probation delivery unit supervising the case.' })
  office!: string;

  static fromRecord(record: ProbationCaseRecord): ProbationCase {
    return Object.assign(new ProbationCase(), recordedPersonFields(record), {
      crn: record.crn,
      office: record.office,
    });
  }
}
