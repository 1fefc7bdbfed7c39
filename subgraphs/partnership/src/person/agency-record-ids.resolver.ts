import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { categoriesOf } from '@joined-up/access';
import { AGENCIES, recordIdsField } from '@joined-up/agencies';
import type { PartnershipContext } from '../context.js';
import { Person } from './person.type.js';

/**
 * `<agency>RecordIds` for one agency. Which records an agency keeps of a
 * person is that agency's personal data. The gateway needs the ids to ask the
 * agency for its view, but a caller the agency shares nothing with (say, one
 * calling this subgraph directly) gets none: to them the agency knows nobody.
 */
function agencyRecordIdsResolver(agency: string) {
  const field = recordIdsField(agency);

  @Resolver(() => Person)
  class AgencyRecordIdsResolver {
    @FieldResolver(() => [String], { name: field })
    async recordIds(@Root() person: Person, @Ctx() context: PartnershipContext): Promise<string[]> {
      return (await context.access.forOwner(agency).allowsAny(categoriesOf(agency))) ? person[field] : [];
    }
  }
  return AgencyRecordIdsResolver;
}

/** One resolver per declared agency, generated as `defineAgencyIndicator` generates the indicator types. */
export const agencyRecordIdsResolvers = AGENCIES.map(({ id }) => agencyRecordIdsResolver(id));
