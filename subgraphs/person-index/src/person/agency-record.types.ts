import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { PersonIndexContext } from '../context.js';
import { AGENCY_IDS as RECORD_AGENCIES } from '@joined-up/agencies';
import { Person } from './person.type.js';
import { loadPerson } from './person.resolver.js';
import { personOfRecord } from './person-of-record.loader.js';

export function agencyRecordTypeName(agency: string): string {
  return `${agency[0].toUpperCase()}${agency.slice(1)}Record`;
}

/**
 * One entity per agency, `HealthRecord @key(fields: "recordId")` and so on:
 * the agency serves the record (name, date of birth, from its own search) and
 * the partnership adds the `person` it belongs to, from the person index,
 * without ever seeing the name. So a search result leads to the cross-agency
 * person view in the same query.
 */
function agencyRecordEntity(agency: string) {
  @ObjectType(agencyRecordTypeName(agency), { description: `A record the ${agency} agency holds, by its own record id.` })
  @Directive('@key(fields: "recordId")')
  class AgencyRecord {
    @Field(() => ID, { description: `The ${agency} agency's own record id.` })
    recordId!: string;
  }

  @Resolver(() => AgencyRecord)
  class AgencyRecordResolver {
    @FieldResolver(() => Person, {
      nullable: true,
      description: `The person this ${agency} record belongs to, from the partnership's person index (null when it is not linked yet). The look-up follows the same rules as personByRecord and is audited the same way.`,
    })
    async person(@Root() record: AgencyRecord, @Ctx() context: PersonIndexContext): Promise<Person | null> {
      const personId = await context.loaders.load(personOfRecord, { agency, recordId: record.recordId, field: `${agencyRecordTypeName(agency)}.person` });
      return personId === null ? null : loadPerson(personId, context);
    }
  }

  return { agency, type: AgencyRecord, resolver: AgencyRecordResolver };
}

export const agencyRecordEntities = RECORD_AGENCIES.map(agencyRecordEntity);
