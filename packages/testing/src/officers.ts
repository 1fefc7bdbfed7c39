import type { OfficerClaims } from '@joined-up/auth';

/** Officers seeded in the partnership directory, with the purposes they commonly act for. */
export const officers = {
  policeAnalyst: { officerId: 'police-analyst', agency: 'police', roles: ['analyst'], purpose: 'youth-crime-prevention' },
  healthCaseworker: { officerId: 'health-caseworker', agency: 'health', roles: ['caseworker'], purpose: 'direct-care' },
  healthAnalyst: { officerId: 'health-analyst', agency: 'health', roles: ['analyst'], purpose: 'planning' },
  policeCaseworker: { officerId: 'police-caseworker', agency: 'police', roles: ['caseworker'], purpose: 'youth-crime-prevention' },
  educationCaseworker: { officerId: 'education-caseworker', agency: 'education', roles: ['caseworker'], purpose: 'safeguarding' },
  housingAnalyst: { officerId: 'housing-analyst', agency: 'housing', roles: ['analyst'], purpose: 'planning' },
  housingCaseworker: { officerId: 'housing-caseworker', agency: 'housing', roles: ['caseworker'], purpose: 'safeguarding' },
  voluntaryCaseworker: { officerId: 'voluntary-caseworker', agency: 'voluntary', roles: ['caseworker'], purpose: 'youth-crime-prevention' },
  partnershipAnalyst: { officerId: 'partnership-analyst', agency: 'partnership', roles: ['analyst'], purpose: 'youth-crime-prevention' },
  partnershipDpo: { officerId: 'partnership-dpo', agency: 'partnership', roles: ['dpo'], purpose: 'subject-access-request' },
  healthDpo: { officerId: 'health-dpo', agency: 'health', roles: ['dpo'], purpose: 'direct-care' },
  linkageReviewer: { officerId: 'partnership-linkage-reviewer', agency: 'partnership', roles: ['linkage-reviewer'], purpose: 'record-linkage' },
  partnershipAdmin: { officerId: 'partnership-admin', agency: 'partnership', roles: ['partnership-admin'], purpose: 'youth-crime-prevention' },
} satisfies Record<string, OfficerClaims>;

/**
 * An agency's lead as seeded in the partnership directory (`<agency>-lead`,
 * role `lead`): leads answer proposals for their agency and act on the shared
 * records their agency leads.
 */
export const agencyLead = (agency: string): OfficerClaims => ({ officerId: `${agency}-lead`, agency, roles: ['lead'], purpose: 'youth-crime-prevention' });
