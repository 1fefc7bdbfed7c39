import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Count } from '@joined-up/statistics';
import { AgencyReference } from '../agency/agency.type.js';

@ObjectType({ description: 'How many people of a cohort are known to exactly this set of agencies (one bar of an UpSet chart), under disclosure control.' })
export class AgencyCombination {
  @Field(() => [AgencyReference], { description: 'The agencies, all of which know these people and no other does.' })
  agencies!: AgencyReference[];

  @Field(() => Count, { description: 'How many people: 1 to 7 suppressed, others rounded to the nearest 5.' })
  people!: Count;

  agencyIds!: string[];
}

@ObjectType({
  description:
    "The people of an area, within an age band, known to at least a number of agencies: the Lambeth question (\"who is known to all of us?\"). Sizes are disclosure-controlled. Members are listed only to officers whose purpose a sharing agreement covering the person index allows, and each agency then shows only what its own agreements allow; every listing is audited. People are matched across agencies by the partnership's linkage, without names. Age comes from the month of birth most of a person's records agree on, so people whose birthday falls in the edge months of the band may be counted a month early or late.",
})
export class Cohort {
  @Field(() => ID, { description: 'The local authority (GSS code).' })
  areaCode!: string;

  @Field(() => Int, { description: 'People known to at least this many agencies.' })
  minAgencies!: number;

  @Field(() => Int, { description: 'Youngest age in the band, in whole years today.' })
  ageFrom!: number;

  @Field(() => Int, { description: 'Oldest age in the band, in whole years today.' })
  ageTo!: number;

  @Field(() => Count, { description: 'How many people: 1 to 7 suppressed, others rounded to the nearest 5.' })
  size!: Count;

  @Field(() => [AgencyCombination], { description: 'The overlaps: people by the exact set of agencies that know them, largest first.' })
  combinations!: AgencyCombination[];

  memberIds!: string[];
}
