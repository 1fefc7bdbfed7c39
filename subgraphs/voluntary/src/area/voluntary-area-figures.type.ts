import { Field, ObjectType } from 'type-graphql';
import { Count, Period } from '@joined-up/statistics';
import { REFERRAL_SOURCES } from '../service-referral/service-referral.type.js';

@ObjectType({ description: 'Referrals to voluntary services from one source, under disclosure control.' })
export class ReferralSourceCount {
  @Field(() => String, { description: `Who referred: ${REFERRAL_SOURCES.join(', ')}.` })
  referredBy!: string;

  @Field(() => Count, { description: 'Referrals from this source of clients living in the area.' })
  count!: Count;
}

@ObjectType({
  description:
    "Voluntary sector figures for an area over a period, computed live from the voluntary sector's records, under disclosure control. Clients are counted by where they live.",
})
export class VoluntaryAreaFigures {
  @Field(() => Period, { description: 'The months counted.' })
  period!: Period;

  @Field(() => Count, { description: 'Clients living in the area who attended at least one session of any service in the period.' })
  participants!: Count;

  @Field(() => Count, { description: 'Sessions attended by clients living in the area, across all services.' })
  sessionsAttended!: Count;

  @Field(() => Count, { description: 'Referrals to voluntary services of clients living in the area.' })
  referrals!: Count;

  @Field(() => [ReferralSourceCount], {
    description: `Those referrals by who made them: one entry for each of ${REFERRAL_SOURCES.join(', ')}, always in that order, zero included.`,
  })
  referralsBySource!: ReferralSourceCount[];

  @Field(() => Count, {
    description:
      'Active services open to residents of the local authority (for an LSOA, its local authority): those at which at least one session was attended in the period, by anyone.',
  })
  services!: Count;
}
