import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Officer } from '../officer/officer.type.js';
import { officersByAgency } from '../officer/officer.loaders.js';
import { Agency } from './agency.type.js';
import { loadAgency } from './agency.loaders.js';

@Resolver(() => Agency)
export class AgencyQueries {
  @Query(() => [Agency], { description: 'The agencies of the partnership, by id. The partnership team at the centre is included only when asked for.' })
  async agencies(
    @Ctx() { db }: PartnershipContext,
    @Arg('includeCentre', () => Boolean, { defaultValue: false, description: 'Also list the partnership team at the centre.' })
    includeCentre: boolean,
  ): Promise<Agency[]> {
    let query = db.selectFrom('agencies').selectAll().orderBy('agency_id');
    if (!includeCentre) query = query.where('kind', '<>', 'centre');
    return (await query.execute()).map(Agency.fromRecord);
  }

  @Query(() => Agency, { description: 'One agency by id.' })
  async agency(@Arg('id', () => ID, { description: 'Agency id, e.g. police.' }) id: string, @Ctx() context: PartnershipContext): Promise<Agency> {
    return loadAgency(context, id);
  }

  @FieldResolver(() => [Officer], { description: "The agency's officers known to the partnership." })
  async officers(@Root() agency: Agency, @Ctx() context: PartnershipContext): Promise<Officer[]> {
    return (await context.loaders.load(officersByAgency, agency.id)).map(Officer.fromRecord);
  }
}

