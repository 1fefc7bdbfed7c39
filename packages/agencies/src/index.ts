import { AGENCIES, PARTNERSHIP, PERSON_INDEX } from './agencies.js';
import type { AgencyDeclaration, DeliveringAgencyDeclaration } from './agency-declaration.js';

export { AGENCIES, PARTNERSHIP, PERSON_INDEX } from './agencies.js';
export type { AgencyDeclaration, DeliveringAgencyDeclaration, MeasureDeclaration } from './agency-declaration.js';

/** An agency that holds records of people: `health`, `police`, ... (never the partnership). */
export type AgencyId = (typeof AGENCIES)[number]['id'];

/**
 * Every member of the federation, each a subgraph: the partnership first, as
 * the others read its register of agreements; then its person index, which
 * the agencies' person views start from.
 */
export const MEMBERS: readonly AgencyDeclaration[] = [PARTNERSHIP, PERSON_INDEX, ...AGENCIES];

/** The ids of the agencies that hold records of people, in declaration order. */
export const AGENCY_IDS: readonly AgencyId[] = AGENCIES.map((agency) => agency.id);

type CategoryOf<Member> = Member extends { id: infer Id extends string; categories: infer Categories } ? `${Id}.${keyof Categories & string}` : never;

/** A category of personal data, named `<agency>.<category>`: `health.urgent-care`, `partnership.person-index`, ... */
export type DataCategory = CategoryOf<typeof PARTNERSHIP | (typeof AGENCIES)[number]>;

export function isAgencyId(value: string): value is AgencyId {
  return AGENCY_IDS.includes(value as AgencyId);
}

/** A delivering agency's declaration, or undefined for any other name. */
export function findAgency(id: string): DeliveringAgencyDeclaration | undefined {
  return AGENCIES.find((agency) => agency.id === id);
}

/** A member's declaration (an agency or the partnership), or undefined. */
export function findMember(id: string): AgencyDeclaration | undefined {
  return MEMBERS.find((member) => member.id === id);
}

/** The name of an agency's inaccessible person field holding its own record ids: `healthRecordIds`. */
export function recordIdsField(agency: string): `${string}RecordIds` {
  return `${agency}RecordIds`;
}

/** The name of an agency's inaccessible person field holding the person index's signed grant of those ids: `healthRecordGrant`. */
export function recordGrantField(agency: string): `${string}RecordGrant` {
  return `${agency}RecordGrant`;
}

/** The prefix of a member's environment variables: `HEALTH` (HEALTH_SUBGRAPH_URL, ...), `PERSON_INDEX`. */
export function environmentNameOf(id: string): string {
  return id.toUpperCase().replaceAll('-', '_');
}

/** A member's database schema: its id, with underscores for hyphens (`health`, `person_index`). */
export function databaseSchemaOf(id: string): string {
  return id.replaceAll('-', '_');
}
