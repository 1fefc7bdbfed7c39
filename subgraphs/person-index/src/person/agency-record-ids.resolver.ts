import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { categoriesOf } from '@joined-up/access';
import { AGENCIES, recordGrantField, recordIdsField } from '@joined-up/agencies';
import { signRecordGrant } from '@joined-up/auth';
import type { PersonIndexContext } from '../context.js';
import { Person } from './person.type.js';

/**
 * `Person.<agency>RecordIds` and `Person.<agency>RecordGrant` for one agency. Which records
 * an agency keeps of a person is that agency's personal data. The gateway
 * needs the ids to ask the agency for its view, but a caller the agency shares
 * nothing with (say, one calling this subgraph directly) gets none: to them
 * the agency knows nobody. The grant signs exactly the ids handed out, for
 * this person, so the agency can tell them from a forged representation.
 */
function agencyRecordIdsResolver(agency: string) {
  // Methods are named after their fields: type-graphql finds a field's resolver by method name.
  const field = recordIdsField(agency);
  const grant = recordGrantField(agency);

  async function shownRecordIds(person: Person, context: PersonIndexContext): Promise<string[]> {
    return (await context.access.forOwner(agency).allowsAny(categoriesOf(agency))) ? person[field] : [];
  }

  @Resolver(() => Person)
  class AgencyRecordIdsResolver {
    @FieldResolver(() => [String], {
      description: `The ${agency} agency's local record ids for this person, for the ${agency} subgraph to resolve its view; not part of the public API.`,
    })
    @Directive('@inaccessible')
    [field](@Root() person: Person, @Ctx() context: PersonIndexContext): Promise<string[]> {
      return shownRecordIds(person, context);
    }

    @FieldResolver(() => String, {
      nullable: true,
      description: `The person index's signature over this person's id and ${agency} record ids, with an expiry, which the ${agency} subgraph verifies before it reads anything; not part of the public API.`,
    })
    @Directive('@inaccessible')
    async [grant](@Root() person: Person, @Ctx() context: PersonIndexContext): Promise<string> {
      const recordIds = await shownRecordIds(person, context);
      return signRecordGrant(context.recordGrantKey(agency), { agency, personId: person.id, recordIds });
    }
  }
  return AgencyRecordIdsResolver;
}

/** One resolver per declared agency, generated as `defineAgencyIndicator` generates the indicator types. */
export const agencyRecordIdsResolvers = AGENCIES.map(({ id }) => agencyRecordIdsResolver(id));
