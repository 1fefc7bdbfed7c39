import type { Kysely } from 'kysely';
import { forbidden, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../context.js';
import type { OfficerRecord, PartnershipTables } from '../tables.js';
import { requireDirectoryOfficer } from './directory-officer.js';
import {
  AGENCY_ON_OUTCOME,
  DELIVERING_AGENCY_OF_PROPOSAL,
  DISCUSSANT_OF_PROPOSAL,
  LEAD_AGENCY_OF_INDICATOR,
  LEAD_AGENCY_OF_OUTCOME,
  LEAD_AGENCY_OF_PROPOSAL,
  OPENER_OF_CONSULTATION,
  PARTY_TO_OPERATING_AGREEMENT,
  PROPOSING_AGENCY,
  RECIPIENT_OF_FEEDBACK,
  type Relationship,
} from './relationships.js';
import { DELIVERY_ROLES, requireRole } from './require-role.js';

const ADMIN = 'partnership-admin';
const LEAD = ['lead'] as const;

/** Who may make one kind of change. */
export interface Authority {
  /** Who may, in words: the README's table is this column. */
  who: string;
  /** Roles the officer's token must carry (any one of them). */
  roles: readonly string[];
  /** The relationship the officer's agency (or the officer) must have to the record changed; none when any holder of the roles may. */
  relationship?: Relationship;
  /** Whether a partnership administrator may act without the relationship; false where the act is an agency's own (its stance, its answer). */
  administratorMay: boolean;
}

const byRelationship = (relationship: Relationship, roles: readonly string[] = LEAD): Authority => ({
  who: `A partnership administrator, or a ${roles.join(' or ')} officer of ${relationship.describe}`,
  roles: [ADMIN, ...roles],
  relationship,
  administratorMay: true,
});

/**
 * Who may do what, for every partnership mutation: one row each. Changes to
 * a shared record are for those it concerns (its lead agency, its parties,
 * its recipients), not for anyone holding a role somewhere: a police lead has
 * no say over an outcome health leads. Partnership administrators act for the
 * partnership on every record, except where the act is an agency's own.
 * Enforced by `authorise` inside each mutation's transaction, so a record
 * changed concurrently is judged as it is when written.
 */
export const AUTHORITY = {
  proposeOutcome: { who: 'A partnership administrator, or any agency lead', roles: [ADMIN, ...LEAD], administratorMay: true },
  agreeOutcome: { who: 'A partnership administrator', roles: [ADMIN], administratorMay: true },
  assignRole: byRelationship(LEAD_AGENCY_OF_OUTCOME),
  assignLead: byRelationship(LEAD_AGENCY_OF_OUTCOME),
  reassignLead: byRelationship(LEAD_AGENCY_OF_OUTCOME),
  addIndicator: byRelationship(AGENCY_ON_OUTCOME),
  setIndicatorTarget: byRelationship(LEAD_AGENCY_OF_INDICATOR),
  openOperatingAgreement: byRelationship(LEAD_AGENCY_OF_OUTCOME),
  reviewOperatingAgreement: byRelationship(PARTY_TO_OPERATING_AGREEMENT),
  createProposal: byRelationship(AGENCY_ON_OUTCOME),
  reviseProposal: byRelationship(PROPOSING_AGENCY),
  adoptProposal: byRelationship(LEAD_AGENCY_OF_PROPOSAL),
  respondToProposal: {
    who: 'A lead officer of a delivering agency of the proposal, answering for that agency',
    roles: LEAD,
    relationship: DELIVERING_AGENCY_OF_PROPOSAL,
    administratorMay: false,
  },
  commentOnProposal: {
    who: 'An officer who works on delivery (partnership-admin, lead, analyst or caseworker) at a delivering agency of the proposal or the partnership team',
    roles: DELIVERY_ROLES,
    relationship: DISCUSSANT_OF_PROPOSAL,
    administratorMay: false,
  },
  sendFeedback: { who: 'An officer who works on delivery (partnership-admin, lead, analyst or caseworker), from their own agency', roles: DELIVERY_ROLES, administratorMay: true },
  answerFeedback: {
    who: "An officer who works on delivery at the agency it was sent to (the partnership team for the centre and community groups), or the outcome's accountable lead",
    roles: DELIVERY_ROLES,
    relationship: RECIPIENT_OF_FEEDBACK,
    administratorMay: false,
  },
  openConsultation: { who: 'A partnership administrator, or any agency lead', roles: [ADMIN, ...LEAD], administratorMay: true },
  addConsultationSession: byRelationship(OPENER_OF_CONSULTATION),
  submitBasket: byRelationship(OPENER_OF_CONSULTATION),
  addMappingEntry: byRelationship(OPENER_OF_CONSULTATION),
  recordLesson: { who: 'An officer who works on delivery (partnership-admin, lead, analyst or caseworker)', roles: DELIVERY_ROLES, administratorMay: true },
} satisfies Record<string, Authority>;

export type PartnershipChange = keyof typeof AUTHORITY;

/**
 * Decides, inside the change's transaction, whether this officer may make
 * `change` to the record `subjectId`: the token's roles, the directory entry
 * (every change names who made it), then the relationship. A refusal is
 * FORBIDDEN and names who may act instead; nothing has been written.
 */
export async function authorise(db: Kysely<PartnershipTables>, context: PartnershipContext, change: PartnershipChange, subjectId?: string): Promise<OfficerRecord> {
  const authority: Authority = AUTHORITY[change];
  requireRole(context, authority.roles, change);
  const officer = await requireDirectoryOfficer(db, context);
  const { relationship } = authority;
  if (!relationship) return officer;
  if (authority.administratorMay && context.identity.roles.includes(ADMIN)) return officer;
  if (subjectId === undefined) throw new Error(`${change} is authorised by relationship but was given no record to relate to.`);
  const holders = await relationship.holders(db, subjectId);
  if (!holders) throw notFound(`No ${relationship.kind} has id "${subjectId}".`, { argument: relationship.kind });
  if (holders.agencies.includes(officer.agency_id) || holders.officers.includes(officer.officer_id)) return officer;
  const named = holders.agencies.length > 0 ? holders.agencies.join(', ') : 'no agency yet';
  const alsoOfficers = holders.officers.length > 0 ? ` (and officer ${holders.officers.join(', ')})` : '';
  const who = authority.who.charAt(0).toLowerCase() + authority.who.slice(1);
  throw forbidden(`${change} on ${holders.subject} is for ${who}: that is ${named}${alsoOfficers}. You are ${officer.officer_id} of ${officer.agency_id}.`, {
    change,
    requiredRelationship: relationship.describe,
    agencies: holders.agencies,
    officers: holders.officers,
  });
}

/**
 * The cheap half of `authorise`, before any input is checked or read: an
 * officer whose token carries none of the roles is refused at once.
 */
export function requireRoleFor(context: PartnershipContext, change: PartnershipChange): void {
  requireRole(context, AUTHORITY[change].roles, change);
}
