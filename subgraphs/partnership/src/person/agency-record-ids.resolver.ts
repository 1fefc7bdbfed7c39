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

  // Each class names its method after its field: type-graphql matches field
  // resolvers of one type by method name, so five classes each with a
  // `recordIds` method would all answer with one of them.
  @Resolver(() => Person)
  class AgencyRecordIdsResolver {
    async [field](person: Person, context: PartnershipContext): Promise<string[]> {
      return (await context.access.forOwner(agency).allowsAny(categoriesOf(agency))) ? person[field] : [];
    }
  }
  const descriptor = Object.getOwnPropertyDescriptor(AgencyRecordIdsResolver.prototype, field)!;
  Root()(AgencyRecordIdsResolver.prototype, field, 0);
  Ctx()(AgencyRecordIdsResolver.prototype, field, 1);
  FieldResolver(() => [String], { name: field })(AgencyRecordIdsResolver.prototype, field, descriptor);
  return AgencyRecordIdsResolver;
}

/** One resolver per declared agency, generated as `defineAgencyIndicator` generates the indicator types. */
export const agencyRecordIdsResolvers = AGENCIES.map(({ id }) => agencyRecordIdsResolver(id));
