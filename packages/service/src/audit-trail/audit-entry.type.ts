import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One read of personal data, as recorded by the agency that holds the data, in its own append-only, hash-chained log.' })
@Directive('@shareable')
export class AuditEntry {
  @Field(() => String, { description: 'When the data was read, ISO 8601.' })
  at!: string;

  @Field(() => String, { description: 'The officer who read it (directory id).' })
  officer!: string;

  @Field(() => String, { description: "The officer's agency." })
  agency!: string;

  @Field(() => String, { description: 'The purpose stated in their token.' })
  purpose!: string;

  @Field(() => String, { description: 'own-agency, or agreement when another agency read it under an information sharing agreement.' })
  basis!: string;

  @Field(() => String, { nullable: true, description: 'The sharing agreement relied on, if any.' })
  agreementId!: string | null;

  @Field(() => String, { description: 'The agency that holds the data and kept this entry.' })
  heldBy!: string;

  @Field(() => String, { nullable: true, description: 'The partnership id of the person whose record was read.' })
  subjectPersonId!: string | null;

  @Field(() => String, { description: "The holding agency's own record id." })
  subjectRecordId!: string;

  @Field(() => String, { description: 'The data category read.' })
  category!: string;

  @Field(() => [String], { description: 'The fields served.' })
  fields!: string[];

  @Field(() => String, { description: 'The request id, the same in every agency for one query.' })
  requestId!: string;
}
