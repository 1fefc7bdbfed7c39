import { Field, Float, ID, InputType } from 'type-graphql';
import { LessonKind } from './lesson.type.js';

@InputType({ description: 'An indicator value captured as evidence for a lesson.' })
export class LessonEvidenceInput {
  @Field(() => ID, { description: 'The indicator, e.g. IND-LAMBETH-PERSISTENT-ABSENCE; it must exist.' })
  indicatorId!: string;

  @Field(() => String, { description: "The period: YYYY-MM for a monthly indicator, YYYY-Qn for a quarterly one (the indicator's granularity)." })
  period!: string;

  @Field(() => Float, { description: "The value as it was published, in the indicator's unit." })
  value!: number;

  @Field(() => String, { description: 'When it was read, ISO 8601 with a time zone; not in the future.' })
  capturedAt!: string;
}

@InputType({ description: 'A new lesson. Link it to at least one of an outcome, an operating agreement and an area.' })
export class LessonInput {
  @Field(() => LessonKind, { description: 'Success or failure.' })
  kind!: LessonKind;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'What was tried.' })
  tried!: string;

  @Field(() => String, { description: 'What happened.' })
  happened!: string;

  @Field(() => [String], { defaultValue: [], description: 'Tags: lower-case words joined by dashes, e.g. truancy, pooled-budget.' })
  tags!: string[];

  @Field(() => ID, { nullable: true, description: 'The outcome it concerns.' })
  outcomeId?: string;

  @Field(() => ID, { nullable: true, description: 'The operating agreement it concerns.' })
  agreementId?: string;

  @Field(() => ID, { nullable: true, description: 'GSS code of the area it concerns.' })
  areaCode?: string;

  @Field(() => [LessonEvidenceInput], { defaultValue: [], description: 'Indicator values that were the evidence at the time.' })
  evidence!: LessonEvidenceInput[];
}
