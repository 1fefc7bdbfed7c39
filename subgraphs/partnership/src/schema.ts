import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import type { PartnershipContext } from './context.js';
import { AgencyResolver } from './agency/agency.resolver.js';
import { agencyById } from './agency/agency.loader.js';
import { Agency } from './agency/agency.type.js';
import { AreaResolver, areaByCode } from './area/area.resolver.js';
import { OfficerResolver } from './officer/officer.resolver.js';
import { officerById } from './officer/officer.loader.js';
import { Officer } from './officer/officer.type.js';
import { SharingAgreementResolver } from './sharing-agreement/sharing-agreement.resolver.js';
import { AccountabilityResolver } from './accountability/accountability.resolver.js';
import { IndicatorResolver } from './indicator/indicator.resolver.js';
import { Indicator, INDICATOR_AGENCIES, agencyIndicatorTypes, indicatorTypeName } from './indicator/indicator.types.js';
import { indicatorById } from './indicator/indicator.loader.js';
import { OutcomeResolver, loadOutcome } from './outcome/outcome.resolver.js';
import { OutcomeRoleResolver } from './outcome/outcome-role.resolver.js';
import { OutcomeMutations } from './outcome/outcome.mutations.js';
import { IndicatorMutations } from './indicator/indicator.mutations.js';
import { AccountabilityMutations } from './accountability/accountability.mutations.js';
import { OperatingAgreementMutations } from './operating-agreement/operating-agreement.mutations.js';
import { auditEntriesResolver } from '@joined-up/service';
import { AgreementReviewResolver, OperatingAgreementResolver, loadOperatingAgreement } from './operating-agreement/operating-agreement.resolver.js';
import { OperatingAgreementMutationResolver } from './operating-agreement/operating-agreement.mutation.js';
import { OutcomeEngagementResolver } from './outcome/outcome-engagement.resolver.js';
import { ProposalCommentResolver, ProposalResolver, ProposalResponseResolver, ProposalStandingResolver, ProposalVersionResolver } from './proposal/proposal.resolver.js';
import { ProposalMutationResolver } from './proposal/proposal.mutation.js';
import { FeedbackPartyResolver, FeedbackResolver } from './feedback/feedback.resolver.js';
import { FeedbackMutationResolver } from './feedback/feedback.mutation.js';
import { ConsultationResolver, ConsultationSessionResolver } from './consultation/consultation.resolver.js';
import { ConsultationMutationResolver } from './consultation/consultation.mutation.js';
import { ShoppingBasketResolver } from './consultation/shopping-basket.resolver.js';
import { AreaMapSummaryResolver, CommunityMapResolver, MappingEntryResolver, MappingThemeResolver } from './consultation/community-map.resolver.js';
import { LessonEvidenceResolver, LessonResolver } from './lesson/lesson.resolver.js';
import { LessonMutationResolver } from './lesson/lesson.mutation.js';
import { OutcomeTimelineResolver } from './timeline/timeline.resolver.js';

/** The partnership subgraph's schema: it owns Agency, Officer, Area and Outcome, and the engagement and learning around outcomes. */
export function buildPartnershipSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        AgencyResolver,
        OfficerResolver,
        AreaResolver,
        SharingAgreementResolver,
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
        auditEntriesResolver('partnership'),
        OperatingAgreementMutationResolver,
        // Engagement and learning: principles 1, 3, 7, 8 and 9.
        OutcomeEngagementResolver,
        OutcomeTimelineResolver,
        ProposalResolver,
        ProposalVersionResolver,
        ProposalResponseResolver,
        ProposalCommentResolver,
        ProposalStandingResolver,
        ProposalMutationResolver,
        FeedbackResolver,
        FeedbackPartyResolver,
        FeedbackMutationResolver,
        ConsultationResolver,
        ConsultationSessionResolver,
        ConsultationMutationResolver,
        ShoppingBasketResolver,
        CommunityMapResolver,
        MappingThemeResolver,
        MappingEntryResolver,
        AreaMapSummaryResolver,
        LessonResolver,
        LessonEvidenceResolver,
        LessonMutationResolver,
      ],
      orphanedTypes: [...agencyIndicatorTypes],
    },
    {
      Outcome: {
        // The gateway hands over the indicators' statuses when `status` is asked for.
        __resolveReference: async (reference: { id: string; indicators?: { status?: string }[] }, context: PartnershipContext) =>
          Object.assign(await loadOutcome(reference.id, context), { requiredIndicators: reference.indicators }),
      },
      OperatingAgreement: {
        __resolveReference: async (reference: { id: string; conditionIndicators?: { status?: string }[] }, context: PartnershipContext) =>
          Object.assign(await loadOperatingAgreement(reference.id, context), { requiredConditions: reference.conditionIndicators }),
      },
      Indicator: { __resolveReference: (reference: { id: string }, context: PartnershipContext) => loadIndicator(reference.id, context) },
      ...Object.fromEntries(
        INDICATOR_AGENCIES.map((agency) => [
          indicatorTypeName(agency),
          { __resolveReference: (reference: { id: string }, context: PartnershipContext) => loadIndicator(reference.id, context) },
        ]),
      ),
      Agency: {
        __resolveReference: async ({ id }: { id: string }, context: PartnershipContext) => {
          const record = await context.loaders.load(agencyById, id);
          return record ? Agency.fromRecord(record) : null;
        },
      },
      Officer: {
        __resolveReference: async ({ id }: { id: string }, context: PartnershipContext) => {
          const record = await context.loaders.load(officerById, id);
          return record ? Officer.fromRecord(record) : null;
        },
      },
      Area: { __resolveReference: ({ code }: { code: string }) => areaByCode(code) },
    },
  );
}

async function loadIndicator(id: string, context: PartnershipContext): Promise<Indicator | null> {
  const record = await context.loaders.load(indicatorById, id);
  return record ? Indicator.fromRecord(record) : null;
}
