/**
 * The education view: the local authority's schools and its pupils under
 * their UPNs, with attendance and exclusions from `education-events.ts`.
 * Pupils include those who left school during the history: the census keeps
 * them, and their attendance is part of the trend.
 */
import type { EducationRecords, PupilRow } from './agency-records.js';
import { educationEvents } from './education-events.js';
import { monthStartDay } from './dates.js';
import type { GroundTruth } from './ground-truth.js';
import { historyUntil } from './history.js';
import { UpnRegister } from './identifiers.js';
import { writeDown, type NoiseProfile } from './noise.js';
import { sortedTable, type PersonTable } from './person-table.js';
import { randomFor } from './prng.js';
import { pupilPlan, rollMonths, schoolInMonth, type PupilPlan } from './pupil-plan.js';
import { academicYearOf } from './school-career.js';
import { establishmentsOf, LA_NUMBERS, schoolRows, type School } from './schools.js';

/** School admissions see birth certificates: few errors, accents kept. */
export const EDUCATION_NOISE: NoiseProfile = {
  typo: 0.025,
  nickname: 0.12,
  doubleName: 0.35,
  keepAccents: 0.9,
  upperFamilyName: 0,
  randomCase: 0,
  whitespace: 0.01,
  dobSwap: 0.015,
  dobTypo: 0.008,
  dobMissing: 0,
  sexMissing: 0,
  oldAddress: 0.08,
  postcodeFormat: 0.02,
  postcodeMissing: 0,
};

export interface EducationPeople {
  pupils: PersonTable<PupilRow>;
  /** Plans by person index, for the events. */
  plans: Map<number, PupilPlan>;
}

/**
 * Which school issued a record's UPN, and in which academic year: the first
 * school at Reception, or for a duplicate, the school the child was at when
 * the second record was made.
 */
function issuer(plan: PupilPlan, duplicate: boolean): { school: School; year: number } {
  const made = plan.secondRecordFrom;
  if (!duplicate || made === null) return { school: plan.special ?? plan.primary, year: plan.career.receptionYear };
  return { school: schoolInMonth(plan, made), year: academicYearOf(monthStartDay(made)) };
}

/** A record's school: the latest school in the months the record was in use. */
function recordSchool(plan: PupilPlan, months: number[], duplicate: boolean): School {
  const from = plan.secondRecordFrom;
  const used = from === null ? months : months.filter((month) => (duplicate ? month >= from : month < from));
  const pool = used.length > 0 ? used : months;
  return pool.length > 0 ? schoolInMonth(plan, pool[pool.length - 1]) : (plan.special ?? plan.primary);
}

export function educationPupils(truth: GroundTruth): EducationPeople {
  const { seed } = truth.options;
  const register = new UpnRegister();
  const history = historyUntil(truth.asOfDay);
  const plans = new Map<number, PupilPlan>();
  const rows: PupilRow[] = [];
  const owners: number[] = [];
  for (const resident of truth.residents) {
    const count = truth.counts.education[resident.index];
    if (count === 0) continue;
    const plan = pupilPlan(truth, resident, history);
    plans.set(resident.index, plan);
    const months = rollMonths(plan.career, history);
    const establishments = establishmentsOf(plan.authority);
    for (let k = 0; k < count; k++) {
      const rng = randomFor(seed, resident.index, 'education', k);
      const { school, year } = issuer(plan, k > 0);
      const upn = register.issue(LA_NUMBERS.get(plan.authority) ?? '000', establishments, establishments.indexOf(school.establishment), year);
      const { details } = writeDown(rng, resident, EDUCATION_NOISE, {
        previousName: resident.previousNameAgency === 'education',
        duplicate: k > 0,
        asOf: truth.options.asOf,
      });
      rows.push(
        Object.assign(details, {
          upn,
          school_urn: recordSchool(plan, months, k > 0).urn,
          free_school_meals: plan.freeSchoolMeals,
          sen_status: plan.sen,
        }),
      );
      owners.push(resident.index);
    }
  }
  return { pupils: sortedTable(rows, owners, (row) => row.upn), plans };
}

export function educationRecords(truth: GroundTruth, people: EducationPeople, withEvents: boolean): EducationRecords {
  const events = withEvents ? educationEvents(truth, people) : { attendance: [], exclusions: [] };
  return { schools: schoolRows(), pupils: people.pupils.rows, ...events };
}
