import { Field, ID, InputType } from 'type-graphql';
import { ReviewDecision } from './operating-agreement.type.js';

@InputType({ description: 'Freedoms granted on conditions.' })
export class OpenOperatingAgreementInput {
  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => [String], { description: 'The freedoms from usual rules granted; at least one.' })
  freedoms!: string[];

  @Field(() => [ID], { description: 'The agencies granted the freedoms; at least one.' })
  parties!: string[];

  @Field(() => [ID], { description: "Indicators of this outcome whose targets are the conditions; at least one." })
  conditionIndicatorIds!: string[];

  @Field(() => String, { description: 'Date of the first review, YYYY-MM-DD, in the future.' })
  reviewDate!: string;
}

@InputType({ description: 'A review of an operating agreement.' })
export class AgreementReviewInput {
  @Field(() => ReviewDecision, { description: 'Continue, amend or end.' })
  decision!: ReviewDecision;

  @Field(() => String, { description: 'What was changed in response (for CONTINUE, why nothing needed to change).' })
  whatChanged!: string;

  @Field(() => String, { nullable: true, description: 'Next review date, YYYY-MM-DD, after today: required to continue or amend, omitted to end.' })
  nextReviewDate?: string;
}
