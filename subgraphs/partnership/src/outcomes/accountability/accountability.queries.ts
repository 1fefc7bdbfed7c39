import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { officerById } from '../../directory/officer/officer.loaders.js';
import { Accountability } from './accountability.type.js';

@Resolver(() => Accountability)
export class AccountabilityQueries {
  @FieldResolver(() => Officer, { description: 'The officer who was accountable.' })
  async officer(@Root() accountability: Accountability, @Ctx() context: PartnershipContext): Promise<Officer> {
    return Officer.fromRecord((await context.loaders.load(officerById, accountability.officerId))!);
  }

  @FieldResolver(() => Officer, { description: 'Who assigned them.' })
  async assignedBy(@Root() accountability: Accountability, @Ctx() context: PartnershipContext): Promise<Officer> {
    return Officer.fromRecord((await context.loaders.load(officerById, accountability.assignedById))!);
  }
}
