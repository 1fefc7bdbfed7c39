import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VoluntaryContext } from '../tables.js';
import { Service } from '../service/service.type.js';
import { Organisation } from './organisation.type.js';
import { servicesOfOrganisation } from './organisation.loader.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => [Service], { description: 'The services the organisation runs, by name.' })
  async services(@Root() organisation: Organisation, @Ctx() context: VoluntaryContext): Promise<Service[]> {
    return (await context.loaders.load(servicesOfOrganisation, organisation.id)).map(Service.fromRecord);
  }
}
