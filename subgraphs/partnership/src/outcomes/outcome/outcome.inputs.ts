import { Field, ID, InputType } from 'type-graphql';
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

@InputType({ description: "An agency's role on an outcome." })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The agency.' })
  agencyId!: string;

  @Field(() => RoleKind, { description: 'Lead (at most one agency) or contributor.' })
  role!: RoleKind;

  @Field(() => [String], { description: 'What the agency commits to, each in a sentence; at least one.' })
  commitments!: string[];
}
