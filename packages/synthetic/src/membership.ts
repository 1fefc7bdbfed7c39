/**
 * Who each agency knows, and how many records it holds for them (0, 1, or 2
 * for a duplicate registration). Decided here, from one stream per person and
 * agency, so that `known_to` and the planted cohort are settled before any
 * agency writes a record, and each agency's records can be made alone.
 */
import { AGENCY_IDS, type AgencyId, type Sex } from './agency-records.js';
import { ageInYears, HISTORY_START, toDay } from './dates.js';
import type { Community, Household } from './households.js';
import { PLACES } from './places.js';
import { randomFor } from './prng.js';
import { academicYearOf, onRollBetween, schoolCareer } from './school-career.js';

/** Records per person for one agency: 0 unknown, 1, or 2 (a duplicate registration). */
export type RecordCounts = Record<AgencyId, Uint8Array>;

export const DUPLICATE_RATE = 0.01;
export const GP_REGISTRATION_RATE = 0.95;

/** Police know suspects, victims and witnesses: young men most of all, and more on poorer streets. */
export function policeChance(age: number, sex: Sex, deprivation: number): number {
  const male = sex === 'M';
  const base =
    age < 10 ? 0.01
    : age < 18 ? (male ? 0.13 : 0.05)
    : age < 25 ? (male ? 0.19 : 0.08)
    : age < 35 ? (male ? 0.15 : 0.07)
    : age < 50 ? (male ? 0.1 : 0.05)
    : age < 65 ? (male ? 0.05 : 0.03)
    : 0.02;
  return base * (0.6 + 0.8 * deprivation);
}

/** Social tenants and homeless applicants are the households the council's housing service holds. */
export function knownToHousing(household: Household): boolean {
  return household.homeless || household.tenure === 'council' || household.tenure === 'housing association';
}

/** Charities reach young people and households under pressure most. */
function voluntaryChance(age: number, household: Household): number {
  const base = age < 8 ? 0.02 : age < 25 ? 0.11 : age < 65 ? 0.055 : 0.07;
  const pressure = knownToHousing(household) ? 1.8 : 1;
  return base * pressure * (0.6 + 0.8 * PLACES[household.currentPlace].deprivation);
}

function recordCount(seed: number, index: number, agency: AgencyId, chance: number): number {
  const rng = randomFor(seed, index, agency, 'membership');
  if (!rng.chance(chance)) return 0;
  return rng.chance(DUPLICATE_RATE) ? 2 : 1;
}

export function countRecords(seed: number, community: Community, asOfDay: number, planted: Uint8Array): RecordCounts {
  const size = community.residents.length;
  const counts = Object.fromEntries(AGENCY_IDS.map((agency) => [agency, new Uint8Array(size)])) as RecordCounts;
  const firstAcademicYear = academicYearOf(toDay(HISTORY_START));
  const lastAcademicYear = academicYearOf(asOfDay);

  for (const resident of community.residents) {
    const i = resident.index;
    const household = community.households[resident.household];
    const age = ageInYears(resident.birthDay, asOfDay);
    const sure = planted[i] === 1;
    const career = schoolCareer(seed, i, resident.birthDay);
    const pupil = career.stateSchool && onRollBetween(career, firstAcademicYear, lastAcademicYear);

    counts.health[i] = recordCount(seed, i, 'health', sure ? 1 : GP_REGISTRATION_RATE);
    counts.police[i] = recordCount(seed, i, 'police', sure ? 1 : policeChance(age, resident.person.sex, PLACES[household.currentPlace].deprivation));
    counts.education[i] = recordCount(seed, i, 'education', sure || pupil ? 1 : 0);
    counts.housing[i] = recordCount(seed, i, 'housing', knownToHousing(household) ? 1 : 0);
    counts.voluntary[i] = recordCount(seed, i, 'voluntary', sure ? 1 : voluntaryChance(age, household));
  }
  return counts;
}
