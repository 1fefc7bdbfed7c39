/**
 * Attendance by pupil and school month, suspensions and permanent exclusions.
 * Absence averages about 6% with a persistent-absence tail, peaks in winter and
 * eases slowly year on year; suspensions concentrate in secondary schools and
 * among the planted cohort, whose exclusions move them to alternative provision.
 */
import type { AttendanceRow, EducationRecords, ExclusionRow } from './agency-records.js';
import { ageInYears, calendarMonth, isoDate, isoMonth, monthStartDay, nextWeekday } from './dates.js';
import type { EducationPeople } from './education.js';
import type { GroundTruth } from './ground-truth.js';
import { dayInMonth, historyUntil, monthElapsed, trend, winter, type History } from './history.js';
import { rowsByPerson } from './person-table.js';
import { randomFor, type Random, type Weights } from './prng.js';
import { rollMonths, schoolInMonth, type PupilPlan } from './pupil-plan.js';
import { numberInDateOrder, padded } from './references.js';

/** Possible sessions (two a day) in each school month, September first: about 38 on average. */
const SESSIONS: Record<number, number> = { 9: 36, 10: 38, 11: 40, 12: 32, 1: 38, 2: 36, 3: 40, 4: 34, 5: 38, 6: 40, 7: 36 };

const REASONS: Weights<string> = [
  ['persistent disruptive behaviour', 0.4],
  ['physical assault against a pupil', 0.15],
  ['physical assault against an adult', 0.07],
  ['verbal abuse', 0.18],
  ['drug and alcohol related', 0.05],
  ['other', 0.15],
];
const SUSPENSION_DAYS: Weights<number> = [[1, 0.45], [2, 0.25], [3, 0.15], [5, 0.1], [10, 0.05]];

interface Pupil {
  index: number;
  plan: PupilPlan;
  upns: string[];
  planted: boolean;
  rng: Random;
}

function upnIn(pupil: Pupil, month: number): string {
  const from = pupil.plan.secondRecordFrom;
  return from !== null && month >= from && pupil.upns.length > 1 ? pupil.upns[1] : pupil.upns[0];
}

/** Suspensions a year: rare in primary, commoner for boys, pupils with SEN and the persistently absent. */
function suspensionRate(pupil: Pupil, secondary: boolean, male: boolean): number {
  if (pupil.planted) return secondary ? 2 : 0.6;
  const base = secondary ? 0.05 : 0.006;
  return base * (male ? 1.6 : 0.6) * (pupil.plan.sen === 'none' ? 1 : 2) * (pupil.plan.absence >= 0.1 ? 3 : 1);
}

function pupilYear(truth: GroundTruth, history: History, pupil: Pupil, attendance: AttendanceRow[], exclusions: ExclusionRow[]): void {
  const { rng, plan } = pupil;
  const resident = truth.residents[pupil.index];
  const male = resident.person.sex === 'M';
  const before = exclusions.length;
  const months = rollMonths(plan.career, history);

  for (const month of months) {
    const school = schoolInMonth(plan, month);
    const possible = Math.max(2, Math.round(SESSIONS[calendarMonth(month)] * monthElapsed(history, month)));
    const atAlternative = school === plan.alternative;
    const rate = Math.min(0.95, plan.absence * winter(month, 0.25) * trend(history, month, -0.04) * (atAlternative ? 1.5 : 1));
    const absent = rng.binomial(possible, rate);
    // The more a pupil misses, the less of it the school authorises.
    const unauthorised = rng.binomial(absent, Math.min(0.85, 0.25 + plan.absence * 1.5));
    const upn = upnIn(pupil, month);
    attendance.push({
      upn,
      school_urn: school.urn,
      month: isoMonth(month),
      possible_sessions: possible,
      authorised_absences: absent - unauthorised,
      unauthorised_absences: unauthorised,
    });

    const secondary = school.phase === 'secondary' || school.phase === 'alternative provision' || ageInYears(resident.birthDay, monthStartDay(month)) >= 11;
    for (let n = rng.poisson((suspensionRate(pupil, secondary, male) / 11) * monthElapsed(history, month)); n > 0; n--) {
      exclusions.push(exclusion(rng, history, month, upn, school.urn));
    }
    const excludedOn = plan.permanentExclusionDay;
    if (excludedOn !== null && excludedOn >= monthStartDay(month) && excludedOn < monthStartDay(month + 1)) {
      exclusions.push({
        exclusion_id: '',
        upn,
        school_urn: school.urn,
        start_date: isoDate(excludedOn),
        kind: 'permanent exclusion',
        days: null,
        reason: rng.weighted(REASONS),
      });
    }
  }

  // Every planted young person has been suspended at least once.
  if (pupil.planted && exclusions.length === before && months.length > 0) {
    const month = rng.pick(months.slice(-22));
    exclusions.push(exclusion(rng, history, month, upnIn(pupil, month), schoolInMonth(plan, month).urn));
  }
}

function exclusion(rng: Random, history: History, month: number, upn: string, urn: string): ExclusionRow {
  return {
    exclusion_id: '',
    upn,
    school_urn: urn,
    start_date: isoDate(Math.min(history.asOfDay, nextWeekday(dayInMonth(rng, history, month)))),
    kind: 'suspension',
    days: rng.weighted(SUSPENSION_DAYS),
    reason: rng.weighted(REASONS),
  };
}

export function educationEvents(truth: GroundTruth, people: EducationPeople): Omit<EducationRecords, 'schools' | 'pupils'> {
  const history = historyUntil(truth.asOfDay);
  const byPerson = rowsByPerson(people.pupils, truth.residents.length);
  const attendance: AttendanceRow[] = [];
  const exclusions: ExclusionRow[] = [];
  for (const [index, plan] of people.plans) {
    const first = byPerson.first[index];
    const second = byPerson.second[index];
    const upns = [people.pupils.rows[first].upn];
    if (second >= 0) upns.push(people.pupils.rows[second].upn);
    // The UPN issued first (its year digits are earlier) served until the second was made.
    upns.sort((a, b) => a.slice(8, 10).localeCompare(b.slice(8, 10)));
    pupilYear(truth, history, { index, plan, upns, planted: truth.planted[index] === 1, rng: randomFor(truth.options.seed, index, 'education', 'events') }, attendance, exclusions);
  }
  attendance.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0));
  return {
    attendance,
    exclusions: numberInDateOrder(exclusions, (row) => row.start_date, (row, n) => (row.exclusion_id = padded('EX-', n, 6))),
  };
}
