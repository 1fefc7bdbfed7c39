import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Selectable } from 'kysely';
import type { PartnershipTables } from '../../tables.js';

export type LessonRecord = Omit<Selectable<PartnershipTables['lessons']>, 'search_document'>;

export enum LessonKind {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
}

registerEnumType(LessonKind, {
  name: 'LessonKind',
  description: 'Whether what was tried worked. Failures are recorded as carefully as successes: others learn most from them.',
  valuesConfig: {
    SUCCESS: { description: 'It worked: worth trying elsewhere, designed for local conditions.' },
    FAILURE: { description: 'It did not work, or did harm: what to avoid, and why.' },
  },
});

@ObjectType({
  description:
    "A lesson in the partnership's register (the report's ninth principle, messages of success, and its seventh, learning from failure): what was tried, what happened, linked to the outcome, agreement or area it concerns, with the indicator values that were the evidence at the time.",
})
export class Lesson {
  @Field(() => ID, { description: 'Lesson reference, e.g. LES-LAMBETH-TRIAGE.' })
  id!: string;

  @Field(() => LessonKind, { description: 'Success or failure.' })
  kind!: LessonKind;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'What was tried, and by whom.' })
  tried!: string;

  @Field(() => String, { description: 'What happened, and why the authors think it did.' })
  happened!: string;

  @Field(() => [String], { description: 'Tags, lower case, e.g. truancy, mentoring.' })
  tags!: string[];

  @Field(() => ID, { nullable: true, description: 'GSS code of the area it concerns, if any.' })
  areaCode!: string | null;

  @Field(() => String, { description: 'When it was recorded, ISO 8601.' })
  recordedAt!: string;

  outcomeId!: string | null;
  agreementId!: string | null;
  recordedById!: string;

  static fromRecord(record: LessonRecord): Lesson {
    return Object.assign(new Lesson(), {
      id: record.lesson_id,
      kind: record.kind as LessonKind,
      title: record.title,
      tried: record.tried,
      happened: record.happened,
      tags: record.tags,
      areaCode: record.area_code,
      recordedAt: new Date(record.recorded_at).toISOString(),
      outcomeId: record.outcome_id,
      agreementId: record.agreement_id,
      recordedById: record.recorded_by,
    });
  }
}

@ObjectType({ description: 'An indicator value as it stood when a lesson was written: the evidence the lesson rests on.' })
export class LessonEvidence {
  @Field(() => String, { description: 'The period of the value: YYYY-MM for a monthly indicator, YYYY-Qn for a quarterly one.' })
  period!: string;

  @Field(() => Float, { description: "The value, in the indicator's unit, as published at the time." })
  value!: number;

  @Field(() => String, { description: 'When the value was read, ISO 8601.' })
  capturedAt!: string;

  indicatorId!: string;
}

@ObjectType({ description: 'A lesson from elsewhere that may apply to an outcome, and why it was suggested.' })
export class SimilarLesson {
  @Field(() => Lesson, { description: 'The lesson.' })
  lesson!: Lesson;

  @Field(() => Int, {
    description: "How alike: 3 for each indicator measure its outcome shares with this one, 2 for the same local authority, 1 for each tag shared with this outcome's own lessons.",
  })
  score!: number;

  @Field(() => [String], { description: 'The reasons, in words, e.g. "measures persistent-absence too".' })
  reasons!: string[];
}

