import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ExclusionRecord } from '../tables.js';

@ObjectType({ description: 'A suspension (fixed-period exclusion) or a permanent exclusion from school.' })
export class Exclusion {
  @Field(() => ID, { description: "The local authority's exclusion reference." })
  id!: string;

  @Field(() => String, { description: 'First day of the exclusion, YYYY-MM-DD.' })
  startDate!: string;

  @Field(() => String, { description: 'Kind: suspension or permanent exclusion.' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'Length of a suspension in school days; null for a permanent exclusion.' })
  days!: number | null;

  @Field(() => String, {
    description:
      'Reason the head teacher gave: persistent disruptive behaviour, physical assault against a pupil, physical assault against an adult, verbal abuse, drug and alcohol related, or other.',
  })
  reason!: string;

  /** URN of the excluding school, for the `school` field. */
  schoolUrn!: string;

  static fromRecord(record: ExclusionRecord): Exclusion {
    return Object.assign(new Exclusion(), {
      id: record.exclusion_id,
      startDate: record.start_date,
      kind: record.kind,
      days: record.days,
      reason: record.reason,
      schoolUrn: record.school_urn,
    });
  }
}
