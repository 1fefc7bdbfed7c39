import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { RecordSearchDeclaration } from './record-search-declaration.js';

export const typeNameOf = (agency: string, suffix: string) => `${agency[0].toUpperCase()}${agency.slice(1)}${suffix}`;

/**
 * The GraphQL types of one agency's record search. The record is an entity
 * keyed by the agency's record id that only the agency can produce (hence
 * `resolvable: false`); the partnership adds its `person` from the person
 * index, so a result leads to the cross-agency view in the same query.
 */
export function recordSearchTypes(declaration: RecordSearchDeclaration) {
  const { agency, recordIdName } = declaration;

  @ObjectType(typeNameOf(agency, 'Record'), { description: `A record the ${agency} agency holds, by its own record id (${recordIdName}).` })
  @Directive('@key(fields: "recordId", resolvable: false)')
  class AgencyRecord {
    @Field(() => ID, { description: `The ${agency} agency's own record id: ${recordIdName}.` })
    recordId!: string;

    @Field(() => String, { nullable: true, description: 'Given name as the record holds it.' })
    givenName!: string | null;

    @Field(() => String, { nullable: true, description: 'Family name as the record holds it.' })
    familyName!: string | null;

    @Field(() => String, { nullable: true, description: 'Date of birth as the record holds it, YYYY-MM-DD.' })
    dateOfBirth!: string | null;

    @Field(() => String, { nullable: true, description: 'Postcode as the record holds it.' })
    postcode!: string | null;
  }

  @ObjectType(typeNameOf(agency, 'RecordMatch'), { description: `One ${agency} record that matches a search, and how well.` })
  class RecordMatch {
    @Field(() => Float, { description: 'How well the record matches, from 0 to 1 (1: every criterion the same). Results are sorted by it.' })
    score!: number;

    @Field(() => [String], { description: 'How each criterion compared, e.g. "given name: a familiar form of william", "date of birth: day and month swapped".' })
    matchedOn!: string[];

    @Field(() => AgencyRecord, { description: 'The record; its `person` opens the cross-agency person view.' })
    record!: AgencyRecord;
  }

  @ObjectType(typeNameOf(agency, 'RecordSearchResults'), { description: `A page of ${agency} records matching a search, best first.` })
  class RecordSearchResults {
    @Field(() => Int, { description: 'How many records matched in all (at most the 200 best are ranked).' })
    total!: number;

    @Field(() => Int, { description: 'Where this page starts in the ranked list.' })
    offset!: number;

    @Field(() => Int, { nullable: true, description: 'The offset of the next page, or null on the last page.' })
    nextOffset!: number | null;

    @Field(() => [RecordMatch], { description: 'This page of matches, best first.' })
    matches!: RecordMatch[];
  }

  return { AgencyRecord, RecordMatch, RecordSearchResults };
}
