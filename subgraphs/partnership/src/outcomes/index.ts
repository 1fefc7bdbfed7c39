import type { PartnershipContext } from '../context.js';
import { AccountabilityMutations } from './accountability/accountability.mutations.js';
import { AccountabilityQueries } from './accountability/accountability.queries.js';
import { indicatorById } from './indicator/indicator.loaders.js';
import { IndicatorMutations } from './indicator/indicator.mutations.js';
import { IndicatorQueries } from './indicator/indicator.queries.js';
import { Indicator, INDICATOR_AGENCIES, agencyIndicatorTypes, indicatorTypeName } from './indicator/indicator.type.js';
import { loadOperatingAgreement } from './operating-agreement/operating-agreement.loaders.js';
import { OperatingAgreementMutations } from './operating-agreement/operating-agreement.mutations.js';
import { AgreementReviewQueries, OperatingAgreementQueries } from './operating-agreement/operating-agreement.queries.js';
import { OutcomeRoleQueries } from './outcome/outcome-role.queries.js';
import { loadOutcome } from './outcome/outcome.loaders.js';
import { OutcomeMutations } from './outcome/outcome.mutations.js';
import { OutcomeQueries } from './outcome/outcome.queries.js';
import { OutcomeTimelineQueries } from './timeline/timeline.queries.js';

/** Shared outcomes: what the partnership means to achieve, how it is measured, who answers for it, and the agreements made to deliver it. */
export const outcomesResolvers = [
  OutcomeQueries,
  OutcomeRoleQueries,
  OutcomeMutations,
  AccountabilityQueries,
  AccountabilityMutations,
  IndicatorQueries,
  IndicatorMutations,
  OperatingAgreementQueries,
  AgreementReviewQueries,
  OperatingAgreementMutations,
  OutcomeTimelineQueries,
];

/** Each agency's own Indicator type, so a client can ask one agency for its values. */
export const outcomesOrphanedTypes = agencyIndicatorTypes;

async function indicatorReference(reference: { id: string }, context: PartnershipContext): Promise<Indicator | null> {
  const record = await context.loaders.load(indicatorById, reference.id);
  return record ? Indicator.fromRecord(record) : null;
}

/** How the gateway turns a reference to an outcome, agreement or indicator into the whole entity. */
export const outcomesReferences = {
  Outcome: {
    // The gateway hands over the indicators' statuses when `status` is asked for.
    __resolveReference: async (reference: { id: string; indicators?: { status?: string }[] }, context: PartnershipContext) =>
      Object.assign(await loadOutcome(context, reference.id), { requiredIndicators: reference.indicators }),
  },
  OperatingAgreement: {
    __resolveReference: async (reference: { id: string; conditionIndicators?: { status?: string }[] }, context: PartnershipContext) =>
      Object.assign(await loadOperatingAgreement(context, reference.id), { requiredConditions: reference.conditionIndicators }),
  },
  Indicator: { __resolveReference: indicatorReference },
  ...Object.fromEntries(INDICATOR_AGENCIES.map((agency) => [indicatorTypeName(agency), { __resolveReference: indicatorReference }])),
};
