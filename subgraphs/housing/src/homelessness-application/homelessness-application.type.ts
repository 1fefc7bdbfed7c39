import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import type { ApplicationOfMemberRecord } from '../tables.js';

@ObjectType({
  description:
    "An application for help as homeless or threatened with homelessness (Housing Act 1996 Part 7) made by the person's household.",
})
export class HomelessnessApplication {
  @Field(() => ID, { description: "Housing's application reference, e.g. HA-000123." })
  id!: string;

  @IdentifyingField('housing.homelessness', () => String, { description: "Housing's household reference of the household that applied." })
  householdId!: string;

  @Field(() => String, { description: 'Date of the application, YYYY-MM-DD.' })
  appliedOn!: string;

  @Field(() => String, {
    description:
      'The duty owed: prevention (threatened with homelessness within 56 days), relief (already homeless) or main duty (the duty to secure accommodation).',
  })
  duty!: string;

  @Field(() => String, {
    description:
      'Main reason for the loss of the last settled home: family or friends no longer willing to accommodate, end of private tenancy, domestic abuse, rent arrears, or other.',
  })
  reason!: string;

  @Field(() => String, {
    description: 'Where the application stands: accommodation secured, ongoing, no longer eligible, contact lost, or intentionally homeless.',
  })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Date of the decision, YYYY-MM-DD; null while the application is ongoing.' })
  decidedOn!: string | null;

  @Field(() => String, { description: 'GSS code of the LSOA the household applied from.' })
  lsoaCode!: string;

  @Field(() => String, { description: 'GSS code of the local authority the household applied from.' })
  localAuthorityCode!: string;

  static fromRecord(record: ApplicationOfMemberRecord): HomelessnessApplication {
    return Object.assign(new HomelessnessApplication(), {
      id: record.application_id,
      householdId: record.household_id,
      appliedOn: record.applied_on,
      duty: record.duty,
      reason: record.reason,
      outcome: record.outcome,
      decidedOn: record.decided_on,
      lsoaCode: record.lsoa_code,
      localAuthorityCode: record.local_authority_code,
    });
  }
}
