import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Outcome } from '../outcome/outcome.type.js';
import { timelineByOutcome } from './timeline.loaders.js';
import { TimelineEvent } from './timeline.type.js';

@Resolver(() => Outcome)
export class OutcomeTimelineQueries {
  @FieldResolver(() => [TimelineEvent], {
    description:
      'Everything that has happened to the outcome, oldest first: agreement, leads, operating agreements and their warnings and reviews, proposals and answers, consultations, feedback and lessons. Ties at the same instant follow the order of TimelineEventKind.',
  })
  timeline(@Root() outcome: Outcome, @Ctx() context: PartnershipContext): Promise<TimelineEvent[]> {
    return context.loaders.load(timelineByOutcome, outcome.id);
  }
}
