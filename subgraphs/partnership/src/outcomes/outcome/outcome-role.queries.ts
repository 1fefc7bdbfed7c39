import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../../directory/agency/agency.type.js';
import { agencyById } from '../../directory/agency/agency.loaders.js';
import { OutcomeRole } from './outcome-role.type.js';

@Resolver(() => OutcomeRole)
export class OutcomeRoleQueries {
  @FieldResolver(() => Agency, { description: 'The agency.' })
  async agency(@Root() role: OutcomeRole, @Ctx() context: PartnershipContext): Promise<Agency> {
    const record = await context.loaders.load(agencyById, role.agencyId);
    return Agency.fromRecord(record!);
  }
}
