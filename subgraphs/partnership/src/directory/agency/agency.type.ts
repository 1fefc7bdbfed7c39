import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { AgencyRecord } from '../../tables.js';

@ObjectType({ description: 'A member of the partnership: an agency that owns a subgraph, or the partnership team at the centre.' })
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID, { description: 'Short id, also the name of its subgraph: health, police, education, housing, voluntary, or partnership for the centre.' })
  id!: string;

  @Field(() => String, { description: 'Full name, e.g. "Lambeth and Lewisham Health".' })
  name!: string;

  @Field(() => String, { description: 'What kind of body it is: health, police, education, housing, voluntary, or centre.' })
  kind!: string;

  @Field(() => String, { description: 'What the agency does and what it brings to the partnership.' })
  description!: string;

  static fromRecord(record: AgencyRecord): Agency {
    return Object.assign(new Agency(), { id: record.agency_id, name: record.name, kind: record.kind, description: record.description });
  }
}
