import { sql, type Kysely } from 'kysely';
import type { PartnershipTables } from '../../tables.js';
import { SharingAgreement, AgreementApproval, IdentifyingRoles } from './sharing-agreement.type.js';

interface PartyRow {
  agency_id: string;
  approved_by: string | null;
  approved_on: string | null;
}

interface RoleRow {
  category: string;
  role: string;
}

/**
 * Every agreement with its parties, approvals and identifying roles, in one
 * statement: the partnership reads its register on every personal-data
 * request, so parties and roles come as JSON arrays beside each agreement
 * rather than in further statements. Dates come as the same YYYY-MM-DD text
 * as date columns.
 */
export async function readSharingAgreements(db: Kysely<PartnershipTables>): Promise<SharingAgreement[]> {
  const agreements = await db
    .selectFrom('sharing_agreements as agreement')
    .selectAll('agreement')
    .select(
      sql<PartyRow[]>`(
        select coalesce(json_agg(json_build_object('agency_id', party.agency_id, 'approved_by', party.approved_by, 'approved_on', party.approved_on)
          order by party.agency_id), '[]'::json)
        from sharing_agreement_parties party where party.agreement_id = agreement.agreement_id
      )`.as('parties'),
    )
    .select(
      sql<RoleRow[]>`(
        select coalesce(json_agg(json_build_object('category', grant_.category, 'role', grant_.role) order by grant_.role), '[]'::json)
        from sharing_agreement_identifying_roles grant_ where grant_.agreement_id = agreement.agreement_id
      )`.as('roles'),
    )
    .orderBy('agreement.agreement_id')
    .execute();
  return agreements.map((row) => {
    const approvals = row.parties.map((party) => Object.assign(new AgreementApproval(), { agencyId: party.agency_id, approvedBy: party.approved_by, approvedOn: party.approved_on }));
    return Object.assign(new SharingAgreement(), {
      id: row.agreement_id,
      title: row.title,
      parties: approvals.map((approval) => approval.agencyId),
      purposes: row.purposes,
      categories: row.categories,
      legalBasis: row.legal_basis,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      approved: approvals.length > 0 && approvals.every((approval) => approval.approvedOn !== null),
      approvals,
      identifyingRoles: row.categories.map((category) =>
        Object.assign(new IdentifyingRoles(), {
          category,
          roles: row.roles.filter((role) => role.category === category).map((role) => role.role),
        }),
      ),
    });
  });
}

export function inForce(agreement: SharingAgreement, on = new Date().toISOString().slice(0, 10)): boolean {
  return agreement.approved && agreement.validFrom <= on && on <= agreement.validTo;
}
