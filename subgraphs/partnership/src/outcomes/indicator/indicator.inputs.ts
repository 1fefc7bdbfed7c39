import { Field, Float, ID, InputType } from 'type-graphql';
import { Granularity, Polarity } from '@joined-up/indicators';

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
