/**
 * When a child is on a school roll. English children start Reception in the
 * September after their fourth birthday; most leave after Year 11 and some stay
 * for the sixth form. Both the membership (who education knows) and the pupil
 * records read the same career, drawn from one stream per child.
 */
import { civilFromDays } from './dates.js';
import { randomFor } from './prng.js';

export interface SchoolCareer {
  /** Academic year (by the September it starts) of Reception. */
  receptionYear: number;
  /** Academic year of the last year on roll: Year 11, or Year 13 for the sixth form. */
  lastYear: number;
  /** Independent schools and home education are outside the local authority's data. */
  stateSchool: boolean;
}

export const SIXTH_FORM_SHARE = 0.45;
export const STATE_SCHOOL_SHARE = 0.93;

/** Academic year containing a day, by the September it starts. */
export function academicYearOf(dayNumber: number): number {
  const [year, month] = civilFromDays(dayNumber);
  return month >= 9 ? year : year - 1;
}

export function schoolCareer(seed: number, personIndex: number, birthDay: number): SchoolCareer {
  const rng = randomFor(seed, personIndex, 'education', 'career');
  const receptionYear = academicYearOf(birthDay) + 5;
  return {
    receptionYear,
    lastYear: receptionYear + (rng.chance(SIXTH_FORM_SHARE) ? 13 : 11),
    stateSchool: rng.chance(STATE_SCHOOL_SHARE),
  };
}

/** 0 is Reception, 1–13 are Years 1–13. */
export function yearGroup(career: SchoolCareer, academicYear: number): number {
  return academicYear - career.receptionYear;
}

/** Whether the child is of school age at some point in the academic years given. */
export function onRollBetween(career: SchoolCareer, firstYear: number, lastYear: number): boolean {
  return career.receptionYear <= lastYear && career.lastYear >= firstYear;
}
