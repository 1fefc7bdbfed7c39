import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../context.js';
import { Consultation } from './consultation/consultation.type.js';
import { consultationsByOutcome } from './consultation/consultation.loaders.js';
import { Feedback } from './feedback/feedback.type.js';
import { feedbackByOutcome } from './feedback/feedback.loaders.js';
import { Lesson } from './lesson/lesson.type.js';
import { lessonsByOutcome } from './lesson/lesson.loaders.js';
import { Proposal } from './proposal/proposal.type.js';
import { proposalsByOutcome } from './proposal/proposal.loaders.js';
import { Outcome } from '../outcomes/outcome/outcome.type.js';

/** What the agencies, the centre and the community have said and learnt about an outcome. */
@Resolver(() => Outcome)
export class OutcomeEngagementQueries {
  @FieldResolver(() => [Proposal], { description: 'Policy proposals on the outcome, newest first.' })
  async proposals(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<Proposal[]> {
    return (await context.loaders.load(proposalsByOutcome, outcome.id)).map(Proposal.fromRecord);
  }

  @FieldResolver(() => [Feedback], { description: 'Feedback about the outcome and its indicators, agreements and proposals, newest first.' })
  async feedback(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<Feedback[]> {
    const now = Date.now();
    return (await context.loaders.load(feedbackByOutcome, outcome.id)).map((row) => Feedback.fromRecord(row, now));
  }

  @FieldResolver(() => [Consultation], { description: 'Community consultations informing the outcome, newest first.' })
  async consultations(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<Consultation[]> {
    return (await context.loaders.load(consultationsByOutcome, outcome.id)).map(Consultation.fromRecord);
  }

  @FieldResolver(() => [Lesson], { description: 'Lessons recorded about the outcome or its operating agreements, newest first. For lessons from elsewhere, ask `lessonsLike`.' })
  async lessons(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<Lesson[]> {
    return (await context.loaders.load(lessonsByOutcome, outcome.id)).map(Lesson.fromRecord);
  }
}
