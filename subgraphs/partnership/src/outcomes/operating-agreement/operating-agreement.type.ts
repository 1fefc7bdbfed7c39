import type { Selectable } from 'kysely';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { PartnershipTables } from '../../tables.js';

/** An agreement's row with its parties' agency ids and its conditions' indicator ids. */
export type AgreementRow = Selectable<PartnershipTables['operating_agreements']> & { parties: string[]; condition_ids: string[] };

export enum ReviewDecision {
  CONTINUE = 'CONTINUE',
  AMEND = 'AMEND',
  END = 'END',
}

registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'What a review of an operating agreement decided.',
  valuesConfig: {
    CONTINUE: { description: 'Keep the freedoms as they are.' },
    AMEND: { description: 'Keep the agreement but change how it works (say what in whatChanged).' },
    END: { description: 'Withdraw the freedoms.' },
  },
});

@ObjectType({
  description:
    'Consensus to operate: freedoms from the usual rules granted to agencies on an outcome, on condition that named indicators stay on track, reviewed by a set date. When a condition goes off track an early warning is raised; what was changed in response is recorded in its reviews.',
})
@Directive('@key(fields: "id")')
export class OperatingAgreement {
  @Field(() => ID, { description: 'Agreement reference, e.g. OA-LAMBETH-YOUTH-POOLED-BUDGET.' })
  id!: string;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => [String], { description: 'The freedoms granted, each a dispensation from a usual rule.' })
  freedoms!: string[];

  @Field(() => String, { description: 'Date of the next review, YYYY-MM-DD.' })
  reviewDate!: string;

  @Field(() => String, { description: 'open or ended.' })
  state!: string;

  outcomeId!: string;
  /** Agency ids of the parties. */
  parties!: string[];
  /** Ids of the indicators whose targets are the conditions. */
  conditionIds!: string[];
  /** Condition indicator statuses handed over by the gateway when `warning` is asked for. */
  requiredConditions?: { id?: string; status?: string }[];

  static fromRecord(row: AgreementRow): OperatingAgreement {
    return Object.assign(new OperatingAgreement(), {
      id: row.agreement_id,
      title: row.title,
      freedoms: row.freedoms,
      reviewDate: row.review_date,
      state: row.state,
      outcomeId: row.outcome_id,
      parties: row.parties,
      conditionIds: row.condition_ids,
    });
  }
}

@ObjectType({ description: 'A review of an operating agreement: what was decided and what was changed, so that failure is learnt from.' })
export class AgreementReview {
  @Field(() => String, { description: 'When the review was recorded, ISO 8601.' })
  reviewedAt!: string;

  @Field(() => ReviewDecision, { description: 'Continue, amend or end.' })
  decision!: ReviewDecision;

  @Field(() => String, { description: 'What was changed in response, in plain words.' })
  whatChanged!: string;

  @Field(() => String, { nullable: true, description: 'When it will next be reviewed, YYYY-MM-DD.' })
  nextReviewDate!: string | null;

  reviewedById!: string;
}
