import type { Kysely } from 'kysely';
import type { PartnershipTables } from '../tables.js';
import { SharingAgreement, AgreementApproval, IdentifyingRoles } from './sharing-agreement.type.js';

/** Every agreement with its parties, approvals and roles, in three statements. */
export async function readSharingAgreements(db: Kysely<PartnershipTables>): Promise<SharingAgreement[]> {
  const [agreements, parties, roles] = await Promise.all([
    db.selectFrom('sharing_agreements').selectAll().orderBy('agreement_id').execute(),
    db.selectFrom('sharing_agreement_parties').selectAll().orderBy('agency_id').execute(),
    db.selectFrom('sharing_agreement_identifying_roles').selectAll().orderBy('role').execute(),
  ]);
  return agreements.map((row) => {
    const approvals = parties
      .filter((party) => party.agreement_id === row.agreement_id)
      .map((party) => Object.assign(new AgreementApproval(), { agencyId: party.agency_id, approvedBy: party.approved_by, approvedOn: party.approved_on }));
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
          roles: roles.filter((role) => role.agreement_id === row.agreement_id && role.category === category).map((role) => role.role),
        }),
      ),
    });
  });
}

export function inForce(agreement: SharingAgreement, on = new Date().toISOString().slice(0, 10)): boolean {
  return agreement.approved && agreement.validFrom <= on && on <= agreement.validTo;
}
