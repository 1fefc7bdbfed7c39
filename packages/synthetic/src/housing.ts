/**
 * The housing service's view: households it holds (council and housing
 * association tenants, and those who applied as homeless) and their members,
 * with tenancies, applications, temporary accommodation and arrears from
 * `housing-events.ts`.
 */
import type { HouseholdMemberRow, HouseholdRow, HousingRecords } from './agency-records.js';
import type { GroundTruth } from './ground-truth.js';
import type { MemberRole } from './household-members.js';
import { housingEvents } from './housing-events.js';
import { ReferenceRegister } from './identifiers.js';
import { knownToHousing } from './membership.js';
import { writeDown, type NoiseProfile } from './noise.js';
import { sortedTable, type PersonTable } from './person-table.js';
import { randomFor, type Random } from './prng.js';

/** Housing officers take names from applicants and tenancy files: middling care, some stray spacing. */
export const HOUSING_NOISE: NoiseProfile = {
  typo: 0.03,
  nickname: 0.25,
  doubleName: 0.4,
  keepAccents: 0.5,
  upperFamilyName: 0,
  randomCase: 0.02,
  whitespace: 0.05,
  dobSwap: 0.02,
  dobTypo: 0.01,
  dobMissing: 0,
  sexMissing: 0.01,
  oldAddress: 0.1,
  postcodeFormat: 0.1,
  postcodeMissing: 0,
};

export interface HousingPeople {
  households: HouseholdRow[];
  /** Housing's household reference by true household index. */
  references: Map<number, string>;
  members: PersonTable<HouseholdMemberRow>;
}

function relationship(rng: Random, role: MemberRole, social: boolean): string {
  if (role === 'head') return 'lead tenant';
  if (role === 'partner') return social && rng.chance(0.6) ? 'joint tenant' : 'partner';
  return role === 'child' ? 'child' : 'other adult';
}

export function housingPeople(truth: GroundTruth): HousingPeople {
  const { seed } = truth.options;
  const known = truth.households.filter(knownToHousing);
  const expectedMembers = truth.counts.housing.reduce((sum, count) => sum + count, 0);
  const householdRegister = new ReferenceRegister('HH-', 6, known.length);
  const memberRegister = new ReferenceRegister('HM-', 6, expectedMembers);
  const references = new Map<number, string>();
  const households: HouseholdRow[] = [];
  const rows: HouseholdMemberRow[] = [];
  const owners: number[] = [];

  for (const household of known) {
    const reference = householdRegister.issue(randomFor(seed, household.index, 'housing', 'household'));
    references.set(household.index, reference);
    const { address_line, postcode, lsoa_code, local_authority_code } = household.current;
    households.push({ household_id: reference, address_line, postcode, lsoa_code, local_authority_code });
    const social = household.tenure === 'council' || household.tenure === 'housing association';
    for (const index of household.members) {
      const resident = truth.residents[index];
      for (let k = 0; k < truth.counts.housing[index]; k++) {
        const rng = randomFor(seed, index, 'housing', k);
        const memberId = memberRegister.issue(rng);
        const { details } = writeDown(rng, resident, HOUSING_NOISE, {
          previousName: resident.previousNameAgency === 'housing',
          duplicate: k > 0,
          asOf: truth.options.asOf,
        });
        rows.push(Object.assign(details, { member_id: memberId, household_id: reference, relationship: relationship(rng, resident.role, social) }));
        owners.push(index);
      }
    }
  }
  households.sort((a, b) => (a.household_id < b.household_id ? -1 : 1));
  return { households, references, members: sortedTable(rows, owners, (row) => row.member_id) };
}

export function housingRecords(truth: GroundTruth, people: HousingPeople, withEvents: boolean): HousingRecords {
  const events = withEvents ? housingEvents(truth, people) : { tenancies: [], applications: [], temporaryAccommodation: [], arrears: [] };
  return { households: people.households, members: people.members.rows, ...events };
}
