import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An indicator\'s value for one period, computed live by the agency that owns the data, under disclosure control: counts of 1 to 7 are suppressed, others rounded to the nearest 5; a rate is suppressed when its count or denominator is.',
})
@Directive('@shareable')
export class IndicatorValue {
  @Field(() => String, { description: 'The period: YYYY-MM for a month, YYYY-Qn for a quarter.' })
  period!: string;

  @Field(() => Int, { nullable: true, description: 'The number of cases, rounded to the nearest 5; null when suppressed.' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'The population the rate is taken over, rounded; null for plain counts or when suppressed.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The indicator value in its unit; null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the value is withheld to protect individuals.' })
  suppressed!: boolean;
}
