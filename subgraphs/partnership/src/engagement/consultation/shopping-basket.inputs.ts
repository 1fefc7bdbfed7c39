import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'An amount put on one option.' })
export class BasketItemInput {
  @Field(() => ID, { description: 'The option, one of the consultation\'s `options`.' })
  optionId!: string;

  @Field(() => Int, { description: "A positive amount in the consultation's unit, at most the option's cost." })
  amount!: number;
}
