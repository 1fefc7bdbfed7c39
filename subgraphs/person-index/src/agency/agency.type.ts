import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An agency, by id only: the person index says which agencies know a person,
 * and the partnership's directory (another subgraph) says who they are. The
 * index never reads the directory, so it needs nothing but the id.
 */
@ObjectType('Agency', { description: 'A member of the partnership: an agency that owns a subgraph, or the partnership team at the centre.' })
@Directive('@key(fields: "id", resolvable: false)')
export class AgencyReference {
  @Field(() => ID, { description: 'Short id, also the name of its subgraph: health, police, education, housing, voluntary, or partnership for the centre.' })
  id!: string;

  static of(id: string): AgencyReference {
    return Object.assign(new AgencyReference(), { id });
  }
}
