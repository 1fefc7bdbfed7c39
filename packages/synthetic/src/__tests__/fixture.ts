/** One population shared by the tests in a file: big enough for rates to settle, small enough to be quick. */
import { AGENCY_IDS, generatePopulation, type AgencyId, type PersonDetails, type Population } from '../index.js';
import { stripAccents } from '../text.js';

/** Not August, so every agency (schools included) has events in the as-of month. */
export const AS_OF = '2025-06-15';
export const SIZE = 5000;

let shared: Population | null = null;

export function population(): Population {
  shared ??= generatePopulation({ size: SIZE, seed: 2024, asOf: AS_OF });
  return shared;
}

export interface AgencyPerson {
  id: string;
  details: PersonDetails;
}

/** Each agency's person records with their identifier, whatever the agency calls it. */
export function personRecords(pop: Population, agency: AgencyId): AgencyPerson[] {
  switch (agency) {
    case 'health':
      return pop.records('health').patients.map((row) => ({ id: row.nhs_number, details: row }));
    case 'police':
      return pop.records('police').nominals.map((row) => ({ id: row.nominal_id, details: row }));
    case 'education':
      return pop.records('education').pupils.map((row) => ({ id: row.upn, details: row }));
    case 'housing':
      return pop.records('housing').members.map((row) => ({ id: row.member_id, details: row }));
    case 'voluntary':
      return pop.records('voluntary').clients.map((row) => ({ id: row.client_id, details: row }));
  }
}

export function allPersonRecords(pop: Population): Map<AgencyId, AgencyPerson[]> {
  return new Map(AGENCY_IDS.map((agency) => [agency, personRecords(pop, agency)]));
}

/** The normalisation a simple deterministic linker would use: letters only, no accents, lower case. */
export function normaliseName(name: string | null): string | null {
  return name === null ? null : stripAccents(name).toLowerCase().replace(/[^a-z]/g, '');
}

export function normalisePostcode(postcode: string | null): string | null {
  return postcode === null ? null : postcode.toUpperCase().replace(/\s+/g, '');
}
