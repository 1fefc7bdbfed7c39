import { defineLoader, manyByKey, notFound, oneByKey } from '@joined-up/federation';
import type { Selectable } from 'kysely';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import { Lesson, type LessonRecord } from './lesson.type.js';

/** Lesson columns, without the search document the database keeps. */
export const LESSON_COLUMNS = [
  'lessons.lesson_id',
  'lessons.kind',
  'lessons.title',
  'lessons.tried',
  'lessons.happened',
  'lessons.tags',
  'lessons.outcome_id',
  'lessons.agreement_id',
  'lessons.area_code',
  'lessons.recorded_by',
  'lessons.recorded_at',
] as const;

export const lessonById = defineLoader<PartnershipContext, string, LessonRecord | null>('lessonById', async (ids, { db }) => {
  const rows = await db.selectFrom('lessons').select(LESSON_COLUMNS).where('lesson_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.lesson_id);
});

/** Lessons of each outcome, directly or through one of its operating agreements, newest first. */
export const lessonsByOutcome = defineLoader<PartnershipContext, string, (LessonRecord & { owner: string })[]>('lessonsByOutcome', async (ids, { db }) => {
  const rows = await db
    .selectFrom('lessons')
    .leftJoin('operating_agreements as agreement', 'agreement.agreement_id', 'lessons.agreement_id')
    .select(LESSON_COLUMNS)
    .select((eb) => eb.fn.coalesce('lessons.outcome_id', 'agreement.outcome_id').as('owner'))
    .where((eb) => eb.or([eb('lessons.outcome_id', 'in', ids), eb('agreement.outcome_id', 'in', ids)]))
    .orderBy('lessons.recorded_at', 'desc')
    .orderBy('lessons.lesson_id')
    .execute();
  return manyByKey(ids, rows as (LessonRecord & { owner: string })[], (row) => row.owner);
});

export const evidenceByLesson = defineLoader<PartnershipContext, string, Selectable<PartnershipTables['lesson_evidence']>[]>(
  'lessonEvidenceByLesson',
  async (ids, { db }) => {
    const rows = await db.selectFrom('lesson_evidence').selectAll().where('lesson_id', 'in', ids).orderBy('indicator_id').orderBy('period').execute();
    return manyByKey(ids, rows, (row) => row.lesson_id);
  },
);

/** A lesson by id, or NOT_FOUND. */
export async function loadLesson(context: PartnershipContext, id: string): Promise<Lesson> {
  const record = await context.loaders.load(lessonById, id);
  if (!record) throw notFound(`No lesson has id "${id}". Ask \`lessons\` for the register.`, { argument: 'id' });
  return Lesson.fromRecord(record);
}
