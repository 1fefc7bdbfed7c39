import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import { categoriesOf } from '@joined-up/access';
import { findAgency, recordGrantField, recordIdsField } from '@joined-up/agencies';
import { recordGrantProblem } from '@joined-up/auth';
import { forbidden } from '@joined-up/federation';
import type { SubgraphContext } from '../subgraph-context.js';
import type { AgencyPersonView } from './agency-person-view.js';

/** What an agency adds to a person: its view, gated by its data categories. */
export interface AgencyPersonViewOptions<DB, View extends AgencyPersonView> {
  /** The view's type, e.g. `PersonHealth`, extending `AgencyPersonView`. */
  type: ClassType<View>;
  /** The description of `Person.<agency>`. */
  description: string;
  /** The resolvers of the view's own fields. */
  resolvers: readonly Function[];
  /**
   * A refusal beyond the categories, decided before the view is given (the
   * health agency withholds people with a national data opt-out from planning).
   */
  refuse?: (recordIds: string[], context: SubgraphContext<DB>) => Promise<void>;
}

/** A representation of a person as the gateway hands it to an agency: the id, the agency's own record ids and the person index's grant of them. */
export interface PersonRepresentation {
  id: string;
  [recordIds: `${string}RecordIds`]: string[] | undefined;
  [recordGrant: `${string}RecordGrant`]: string | undefined;
}

/**
 * The agency's `Person` entity: the partnership id, and the agency's record
 * ids with the person index's signed grant of them (both `@external`,
 * provided by the partnership, and not part of the public API).
 */
export function agencyPerson(agency: string): ClassType<PersonRepresentation> {
  const declaration = findAgency(agency);
  if (!declaration) throw new Error(`"${agency}" is not a declared agency: declare it in packages/agencies/src/agencies.ts.`);

  @ObjectType('Person', { description: 'A person known to the partnership, by pseudonymous partnership id.' })
  @Directive('@key(fields: "id")')
  class Person {
    @Field(() => ID, { description: 'Pseudonymous partnership id from the person index.' })
    id!: string;
  }
  const field = recordIdsField(agency);
  Directive('@external')(Person.prototype, field);
  Field(() => [String], { description: `${declaration.recordIds}, from the person index.` })(Person.prototype, field);
  const grant = recordGrantField(agency);
  Directive('@external')(Person.prototype, grant);
  Field(() => String, {
    nullable: true,
    description: `The person index's signature over this person's id and ${agency} record ids, with an expiry: the ${agency} agency serves nothing without it.`,
  })(Person.prototype, grant);
  return Person as ClassType<PersonRepresentation>;
}

/**
 * `Person.<agency>`: the agency's view of a person. The gate is here, once for
 * every agency. First the representation itself: anyone with a token who
 * reaches the agency directly could pair a real record id with another
 * person's id, and the audit would file the read under the wrong person, so
 * the person index's grant must vouch for exactly this id and these record
 * ids, unexpired, before anything is read. Then whether the agency knows the
 * person at all is shown only to officers it shares some category with, then
 * the agency's own refusal; each field of the view checks its own category as it reads.
 */
export function personViewResolver<DB, View extends AgencyPersonView>(agency: string, person: ClassType<PersonRepresentation>, view: AgencyPersonViewOptions<DB, View>) {
  const field = recordIdsField(agency);
  const grant = recordGrantField(agency);

  @Resolver(() => person)
  class AgencyPersonResolver {
    @FieldResolver(() => view.type, { name: agency, nullable: true, description: view.description })
    @Directive(`@requires(fields: "${field} ${grant}")`)
    async view(@Root() representation: PersonRepresentation, @Ctx() context: SubgraphContext<DB>): Promise<View | null> {
      const recordIds = representation[field] ?? [];
      const problem = recordGrantProblem(context.recordGrantKey(agency), representation[grant], { agency, personId: representation.id, recordIds });
      if (problem) {
        throw forbidden(`The ${agency} agency refused this person representation: ${problem}. Ask for the person through the gateway, which hands on the person index's grant.`, {
          reason: 'unverified-representation',
        });
      }
      await context.access.requireAny(categoriesOf(agency));
      if (recordIds.length === 0) return null;
      await view.refuse?.(recordIds, context);
      return Object.assign(new view.type(), { personId: representation.id, recordIds });
    }
  }
  return AgencyPersonResolver;
}
