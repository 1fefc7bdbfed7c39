import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../agency/agency.type.js';
import { agencyById } from '../agency/agency.loaders.js';
import { Officer } from './officer.type.js';
import { loadOfficer } from './officer.loaders.js';

@Resolver(() => Officer)
export class OfficerQueries {
  @Query(() => Officer, { description: 'One officer by id.' })
  async officer(@Arg('id', () => ID, { description: 'Officer id.' }) id: string, @Ctx() context: PartnershipContext): Promise<Officer> {
    return loadOfficer(context, id);
  }

  @FieldResolver(() => Agency, { description: 'The agency the officer works for.' })
  async agency(@Root() officer: Officer, @Ctx() context: PartnershipContext): Promise<Agency> {
    const record = await context.loaders.load(agencyById, officer.agencyId);
    if (!record) throw new Error(`Officer ${officer.id} names unknown agency ${officer.agencyId}`);
    return Agency.fromRecord(record);
  }
}
