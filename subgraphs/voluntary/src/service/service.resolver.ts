import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badUserInput } from '@joined-up/federation';
import { knownArea } from '@joined-up/statistics';
import type { VoluntaryContext } from '../tables.js';
import { servicesInDirectory } from './service.loader.js';
import { SERVICE_CATEGORIES, Service } from './service.type.js';

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [Service], {
    description:
      'The directory of voluntary services, by name: every service, or those open to residents of an area and filed under a taxonomy term. Not personal data: open to any officer.',
  })
  async services(
    @Ctx() { db }: VoluntaryContext,
    @Arg('areaCode', () => ID, {
      nullable: true,
      description: 'GSS code of a local authority or an LSOA: only services open to its residents (for an LSOA, those of its local authority).',
    })
    areaCode?: string,
    @Arg('category', () => String, { nullable: true, description: `Only services filed under this taxonomy term: ${SERVICE_CATEGORIES.join(', ')}.` })
    category?: string,
  ): Promise<Service[]> {
    const area = areaCode == null ? undefined : knownArea(areaCode);
    if (category != null && !(SERVICE_CATEGORIES as readonly string[]).includes(category)) {
      throw badUserInput(`"${category}" is not a service category. Use one of: ${SERVICE_CATEGORIES.join(', ')}.`, { argument: 'category' });
    }
    const rows = await servicesInDirectory(db, {
      localAuthorityCode: area ? (area.parentCode ?? area.code) : undefined,
      category: category ?? undefined,
    });
    return rows.map(Service.fromRecord);
  }
}
