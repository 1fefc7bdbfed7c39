import { AGENCY_IDS, generatePopulation, type AgencyId, type PersonDetails, type PopulationOptions } from '@joined-up/synthetic';
import type { LinkageSourceRecord } from '../linkage-record.js';

/** One agency's person records as its linkage export would read them, with the true person of each. */
export interface SyntheticAgency {
  agencyId: AgencyId;
  records: LinkageSourceRecord[];
  /** record id → true person id (ground truth, never sent anywhere). */
  truth: Map<string, string>;
}

/** The synthetic population's five agencies, person records only (no events), ready to encode. */
export function syntheticAgencies(options: PopulationOptions): SyntheticAgency[] {
  const population = generatePopulation({ ...options, events: false });
  const links = population.truth();
  const rows: Record<AgencyId, () => { id: string; details: PersonDetails }[]> = {
    health: () => population.records('health').patients.map((row) => ({ id: row.nhs_number, details: row })),
    police: () => population.records('police').nominals.map((row) => ({ id: row.nominal_id, details: row })),
    education: () => population.records('education').pupils.map((row) => ({ id: row.upn, details: row })),
    housing: () => population.records('housing').members.map((row) => ({ id: row.member_id, details: row })),
    voluntary: () => population.records('voluntary').clients.map((row) => ({ id: row.client_id, details: row })),
  };
  return AGENCY_IDS.map((agencyId) => ({
    agencyId,
    records: rows[agencyId]().map(({ id, details }) => ({
      recordId: id,
      givenName: details.given_name,
      familyName: details.family_name,
      dateOfBirth: details.date_of_birth,
      sex: details.sex,
      postcode: details.postcode,
      localAuthorityCode: details.local_authority_code,
    })),
    truth: new Map(links.filter((link) => link.agency === agencyId).map((link) => [link.record_id, link.person_id])),
  }));
}
