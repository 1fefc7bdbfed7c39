import { CommunityMapMutations } from './consultation/community-map.mutations.js';
import { AreaMapSummaryQueries, CommunityMapQueries, MappingEntryQueries, MappingThemeQueries } from './consultation/community-map.queries.js';
import { ConsultationMutations } from './consultation/consultation.mutations.js';
import { ConsultationQueries, ConsultationSessionQueries } from './consultation/consultation.queries.js';
import { ShoppingBasketMutations } from './consultation/shopping-basket.mutations.js';
import { ShoppingBasketQueries } from './consultation/shopping-basket.queries.js';
import { FeedbackMutations } from './feedback/feedback.mutations.js';
import { FeedbackPartyQueries, FeedbackQueries } from './feedback/feedback.queries.js';
import { LessonMutations } from './lesson/lesson.mutations.js';
import { LessonEvidenceQueries, LessonQueries } from './lesson/lesson.queries.js';
import { OutcomeEngagementQueries } from './outcome-engagement.queries.js';
import { ProposalMutations } from './proposal/proposal.mutations.js';
import { ProposalCommentQueries, ProposalQueries, ProposalResponseQueries, ProposalStandingQueries, ProposalVersionQueries } from './proposal/proposal.queries.js';

/** Engagement and learning around outcomes: proposals, feedback, consultations and lessons (principles 1, 3, 7, 8 and 9). */
export const engagementResolvers = [
  OutcomeEngagementQueries,
  ProposalQueries,
  ProposalVersionQueries,
  ProposalResponseQueries,
  ProposalCommentQueries,
  ProposalStandingQueries,
  ProposalMutations,
  FeedbackQueries,
  FeedbackPartyQueries,
  FeedbackMutations,
  ConsultationQueries,
  ConsultationSessionQueries,
  ConsultationMutations,
  ShoppingBasketQueries,
  ShoppingBasketMutations,
  CommunityMapQueries,
  MappingThemeQueries,
  MappingEntryQueries,
  AreaMapSummaryQueries,
  CommunityMapMutations,
  LessonQueries,
  LessonEvidenceQueries,
  LessonMutations,
];
