import { Field, ObjectType } from 'type-graphql';
import { Count, Period } from '@joined-up/statistics';

@ObjectType({ description: "Probation figures for an area over a period, computed live from the probation service's records of people living there, under disclosure control." })
export class ProbationAreaFigures {
  @Field(() => Period, { description: 'The months counted.' })
  period!: Period;

  @Field(() => Count, { description: 'Supervision orders and licences that started in the period.' })
  ordersStarted!: Count;

  @Field(() => Count, { description: 'People under a community order, suspended sentence order or licence on the last day of the period.' })
  peopleUnderSupervision!: Count;

  @Field(() => Count, { description: 'Orders and licences that ended in breach in the period.' })
  ordersBreached!: Count;
}
