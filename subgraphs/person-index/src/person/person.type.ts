import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AGENCIES, recordIdsField } from '@joined-up/agencies';

@ObjectType({
  description:
    'A person known to one or more agencies, under a pseudonymous partnership id. No agency shares an identifier with another: the person index links their records. Each agency adds its own view of the person.',
})
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: 'Pseudonymous partnership id: JU followed by ten letters and digits.' })
  id!: string;

  /**
   * Each declared agency's local record ids of the person: `healthRecordIds`,
   * `policeRecordIds`, ... (the fields, with their grants, are declared by
   * `agency-record-ids.resolver.ts`, one pair per agency).
   */
  [recordIds: `${string}RecordIds`]: string[];

  static fromRecords(id: string, records: readonly { agency_id: string; record_id: string }[]): Person {
    const person = Object.assign(new Person(), { id });
    for (const { id: agency } of AGENCIES) {
      person[recordIdsField(agency)] = records.filter((record) => record.agency_id === agency).map((record) => record.record_id);
    }
    return person;
  }
}
