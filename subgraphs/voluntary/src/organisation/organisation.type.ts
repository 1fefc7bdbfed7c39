import { Field, ID, ObjectType } from 'type-graphql';
import type { OrganisationRecord } from '../tables.js';

@ObjectType({
  description: 'A voluntary or community organisation that runs services, in the spirit of the Open Referral UK `organization`. Not personal data: open to any officer.',
})
export class Organisation {
  @Field(() => ID, { description: "The partnership directory's organisation id, e.g. ORG-001." })
  id!: string;

  @Field(() => String, { description: 'Name the organisation is known by.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Number on the Charity Commission register; null for organisations that are not registered charities (community interest companies, for example).' })
  charityNumber!: string | null;

  @Field(() => String, { description: 'What the organisation does, in its own words.' })
  description!: string;

  static fromRecord(record: OrganisationRecord): Organisation {
    return Object.assign(new Organisation(), {
      id: record.organisation_id,
      name: record.name,
      charityNumber: record.charity_number,
      description: record.description,
    });
  }
}
