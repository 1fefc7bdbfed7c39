import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { OfficerRecord } from '../../tables.js';

@ObjectType({ description: 'A named person working for an agency: the people who lead, contribute and answer for outcomes.' })
@Directive('@key(fields: "id")')
export class Officer {
  @Field(() => ID, { description: "The officer's id in the partnership directory, also the subject of their tokens." })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Job title, e.g. "Borough Commander".' })
  jobTitle!: string;

  @Field(() => String, { description: 'Work email address.' })
  email!: string;

  /** The officer's agency id, resolved to an Agency by the field resolver. */
  agencyId!: string;

  static fromRecord(record: OfficerRecord): Officer {
    return Object.assign(new Officer(), {
      id: record.officer_id,
      name: record.name,
      jobTitle: record.job_title,
      email: record.email,
      agencyId: record.agency_id,
    });
  }
}
