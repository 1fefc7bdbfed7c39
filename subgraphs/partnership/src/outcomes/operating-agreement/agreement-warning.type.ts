import { Field, ObjectType } from 'type-graphql';
import type { Selectable } from 'kysely';
import type { PartnershipTables } from '../../tables.js';

export type WarningRecord = Selectable<PartnershipTables['operating_agreement_warnings']>;

@ObjectType({
  description:
    'An early warning on an operating agreement, recorded the first time a condition was seen OFF_TRACK since the last review. The next review closes it; what was changed in response is that review\'s `whatChanged`.',
})
export class AgreementWarning {
  @Field(() => String, { description: 'When the warning was first seen, ISO 8601.' })
  detectedAt!: string;

  @Field(() => String, { description: 'Which conditions were off track or at risk, in words, as first seen.' })
  detail!: string;

  @Field(() => Boolean, { description: 'True until a review of the agreement is recorded after it.' })
  open!: boolean;

  agreementId!: string;
  sinceReviewId!: number | null;
}
