import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum RoleKind {
  LEAD = 'LEAD',
  CONTRIBUTOR = 'CONTRIBUTOR',
}

registerEnumType(RoleKind, {
  name: 'RoleKind',
  description: "An agency's part in delivering a shared outcome.",
  valuesConfig: {
    LEAD: { description: 'The agency that leads delivery (at most one per outcome).' },
    CONTRIBUTOR: { description: 'An agency that contributes, on stated commitments.' },
  },
});

@ObjectType({ description: "An agency's role on an outcome and what it has committed to do." })
export class OutcomeRole {
  @Field(() => RoleKind, { description: 'Lead or contributor.' })
  role!: RoleKind;

  @Field(() => [String], { description: 'What the agency has committed to, in its own words.' })
  commitments!: string[];

  @Field(() => String, { description: 'When the role was last set, ISO 8601.' })
  assignedAt!: string;

  agencyId!: string;
  outcomeId!: string;
}
