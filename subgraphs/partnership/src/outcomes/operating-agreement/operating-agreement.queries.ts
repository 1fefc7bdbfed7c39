import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ProgressStatus } from '@joined-up/indicators';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../../directory/agency/agency.type.js';
import { agencyById } from '../../directory/agency/agency.loaders.js';
import { Indicator, requiredStatuses } from '../indicator/indicator.type.js';
import { indicatorById } from '../indicator/indicator.loaders.js';
import { Outcome } from '../outcome/outcome.type.js';
import { loadOutcome } from '../outcome/outcome.loaders.js';
import { officerById } from '../../directory/officer/officer.loaders.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { loadOperatingAgreement, reviewsByAgreement } from './operating-agreement.loaders.js';
import { AgreementReview, OperatingAgreement, ReviewDecision } from './operating-agreement.type.js';
import { AgreementWarning } from './agreement-warning.type.js';
import { recordWarning, warningsByAgreement } from './agreement-warning.loaders.js';

function conditionStatuses(agreement: OperatingAgreement): ProgressStatus[] {
  return (agreement.requiredConditions ?? []).map((condition) => (condition.status as ProgressStatus) ?? ProgressStatus.NOT_ENOUGH_DATA);
}

/** Which conditions are off track or at risk, in words; null when none is. */
async function troubledConditions(agreement: OperatingAgreement, context: PartnershipContext): Promise<string | null> {
  // The gateway hands the statuses over in the order of conditionIndicators, which follows conditionIds.
  const statuses = conditionStatuses(agreement);
  const indicators = await context.loaders.loadFound(indicatorById, agreement.conditionIds);
  const troubled = indicators
    .map((indicator, index) => ({ indicator, status: statuses[index] }))
    .filter(({ status }) => status === ProgressStatus.OFF_TRACK || status === ProgressStatus.AT_RISK);
  if (troubled.length === 0) return null;
  return troubled.map(({ indicator, status }) => `${indicator.name} (${indicator.indicator_id}) is ${status.toLowerCase().replace('_', ' ')}`).join('; ');
}

@Resolver(() => OperatingAgreement)
export class OperatingAgreementQueries {
  @Query(() => [OperatingAgreement], {
    description:
      'Operating agreements, optionally only those an agency is party to. Ask for `warning` to see which need attention: the accountable lead and every party can.',
  })
  async operatingAgreements(
    @Ctx() context: PartnershipContext,
    @Arg('party', () => ID, { nullable: true, description: 'Only agreements this agency is party to.' }) party?: string,
  ): Promise<OperatingAgreement[]> {
    let query = context.db.selectFrom('operating_agreements').select('agreement_id').where('state', '=', 'open').orderBy('agreement_id');
    if (party) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('operating_agreement_parties as party')
            .whereRef('party.agreement_id', '=', 'operating_agreements.agreement_id')
            .where('party.agency_id', '=', party)
            .select('party.agency_id'),
        ),
      );
    }
    const ids = (await query.execute()).map((row) => row.agreement_id);
    return Promise.all(ids.map((id) => loadOperatingAgreement(context, id)));
  }

  @FieldResolver(() => [Agency], { description: 'The agencies granted the freedoms and bound by the conditions.' })
  async parties(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<Agency[]> {
    return (await context.loaders.loadFound(agencyById, agreement.parties)).map(Agency.fromRecord);
  }

  @FieldResolver(() => [String], { description: 'The conditions, in words: each an indicator that must stay on track towards its target.' })
  async conditions(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<string[]> {
    const indicators = await context.loaders.loadFound(indicatorById, agreement.conditionIds);
    return indicators.map(
      (indicator) => `${indicator.name} on track towards ${indicator.target} ${indicator.unit} by ${indicator.target_date} (${indicator.indicator_id})`,
    );
  }

  @FieldResolver(() => [Indicator], { description: 'The indicators whose targets are the conditions.' })
  async conditionIndicators(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<Indicator[]> {
    return (await context.loaders.loadFound(indicatorById, agreement.conditionIds)).map(Indicator.fromRecord);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Early warning: true when any condition is OFF_TRACK against its trajectory, as computed by the agency that owns the data. The first warning seen since the last review is recorded (see `warnings`) and shows on the outcome\'s timeline.',
  })
  @Directive(`@requires(fields: "${requiredStatuses('conditionIndicators')}")`)
  async warning(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<boolean> {
    const warned = conditionStatuses(agreement).includes(ProgressStatus.OFF_TRACK);
    if (warned) {
      try {
        await context.loaders.load(recordWarning, { agreementId: agreement.id, detail: (await troubledConditions(agreement, context))! });
      } catch (error) {
        // The live answer stands without its record; the next request that sees the warning records it.
        console.error(`[partnership] could not record the early warning on ${agreement.id}`, error);
      }
    }
    return warned;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Which conditions are off track or at risk, in words; null when all are on track.' })
  @Directive(`@requires(fields: "${requiredStatuses('conditionIndicators')}")`)
  warningDetail(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<string | null> {
    return troubledConditions(agreement, context);
  }

  @FieldResolver(() => [AgreementWarning], { description: 'Early warnings recorded on this agreement, newest first, each open until the next review.' })
  async warnings(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<AgreementWarning[]> {
    const [warnings, reviews] = await Promise.all([
      context.loaders.load(warningsByAgreement, agreement.id),
      context.loaders.load(reviewsByAgreement, agreement.id),
    ]);
    return warnings.map((row) =>
      Object.assign(new AgreementWarning(), {
        detectedAt: new Date(row.detected_at).toISOString(),
        detail: row.detail,
        open: !reviews.some((review) => review.review_id > (row.since_review_id ?? 0)),
        agreementId: row.agreement_id,
        sinceReviewId: row.since_review_id,
      }),
    );
  }

  @FieldResolver(() => Boolean, { description: 'True when the review date has passed without a review since.' })
  async reviewOverdue(@Root() agreement: OperatingAgreement): Promise<boolean> {
    // Ending an agreement is its last review: the date it kept is no longer due.
    return agreement.state === 'open' && agreement.reviewDate < new Date().toISOString().slice(0, 10);
  }

  @FieldResolver(() => Outcome, { description: 'The outcome the agreement serves.' })
  outcome(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<Outcome> {
    return loadOutcome(context, agreement.outcomeId);
  }

  @FieldResolver(() => [AgreementReview], { description: 'Reviews of the agreement and what was changed in response, newest first.' })
  async reviews(@Root() agreement: OperatingAgreement, @Ctx() context: PartnershipContext): Promise<AgreementReview[]> {
    return (await context.loaders.load(reviewsByAgreement, agreement.id)).map((row) =>
      Object.assign(new AgreementReview(), {
        reviewedAt: new Date(row.reviewed_at).toISOString(),
        decision: row.decision as ReviewDecision,
        whatChanged: row.what_changed,
        nextReviewDate: row.next_review_date,
        reviewedById: row.reviewed_by,
      }),
    );
  }
}

@Resolver(() => AgreementReview)
export class AgreementReviewQueries {
  @FieldResolver(() => Officer, { description: 'Who recorded the review.' })
  async reviewedBy(@Root() review: AgreementReview, @Ctx() context: PartnershipContext): Promise<Officer> {
    return Officer.fromRecord((await context.loaders.load(officerById, review.reviewedById))!);
  }
}
