/**
 * One child's school life, drawn once from the child's education stream and
 * read by both the pupil record and the attendance and exclusion events, so the
 * two agree whether or not events are generated: which schools, SEN and free
 * school meals, how often absent, and whether permanently excluded.
 */
import { calendarMonth, monthStartDay, nextWeekday } from './dates.js';
import type { GroundTruth } from './ground-truth.js';
import type { Resident } from './households.js';
import type { History } from './history.js';
import { knownToHousing } from './membership.js';
import { positionInBorough } from './places.js';
import { randomFor, type Random } from './prng.js';
import { schoolCareer, yearGroup, type SchoolCareer } from './school-career.js';
import { schoolsOf, type School } from './schools.js';

export type SenStatus = 'none' | 'SEN support' | 'EHC plan';

export interface PupilPlan {
  career: SchoolCareer;
  authority: string;
  primary: School;
  secondary: School;
  /** Set for children whose EHC plan names a special school. */
  special: School | null;
  alternative: School;
  sen: SenStatus;
  freeSchoolMeals: boolean;
  /** Share of sessions missed in a typical month. */
  absence: number;
  permanentExclusionDay: number | null;
  /** For a child with two UPNs: the month the second record takes over. */
  secondRecordFrom: number | null;
}

/** Nearby schools are likelier: weight falls with distance between LSOA positions. */
function nearbySchool(rng: Random, schools: readonly School[], position: number): School {
  return rng.weighted(schools.map((school) => [school, 1 / (1 + Math.abs(school.position - position) / 3)] as const));
}

/** Absence is skewed: most pupils miss a few sessions, a tail miss a lot (persistent absence is 10% or more). */
function absenceRate(rng: Random, planted: boolean, sen: SenStatus): number {
  if (planted) return 0.12 + rng.float() * 0.25;
  const tail = rng.chance(sen === 'none' ? 0.12 : 0.25);
  return tail ? 0.08 + rng.float() * rng.float() * 0.35 : 0.01 + rng.float() * 0.05;
}

/** School months (September to July) on roll, from January 2023 to the as-of month. */
export function rollMonths(career: SchoolCareer, history: History): number[] {
  return history.months.filter((month) => {
    if (calendarMonth(month) === 8) return false;
    const academicYear = calendarMonth(month) >= 9 ? Math.floor(month / 12) : Math.floor(month / 12) - 1;
    const group = yearGroup(career, academicYear);
    return group >= 0 && academicYear <= career.lastYear;
  });
}

/** The school a pupil attends in a month; the month of a permanent exclusion still counts at the old school. */
export function schoolInMonth(plan: PupilPlan, month: number): School {
  if (plan.permanentExclusionDay !== null && monthStartDay(month) > plan.permanentExclusionDay) return plan.alternative;
  if (plan.special) return plan.special;
  const academicYear = calendarMonth(month) >= 9 ? Math.floor(month / 12) : Math.floor(month / 12) - 1;
  return yearGroup(plan.career, academicYear) <= 6 ? plan.primary : plan.secondary;
}

export function pupilPlan(truth: GroundTruth, resident: Resident, history: History): PupilPlan {
  const i = resident.index;
  const rng = randomFor(truth.options.seed, i, 'education', 'plan');
  const planted = truth.planted[i] === 1;
  const household = truth.households[resident.household];
  const current = resident.person.addresses[resident.person.addresses.length - 1];
  const authority = current.local_authority_code;
  const position = positionInBorough(current.lsoa_code);
  const sen: SenStatus = planted
    ? rng.weighted([['none', 0.35], ['SEN support', 0.45], ['EHC plan', 0.2]])
    : rng.weighted([['none', 0.85], ['SEN support', 0.118], ['EHC plan', 0.032]]);
  const fsmChance = planted ? 0.7 : knownToHousing(household) ? 0.42 : household.tenure === 'private rented' ? 0.18 : 0.05;
  const drawn = schoolCareer(truth.options.seed, i, resident.birthDay);
  // Planted young people are all on a state school roll, through Year 13 (sixth form, college link or alternative provision).
  const career = planted ? { receptionYear: drawn.receptionYear, lastYear: drawn.receptionYear + 13, stateSchool: true } : drawn;
  const absence = absenceRate(rng, planted, sen);
  const plan: PupilPlan = {
    career,
    authority,
    primary: nearbySchool(rng, schoolsOf(authority, 'primary'), position),
    secondary: nearbySchool(rng, schoolsOf(authority, 'secondary'), position),
    special: sen === 'EHC plan' && !planted && rng.chance(0.35) ? schoolsOf(authority, 'special')[0] : null,
    alternative: schoolsOf(authority, 'alternative provision')[0],
    sen,
    freeSchoolMeals: rng.chance(fsmChance),
    absence,
    permanentExclusionDay: null,
    secondRecordFrom: null,
  };

  const months = rollMonths(career, history);
  const secondaryMonths = plan.special ? [] : months.filter((m) => schoolInMonth(plan, m) === plan.secondary && monthStartDay(m) < truth.asOfDay - 14);
  // Permanent exclusion is rare, and far likelier for boys, pupils with SEN and the persistently absent.
  const risk = planted ? 0.12 : 0.002 * (resident.person.sex === 'M' ? 2 : 0.7) * (sen === 'none' ? 1 : 2) * (absence >= 0.1 ? 3 : 1) * (secondaryMonths.length / 11);
  if (secondaryMonths.length > 0 && rng.chance(risk)) {
    const month = rng.pick(secondaryMonths);
    plan.permanentExclusionDay = Math.min(truth.asOfDay - 7, nextWeekday(monthStartDay(month) + rng.int(25)));
  }
  if (truth.counts.education[i] > 1 && months.length > 0) plan.secondRecordFrom = months[rng.int(months.length)];
  return plan;
}
