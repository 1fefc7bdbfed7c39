import type { PartnershipContext } from '../context.js';
import { AccountabilityResolver } from './accountability/accountability.resolver.js';
import { AccountabilityMutations } from './accountability/accountability.mutations.js';
import { IndicatorResolver } from './indicator/indicator.resolver.js';
import { IndicatorMutations } from './indicator/indicator.mutations.js';
import { Indicator, INDICATOR_AGENCIES, agencyIndicatorTypes, indicatorTypeName } from './indicator/indicator.types.js';
import { indicatorById } from './indicator/indicator.loader.js';
import { AgreementReviewResolver, OperatingAgreementResolver, loadOperatingAgreement } from './operating-agreement/operating-agreement.resolver.js';
import { OperatingAgreementMutations } from './operating-agreement/operating-agreement.mutations.js';
import { OperatingAgreementMutationResolver } from './operating-agreement/operating-agreement.mutation.js';
import { OutcomeResolver, loadOutcome } from './outcome/outcome.resolver.js';
import { OutcomeRoleResolver } from './outcome/outcome-role.resolver.js';
import { OutcomeMutations } from './outcome/outcome.mutations.js';
import { OutcomeTimelineResolver } from './timeline/timeline.resolver.js';

/** Shared outcomes: what the partnership means to achieve, how it is measured, who answers for it, and the agreements made to deliver it. */
export const outcomesResolvers = [
  OutcomeResolver,
  OutcomeRoleResolver,
  AccountabilityResolver,
  IndicatorResolver,
  OperatingAgreementResolver,
  AgreementReviewResolver,
  OutcomeMutations,
  IndicatorMutations,
  AccountabilityMutations,
  OperatingAgreementMutations,
  OperatingAgreementMutationResolver,
  OutcomeTimelineResolver,
];

/** Each agency's own Indicator type, so a client can ask one agency for its values. */
export const outcomesOrphanedTypes = agencyIndicatorTypes;

async function indicatorReference(reference: { id: string }, context: PartnershipContext): Promise<Indicator | null> {
  const record = await context.loaders.load(indicatorById, reference.id);
  return record ? Indicator.fromRecord(record) : null;
}

export const outcomesReferences = {
  Outcome: {
    // The gateway hands over the indicators' statuses when `status` is asked for.
    __resolveReference: async (reference: { id: string; indicators?: { status?: string }[] }, context: PartnershipContext) =>
      Object.assign(await loadOutcome(reference.id, context), { requiredIndicators: reference.indicators }),
  },
  OperatingAgreement: {
    __resolveReference: async (reference: { id: string; conditionIndicators?: { status?: string }[] }, context: PartnershipContext) =>
      Object.assign(await loadOperatingAgreement(reference.id, context), { requiredConditions: reference.conditionIndicators }),
  },
  Indicator: { __resolveReference: indicatorReference },
  ...Object.fromEntries(INDICATOR_AGENCIES.map((agency) => [indicatorTypeName(agency), { __resolveReference: indicatorReference }])),
};
