import { sql, type Kysely } from 'kysely';
import { findArea } from '@joined-up/geography';
import type { PartnershipTables } from '../../tables.js';
import { LESSON_COLUMNS } from './lesson.loaders.js';
import { Lesson, SimilarLesson, type LessonRecord } from './lesson.type.js';

export const SHARED_MEASURE_SCORE = 3;
export const SAME_AUTHORITY_SCORE = 2;
export const SHARED_TAG_SCORE = 1;

type Candidate = LessonRecord & { owner: string | null; owner_area: string | null; measures: string[] };

/** The local authority of an area: itself, or an LSOA's parent. */
function authorityOf(code: string | null): string | null {
  if (!code) return null;
  const area = findArea(code);
  return area?.parentCode ?? area?.code ?? null;
}

/**
 * Lessons from other outcomes that may apply to `outcomeId`, best first. A
 * lesson scores 3 for each indicator measure its outcome shares with this one
 * (the same problem measured the same way), 2 when it concerns the same local
 * authority (the same place), and 1 for each tag it shares with this
 * outcome's own lessons (the same approach). Lessons scoring 0 are left out;
 * ties go to the newer lesson.
 */
export async function lessonsLike(
  db: Kysely<PartnershipTables>,
  outcome: { id: string; areaCode: string },
): Promise<SimilarLesson[]> {
  // One statement: every lesson with the outcome it belongs to (directly or through an agreement), that outcome's area and measures.
  const rows = (await db
    .selectFrom('lessons')
    .leftJoin('operating_agreements as agreement', 'agreement.agreement_id', 'lessons.agreement_id')
    .leftJoin('outcomes as owner', (join) => join.on(sql<boolean>`owner.outcome_id = coalesce(lessons.outcome_id, agreement.outcome_id)`))
    .select(LESSON_COLUMNS)
    .select([
      'owner.outcome_id as owner',
      'owner.area_code as owner_area',
      sql<string[]>`coalesce((select array_agg(distinct indicator.measure) from indicators indicator where indicator.outcome_id = owner.outcome_id), '{}')`.as(
        'measures',
      ),
    ])
    .execute()) as Candidate[];
  const own = rows.filter((row) => row.owner === outcome.id);
  const ownMeasures = new Set(
    (await db.selectFrom('indicators').select('measure').where('outcome_id', '=', outcome.id).execute()).map((row) => row.measure),
  );
  const ownTags = new Set(own.flatMap((row) => row.tags));
  const authority = authorityOf(outcome.areaCode);

  return rows
    .filter((row) => row.owner !== outcome.id)
    .map((row) => {
      const reasons: string[] = [];
      let score = 0;
      for (const measure of row.measures.filter((measure) => ownMeasures.has(measure)).sort()) {
        score += SHARED_MEASURE_SCORE;
        reasons.push(`measures ${measure} too`);
      }
      const place = authorityOf(row.area_code) ?? authorityOf(row.owner_area);
      if (authority && place === authority) {
        score += SAME_AUTHORITY_SCORE;
        reasons.push(`same area (${findArea(authority)?.name ?? authority})`);
      }
      for (const tag of row.tags.filter((tag) => ownTags.has(tag)).sort()) {
        score += SHARED_TAG_SCORE;
        reasons.push(`tagged ${tag}`);
      }
      return { lesson: Lesson.fromRecord(row), score, reasons };
    })
    .filter((similar) => similar.score > 0)
    .sort((a, b) => b.score - a.score || b.lesson.recordedAt.localeCompare(a.lesson.recordedAt) || a.lesson.id.localeCompare(b.lesson.id))
    .map((similar) => Object.assign(new SimilarLesson(), similar));
}
