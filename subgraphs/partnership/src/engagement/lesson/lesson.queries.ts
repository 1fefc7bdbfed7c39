import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { sql } from 'kysely';
import type { PartnershipContext } from '../../context.js';
import { Area } from '../../directory/area/area.type.js';
import { loadArea } from '../../directory/area/area.loaders.js';
import { Indicator } from '../../outcomes/indicator/indicator.type.js';
import { indicatorById } from '../../outcomes/indicator/indicator.loaders.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { officerById } from '../../directory/officer/officer.loaders.js';
import { Outcome } from '../../outcomes/outcome/outcome.type.js';
import { loadOutcome } from '../../outcomes/outcome/outcome.loaders.js';
import { OperatingAgreement } from '../../outcomes/operating-agreement/operating-agreement.type.js';
import { loadOperatingAgreement } from '../../outcomes/operating-agreement/operating-agreement.loaders.js';
import { InputProblems } from '../../validation/input-problems.js';
import { lessonSearchQuery } from './lesson-search.js';
import { lessonsLike } from './lessons-like.js';
import { LESSON_COLUMNS, evidenceByLesson, loadLesson } from './lesson.loaders.js';
import { Lesson, LessonEvidence, LessonKind, SimilarLesson } from './lesson.type.js';

const MAX_RESULTS = 100;

@Resolver(() => Lesson)
export class LessonQueries {
  @Query(() => [Lesson], {
    description:
      'The register of lessons, successes and failures. With `search`, full-text search ranked by relevance: words are stemmed (English) and matched as word beginnings, so "truanting" finds "truancy"; "quoted phrases", `or` and `-word` work as in a web search. Without it, newest first. Open to any officer.',
  })
  async lessons(
    @Ctx() { db }: PartnershipContext,
    @Arg('search', () => String, { nullable: true, description: 'Words to look for in titles, stories and tags.' }) search?: string,
    @Arg('kind', () => LessonKind, { nullable: true, description: 'Only successes or only failures.' }) kind?: LessonKind,
    @Arg('outcomeId', () => ID, { nullable: true, description: 'Only lessons about this outcome, directly or through one of its operating agreements.' }) outcomeId?: string,
    @Arg('tag', () => String, { nullable: true, description: 'Only lessons with this tag.' }) tag?: string,
    @Arg('limit', () => Int, { defaultValue: 20, description: `At most this many (1 to ${MAX_RESULTS}).` }) limit = 20,
  ): Promise<Lesson[]> {
    const words = search?.trim();
    const problems = new InputProblems();
    problems.check(Number.isInteger(limit) && limit >= 1 && limit <= MAX_RESULTS, 'limit', `\`limit\` must be from 1 to ${MAX_RESULTS}.`);
    problems.check(words === undefined || words.length <= 200, 'search', 'Keep `search` to 200 characters.');
    problems.throwIfAny('');
    let query = db.selectFrom('lessons').select(LESSON_COLUMNS).limit(limit);
    if (kind) query = query.where('kind', '=', kind);
    if (outcomeId) {
      query = query.where((eb) =>
        eb.or([
          eb('outcome_id', '=', outcomeId),
          eb('agreement_id', 'in', eb.selectFrom('operating_agreements').select('agreement_id').where('outcome_id', '=', outcomeId)),
        ]),
      );
    }
    if (tag) query = query.where(sql<boolean>`tags @> array[${tag}]::text[]`);
    if (words) {
      const tsquery = lessonSearchQuery(words);
      query = query.where(sql<boolean>`search_document @@ ${tsquery}`).orderBy(sql`ts_rank(search_document, ${tsquery})`, 'desc');
    }
    return (await query.orderBy('recorded_at', 'desc').orderBy('lesson_id').execute()).map(Lesson.fromRecord);
  }

  @Query(() => Lesson, { description: 'One lesson by id.' })
  lesson(@Arg('id', () => ID, { description: 'Lesson reference.' }) id: string, @Ctx() context: PartnershipContext): Promise<Lesson> {
    return loadLesson(context, id);
  }

  @Query(() => [SimilarLesson], {
    description:
      "Lessons from other outcomes that may apply to this one, best first: outcomes measured the same way (shared indicator measures), in the same local authority, or tried with the same approaches (tags shared with this outcome's own lessons). Each says why it was suggested.",
  })
  async lessonsLike(@Arg('outcomeId', () => ID, { description: 'The outcome.' }) outcomeId: string, @Ctx() context: PartnershipContext): Promise<SimilarLesson[]> {
    const outcome = await loadOutcome(context, outcomeId);
    return lessonsLike(context.db, outcome);
  }

  @FieldResolver(() => Outcome, { nullable: true, description: 'The outcome it concerns, if linked to one.' })
  async outcome(@Root() lesson: Lesson, @Ctx() context: PartnershipContext): Promise<Outcome | null> {
    return lesson.outcomeId ? loadOutcome(context, lesson.outcomeId) : null;
  }

  @FieldResolver(() => OperatingAgreement, { nullable: true, description: 'The operating agreement it concerns, if linked to one.' })
  async agreement(@Root() lesson: Lesson, @Ctx() context: PartnershipContext): Promise<OperatingAgreement | null> {
    return lesson.agreementId ? loadOperatingAgreement(context, lesson.agreementId) : null;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area it concerns, if linked to one.' })
  area(@Root() lesson: Lesson): Area | null {
    return lesson.areaCode ? loadArea(lesson.areaCode) : null;
  }

  @FieldResolver(() => [LessonEvidence], { description: 'The indicator values it rests on, as captured when it was written.' })
  async evidence(@Root() lesson: Lesson, @Ctx() context: PartnershipContext): Promise<LessonEvidence[]> {
    return (await context.loaders.load(evidenceByLesson, lesson.id)).map((row) =>
      Object.assign(new LessonEvidence(), {
        period: row.period,
        value: row.value,
        capturedAt: new Date(row.captured_at).toISOString(),
        indicatorId: row.indicator_id,
      }),
    );
  }

  @FieldResolver(() => Officer, { description: 'Who recorded it.' })
  async recordedBy(@Root() lesson: Lesson, @Ctx() context: PartnershipContext): Promise<Officer> {
    return Officer.fromRecord((await context.loaders.load(officerById, lesson.recordedById))!);
  }
}

@Resolver(() => LessonEvidence)
export class LessonEvidenceQueries {
  @FieldResolver(() => Indicator, { description: 'The indicator; ask it for its values now to compare.' })
  async indicator(@Root() evidence: LessonEvidence, @Ctx() context: PartnershipContext): Promise<Indicator> {
    return Indicator.fromRecord((await context.loaders.load(indicatorById, evidence.indicatorId))!);
  }
}
