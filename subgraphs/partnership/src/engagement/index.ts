import { AreaMapSummaryResolver, CommunityMapResolver, MappingEntryResolver, MappingThemeResolver } from './consultation/community-map.resolver.js';
import { ConsultationMutationResolver } from './consultation/consultation.mutation.js';
import { ConsultationResolver, ConsultationSessionResolver } from './consultation/consultation.resolver.js';
import { ShoppingBasketResolver } from './consultation/shopping-basket.resolver.js';
import { FeedbackMutationResolver } from './feedback/feedback.mutation.js';
import { FeedbackPartyResolver, FeedbackResolver } from './feedback/feedback.resolver.js';
import { LessonMutationResolver } from './lesson/lesson.mutation.js';
import { LessonEvidenceResolver, LessonResolver } from './lesson/lesson.resolver.js';
import { OutcomeEngagementResolver } from './outcome-engagement.resolver.js';
import { ProposalMutationResolver } from './proposal/proposal.mutation.js';
import { ProposalCommentResolver, ProposalResolver, ProposalResponseResolver, ProposalStandingResolver, ProposalVersionResolver } from './proposal/proposal.resolver.js';

/** Engagement and learning around outcomes: proposals, feedback, consultations and lessons (principles 1, 3, 7, 8 and 9). */
export const engagementResolvers = [
  OutcomeEngagementResolver,
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
];
