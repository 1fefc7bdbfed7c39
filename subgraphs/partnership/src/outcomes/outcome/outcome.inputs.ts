import { Field, Float, ID, InputType } from 'type-graphql';
import { Granularity, Polarity } from '@joined-up/indicators';
import { RoleKind } from './outcome-role.type.js';

@InputType({ description: 'A shared outcome as first proposed.' })
export class ProposeOutcomeInput {
  @Field(() => String, { description: 'What the agencies want to achieve.' })
  title!: string;

  @Field(() => String, { description: '"The mischief": the problem, in plain words.' })
  mischief!: string;

  @Field(() => String, { description: 'More about the outcome.' })
  description!: string;

  @Field(() => ID, { description: 'GSS code of the area covered.' })
  areaCode!: string;

  @Field(() => String, { description: 'First day of delivery, YYYY-MM-DD.' })
  startDate!: string;

  @Field(() => String, { description: 'Date it should be achieved by, YYYY-MM-DD; after startDate.' })
  targetDate!: string;
}

@InputType({ description: 'An indicator to measure an outcome by.' })
export class AddIndicatorInput {
  @Field(() => ID, { description: 'The agency that owns the data (health, police, education, housing, voluntary).' })
  agencyId!: string;

  @Field(() => String, { description: "A measure from that agency's catalogue (see `measures`)." })
  measure!: string;

  @Field(() => String, { nullable: true, description: "Name in words; default the measure's name." })
  name?: string;

  @Field(() => Polarity, { description: 'Which direction is better.' })
  polarity!: Polarity;

  @Field(() => Granularity, { defaultValue: Granularity.MONTH, description: 'Monthly or quarterly values.' })
  granularity!: Granularity;

  @Field(() => Float, { description: 'The value at the baseline period.' })
  baseline!: number;

  @Field(() => String, { description: 'The baseline period, YYYY-MM.' })
  baselinePeriod!: string;

  @Field(() => Float, { description: 'The value to reach; below the baseline when lower is better, above it when higher is better.' })
  target!: number;

  @Field(() => String, { description: 'When the target is due, YYYY-MM-DD; after the baseline period.' })
  targetDate!: string;
}

@InputType({ description: "An agency's role on an outcome." })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The agency.' })
  agencyId!: string;

  @Field(() => RoleKind, { description: 'Lead (at most one agency) or contributor.' })
  role!: RoleKind;

  @Field(() => [String], { description: 'What the agency commits to, each in a sentence; at least one.' })
  commitments!: string[];
}

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
