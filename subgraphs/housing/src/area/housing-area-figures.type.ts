import { Field, ObjectType } from 'type-graphql';
import { Count, Period, type DisclosedCount } from '@joined-up/statistics';

/** The duties a homelessness application can be owed, in the order they are reported. */
export const HOMELESSNESS_DUTIES = ['prevention', 'relief', 'main duty'] as const;
export type HomelessnessDuty = (typeof HOMELESSNESS_DUTIES)[number];

@ObjectType({ description: 'Homelessness applications owed one duty, in an area over a period.' })
export class DutyCount {
  @Field(() => String, {
    description:
      'The duty: prevention (threatened with homelessness within 56 days), relief (already homeless) or main duty (the duty to secure accommodation).',
  })
  duty!: string;

  @Field(() => Count, { description: 'Applications owed this duty, made in the period.' })
  count!: Count;

  static of(duty: HomelessnessDuty, count: DisclosedCount): DutyCount {
    return Object.assign(new DutyCount(), { duty, count });
  }
}

@ObjectType({
  description: "Housing figures for an area over a period, computed live from the housing agency's records, under disclosure control.",
})
export class HousingAreaFigures {
  @Field(() => Period, { description: 'The months counted.' })
  period!: Period;

  @Field(() => Count, { description: 'Homelessness applications made in the period by households applying from the area.' })
  homelessnessApplications!: Count;

  @Field(() => [DutyCount], {
    description: 'Those applications by the duty owed: always three entries, prevention, relief and main duty, in that order.',
  })
  applicationsByDuty!: DutyCount[];

  @Field(() => Count, {
    description:
      "Households in temporary accommodation on the last day of the period (a placement begun on or before that day and not ended before it), by the household's current address.",
  })
  householdsInTemporaryAccommodation!: Count;

  @Field(() => Count, {
    description: "Tenancies with rent owed at the end of the period's last month, by the household's current address.",
  })
  tenanciesInArrears!: Count;

  @Field(() => Count, { description: 'Households known to housing whose current address is in the area (at the time of the query).' })
  households!: Count;
}
