import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { knownArea } from '@joined-up/statistics';
import type { EducationContext } from '../tables.js';
import { School } from './school.type.js';

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => [School], {
    description: 'Schools in the school census, by name; only those in an area when `areaCode` is given. Not personal data.',
  })
  async schools(
    @Ctx() { db }: EducationContext,
    @Arg('areaCode', () => ID, {
      nullable: true,
      description: 'GSS code of a local authority or an LSOA, e.g. E09000022 (Lambeth): only schools standing in it.',
    })
    areaCode?: string,
  ): Promise<School[]> {
    let query = db.selectFrom('schools').selectAll().orderBy('name').orderBy('urn');
    if (areaCode) {
      const { code } = knownArea(areaCode);
      query = query.where((eb) => eb.or([eb('lsoa_code', '=', code), eb('local_authority_code', '=', code)]));
    }
    return (await query.execute()).map(School.fromRecord);
  }
}
