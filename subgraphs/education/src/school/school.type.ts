import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { SchoolRecord } from '../tables.js';

@ObjectType({
  description:
    'A state school or alternative provision centre, as listed in the school census. Not personal data: anyone with a token may read it.',
})
@Directive('@key(fields: "urn")')
export class School {
  @Field(() => ID, { description: 'Unique reference number: the six digits the DfE gives every establishment.' })
  urn!: string;

  @Field(() => String, { description: 'Name of the school.' })
  name!: string;

  @Field(() => String, { description: 'Phase of education: primary, secondary, special or alternative provision.' })
  phase!: string;

  @Field(() => String, { description: 'GSS code of the LSOA the school stands in.' })
  lsoaCode!: string;

  @Field(() => String, { description: 'GSS code of the local authority that maintains the school, e.g. E09000022 for Lambeth.' })
  localAuthorityCode!: string;

  static fromRecord(record: SchoolRecord): School {
    return Object.assign(new School(), {
      urn: record.urn,
      name: record.name,
      phase: record.phase,
      lsoaCode: record.lsoa_code,
      localAuthorityCode: record.local_authority_code,
    });
  }
}
