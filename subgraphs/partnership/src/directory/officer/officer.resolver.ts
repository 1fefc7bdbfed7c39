import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../agency/agency.type.js';
import { agencyById } from '../agency/agency.loader.js';
import { Officer } from './officer.type.js';
import { officerById } from './officer.loader.js';

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => Officer, { description: 'One officer by id.' })
  async officer(@Arg('id', () => ID, { description: 'Officer id.' }) id: string, @Ctx() context: PartnershipContext): Promise<Officer> {
    const record = await context.loaders.load(officerById, id);
    if (!record) throw notFound(`No officer has id "${id}".`, { argument: 'id' });
    return Officer.fromRecord(record);
  }

  @FieldResolver(() => Agency, { description: 'The agency the officer works for.' })
  async agency(@Root() officer: Officer, @Ctx() context: PartnershipContext): Promise<Agency> {
    const record = await context.loaders.load(agencyById, officer.agencyId);
    if (!record) throw new Error(`Officer ${officer.id} names unknown agency ${officer.agencyId}`);
    return Agency.fromRecord(record);
  }
}
