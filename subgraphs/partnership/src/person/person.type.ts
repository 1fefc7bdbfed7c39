import { Directive, Field, ID, ObjectType } from 'type-graphql';

const recordIdsDescription = (agency: string) =>
  `The ${agency} agency's local record ids for this person, for the ${agency} subgraph to resolve its view; not part of the public API.`;

@ObjectType({
  description:
    'A person known to one or more agencies, under a pseudonymous partnership id. No agency shares an identifier with another: the person index links their records. Each agency adds its own view of the person.',
})
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: 'Pseudonymous partnership id: JU followed by ten letters and digits.' })
  id!: string;

  @Field(() => [String], { description: recordIdsDescription('health') })
  @Directive('@inaccessible')
  healthRecordIds!: string[];

  @Field(() => [String], { description: recordIdsDescription('police') })
  @Directive('@inaccessible')
  policeRecordIds!: string[];

  @Field(() => [String], { description: recordIdsDescription('education') })
  @Directive('@inaccessible')
  educationRecordIds!: string[];

  @Field(() => [String], { description: recordIdsDescription('housing') })
  @Directive('@inaccessible')
  housingRecordIds!: string[];

  @Field(() => [String], { description: recordIdsDescription('voluntary') })
  @Directive('@inaccessible')
  voluntaryRecordIds!: string[];

  static fromRecords(id: string, records: readonly { agency_id: string; record_id: string }[]): Person {
    const of = (agency: string) => records.filter((record) => record.agency_id === agency).map((record) => record.record_id);
    return Object.assign(new Person(), {
      id,
      healthRecordIds: of('health'),
      policeRecordIds: of('police'),
      educationRecordIds: of('education'),
      housingRecordIds: of('housing'),
      voluntaryRecordIds: of('voluntary'),
    });
  }
}
