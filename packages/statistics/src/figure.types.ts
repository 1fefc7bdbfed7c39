import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { ROUNDING_BASE, SUPPRESSION_THRESHOLD } from './disclosure-control.js';

const RULE = `Counts of 1 to ${SUPPRESSION_THRESHOLD} are suppressed (value null, suppressed true); other counts are rounded to the nearest ${ROUNDING_BASE}; zero is shown as 0.`;

@ObjectType({ description: `A published count under disclosure control. ${RULE}` })
@Directive('@shareable')
export class Count {
  @Field(() => Int, { nullable: true, description: 'The count rounded to the nearest 5, 0, or null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the count was between 1 and 7 and is withheld.' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the value is withheld or absent, in words.' })
  reason!: string | null;
}

@ObjectType({
  description: `A published rate under disclosure control: suppressed when its numerator or denominator is; otherwise computed from the unrounded counts. ${RULE}`,
})
@Directive('@shareable')
export class Rate {
  @Field(() => Float, { nullable: true, description: 'Numerator over denominator times `per`, to one decimal; null when suppressed.' })
  value!: number | null;

  @Field(() => Int, { description: 'The scale: 100 for a percentage, 1000 for a rate per thousand.' })
  per!: number;

  @Field(() => Count, { description: 'The number of cases, under disclosure control.' })
  numerator!: Count;

  @Field(() => Count, { description: 'The population at risk, under disclosure control.' })
  denominator!: Count;

  @Field(() => Boolean, { description: 'True when the rate is withheld.' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the value is withheld or absent, in words.' })
  reason!: string | null;
}

@ObjectType({ description: 'The months a set of figures covers, inclusive.' })
@Directive('@shareable')
export class Period {
  @Field(() => String, { description: 'First month, YYYY-MM.' })
  from!: string;

  @Field(() => String, { description: 'Last month, YYYY-MM.' })
  to!: string;
}
