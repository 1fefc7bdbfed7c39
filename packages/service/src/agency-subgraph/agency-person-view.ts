/**
 * What every agency's view of a person (`PersonHealth`, `PersonPolice`, ...)
 * carries to its field resolvers: whose records they are and which. An agency
 * declares its view as an `@ObjectType` extending this, and adds its fields
 * with resolvers that read through `definePersonalLoader`.
 */
export abstract class AgencyPersonView {
  /** The person's partnership id, recorded as the subject of audit entries. */
  personId!: string;
  /** The agency's own record ids of the person, as the person index handed them over. */
  recordIds!: string[];
}
