import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import { categoriesOf } from '@joined-up/access';
import { findAgency, recordIdsField } from '@joined-up/agencies';
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

/** A representation of a person as the gateway hands it to an agency: the id and the agency's own record ids. */
export interface PersonRepresentation {
  id: string;
  [recordIds: `${string}RecordIds`]: string[] | undefined;
}

/**
 * The agency's `Person` entity: the partnership id, and the agency's record
 * ids from the person index (`@external`, provided by the partnership).
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
  return Person as ClassType<PersonRepresentation>;
}

/**
 * `Person.<agency>`: the agency's view of a person. The gate is here, once for
 * every agency: whether an agency knows a person at all is shown only to
 * officers it shares some category with, so the categories are checked before
 * anything else, then the agency's own refusal; each field of the view then
 * checks its own category as it reads.
 */
export function personViewResolver<DB, View extends AgencyPersonView>(agency: string, person: ClassType<PersonRepresentation>, view: AgencyPersonViewOptions<DB, View>) {
  const field = recordIdsField(agency);

  @Resolver(() => person)
  class AgencyPersonResolver {
    @FieldResolver(() => view.type, { name: agency, nullable: true, description: view.description })
    @Directive(`@requires(fields: "${field}")`)
    async view(@Root() representation: PersonRepresentation, @Ctx() context: SubgraphContext<DB>): Promise<View | null> {
      await context.access.requireAny(categoriesOf(agency));
      const recordIds = representation[field] ?? [];
      if (recordIds.length === 0) return null;
      await view.refuse?.(recordIds, context);
      return Object.assign(new view.type(), { personId: representation.id, recordIds });
    }
  }
  return AgencyPersonResolver;
}
