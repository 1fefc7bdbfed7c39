import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { idempotent } from '@joined-up/service';
import { EARLIEST_MONTH } from '@joined-up/statistics';
import { badUserInput, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { InputProblems } from '../../validation/input-problems.js';
import { newReference } from '../../reference/new-reference.js';
import { loadLesson } from './lesson.loaders.js';
import { LessonInput } from './lesson.inputs.js';
import { Lesson } from './lesson.type.js';

const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_TAGS = 20;
const MAX_EVIDENCE = 50;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The last month a period covers, YYYY-MM, or null when the label does not fit the granularity. */
function lastMonthOfPeriod(period: string, granularity: string): string | null {
  if (granularity === 'MONTH') return MONTH.test(period) ? period : null;
  const quarter = QUARTER.exec(period);
  return quarter ? `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}` : null;
}

@Resolver()
export class LessonMutations {
  @Mutation(() => Lesson, {
    description:
      'Record a lesson, success or failure, with the indicator values that were its evidence at the time. Every link and every indicator is checked before anything is written. Open to officers who work on delivery (partnership-admin, lead, analyst or caseworker).',
  })
  async recordLesson(
    @Arg('input', () => LessonInput, { description: 'The lesson.' }) input: LessonInput,
    @Arg('idempotencyKey', () => String, {
      description: 'A key you choose for this request (a UUID is ideal). Resending the same request with the same key records the lesson once.',
    })
    idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Lesson> {
    requireRoleFor(context, 'recordLesson');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const title = problems.text('input.title', input.title, 200)!;
    const tried = problems.text('input.tried', input.tried, 8000)!;
    const happened = problems.text('input.happened', input.happened, 8000)!;
    problems.check(input.tags.length <= MAX_TAGS, 'input.tags', `A lesson has at most ${MAX_TAGS} tags.`);
    const badTags = input.tags.filter((tag) => !TAG.test(tag));
    problems.check(badTags.length === 0, 'input.tags', `Tags ${badTags.map((tag) => `"${tag}"`).join(', ')} must be lower-case letters and digits, words joined by dashes (e.g. pooled-budget).`);
    problems.distinct('input.tags', input.tags);
    problems.check(!!(input.outcomeId || input.agreementId || input.areaCode), 'input', 'Link the lesson to an outcome, an operating agreement or an area, so that others find it.');
    if (input.areaCode) problems.area('input.areaCode', input.areaCode);
    problems.check(input.evidence.length <= MAX_EVIDENCE, 'input.evidence', `A lesson cites at most ${MAX_EVIDENCE} indicator values.`);
    problems.distinct(
      'input.evidence (indicator and period)',
      input.evidence.map((evidence) => `${evidence.indicatorId} ${evidence.period}`),
    );
    const captured = input.evidence.map((evidence, index) => {
      problems.check(Number.isFinite(evidence.value), `input.evidence[${index}].value`, `The value for ${evidence.indicatorId} ${evidence.period} must be a number.`);
      return problems.pastTimestamp(`input.evidence[${index}].capturedAt`, evidence.capturedAt)!;
    });
    problems.throwIfAny();

    const request = { key: idempotencyKey, operation: 'recordLesson', input, officerId: context.identity.officerId };
    const { lessonId } = await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'recordLesson');
      if (input.outcomeId && !(await trx.selectFrom('outcomes').select('outcome_id').where('outcome_id', '=', input.outcomeId).executeTakeFirst())) {
        throw notFound(`No outcome has id "${input.outcomeId}". Ask \`outcomes\` for the list.`, { argument: 'input.outcomeId' });
      }
      if (input.agreementId) {
        const agreement = await trx.selectFrom('operating_agreements').select('outcome_id').where('agreement_id', '=', input.agreementId).executeTakeFirst();
        if (!agreement) throw notFound(`No operating agreement has id "${input.agreementId}". Ask \`operatingAgreements\` for the list.`, { argument: 'input.agreementId' });
        if (input.outcomeId && agreement.outcome_id !== input.outcomeId) {
          throw badUserInput(`Operating agreement ${input.agreementId} serves ${agreement.outcome_id}, not ${input.outcomeId}.`, { argument: 'input.agreementId' });
        }
      }
      const indicatorIds = [...new Set(input.evidence.map((evidence) => evidence.indicatorId))];
      const indicators = indicatorIds.length
        ? await trx.selectFrom('indicators').select(['indicator_id', 'granularity']).where('indicator_id', 'in', indicatorIds).execute()
        : [];
      input.evidence.forEach((evidence, index) => {
        const indicator = indicators.find((row) => row.indicator_id === evidence.indicatorId);
        if (!indicator) throw notFound(`No indicator has id "${evidence.indicatorId}". Ask an outcome for its \`indicators\`.`, { argument: 'input.evidence.indicatorId' });
        const lastMonth = lastMonthOfPeriod(evidence.period, indicator.granularity);
        const format = indicator.granularity === 'MONTH' ? 'YYYY-MM' : 'YYYY-Qn';
        if (!lastMonth) throw badUserInput(`${evidence.indicatorId} is ${indicator.granularity.toLowerCase()}ly: write its period as ${format}, not "${evidence.period}".`, { argument: 'input.evidence.period' });
        if (lastMonth < EARLIEST_MONTH || lastMonth > captured[index].toISOString().slice(0, 7)) {
          throw badUserInput(`Period ${evidence.period} of ${evidence.indicatorId} must fall between ${EARLIEST_MONTH} and when the value was captured.`, { argument: 'input.evidence.period' });
        }
      });
      const id = newReference('LES');
      await trx
        .insertInto('lessons')
        .values({
          lesson_id: id,
          kind: input.kind,
          title,
          tried,
          happened,
          tags: input.tags,
          outcome_id: input.outcomeId ?? null,
          agreement_id: input.agreementId ?? null,
          area_code: input.areaCode ?? null,
          recorded_by: officer.officer_id,
        })
        .execute();
      if (input.evidence.length > 0) {
        await trx
          .insertInto('lesson_evidence')
          .values(input.evidence.map((evidence, index) => ({ lesson_id: id, indicator_id: evidence.indicatorId, period: evidence.period, value: evidence.value, captured_at: captured[index] })))
          .execute();
      }
      return { lessonId: id };
    });
    return loadLesson(context, lessonId);
  }
}
