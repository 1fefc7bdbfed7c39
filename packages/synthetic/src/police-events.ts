/**
 * Recorded crime and youth justice from January 2023. Most offences have no
 * identified suspect (the area background, and crimes against nominals as
 * victims); nominals who offend commit the rest near home. Youth offending in
 * Lambeth falls slowly; the planted cohort offend often and every one of them
 * has at least one youth justice intervention.
 */
import { findArea, LAMBETH } from '@joined-up/geography';
import type { NominalRow, OffenceRow, PoliceRecords, Sex, YouthJusticeRow } from './agency-records.js';
import { ADULT_OUTCOMES, ADULT_SUSPECT, AGAINST_A_PERSON, BACKGROUND, YOUTH_OUTCOMES, YOUTH_SUSPECT } from './crime-mix.js';
import { ageInYears, anniversary, isoDate, monthStartDay } from './dates.js';
import type { GroundTruth } from './ground-truth.js';
import { addressOn, dayInMonth, historyUntil, monthElapsed, summer, trend, type History } from './history.js';
import { rowsByPerson, type PersonTable } from './person-table.js';
import { placesIn, PLACES } from './places.js';
import { randomFor, type Random } from './prng.js';
import { numberInDateOrder, padded } from './references.js';

/** Background crime a year per resident, beyond what involves a nominal. */
const AREA_CRIME_RATE = 0.065;
/** Days within which a crime is still likely to be under investigation. */
const RECENT = 90;

interface Involvement {
  offence: OffenceRow;
  nominal_id: string;
  role: string;
}

interface Nominal {
  index: number;
  rng: Random;
  ids: string[];
  planted: boolean;
  sex: Sex;
}

class PoliceLedger {
  readonly offences: OffenceRow[] = [];
  readonly involvements: Involvement[] = [];
  readonly youthJustice: YouthJusticeRow[] = [];

  constructor(readonly truth: GroundTruth, readonly history: History) {}

  record(day: number, category: string, outcome: string, lsoa: string): OffenceRow {
    const offence: OffenceRow = {
      offence_id: '',
      committed_on: isoDate(day),
      category,
      outcome,
      lsoa_code: lsoa,
      local_authority_code: findArea(lsoa)?.parentCode ?? '',
    };
    this.offences.push(offence);
    return offence;
  }

  /** Where a nominal's offence happened: mostly their own LSOA, otherwise elsewhere in the borough. */
  whereFor(nominal: Nominal, day: number): string {
    const home = addressOn(this.truth.residents[nominal.index].person, isoDate(day));
    return nominal.rng.chance(0.65) ? home.lsoa_code : PLACES[nominal.rng.pick(placesIn(home.local_authority_code))].lsoa.code;
  }

  involve(nominal: Nominal, offence: OffenceRow, role: string): void {
    const id = nominal.ids.length > 1 && nominal.rng.chance(0.5) ? nominal.ids[1] : nominal.ids[0];
    this.involvements.push({ offence, nominal_id: id, role });
  }

  /** What follows a young person's offence: triage for a community resolution, cautions, court orders. */
  intervene(nominal: Nominal, day: number, outcome: string, formalBefore: boolean): YouthJusticeRow | null {
    const { rng } = nominal;
    let kind: string;
    if (outcome === 'community resolution') {
      if (!rng.chance(0.6)) return null;
      kind = 'triage';
    } else if (outcome === 'youth caution') {
      kind = rng.chance(0.7) ? 'youth caution' : 'youth conditional caution';
    } else if (outcome === 'charged or summonsed') {
      kind = formalBefore
        ? rng.weighted([['referral order', 0.3], ['youth rehabilitation order', 0.5], ['custody', 0.2]])
        : rng.weighted([['referral order', 0.75], ['youth rehabilitation order', 0.2], ['custody', 0.05]]);
    } else {
      return null;
    }
    const started = day + rng.between(14, 45);
    if (started > this.history.asOfDay) return null;
    const [min, max] = DURATIONS[kind];
    const ended = started + rng.between(min, max);
    const row: YouthJusticeRow = {
      intervention_id: '',
      nominal_id: nominal.ids[0],
      kind,
      started_on: isoDate(started),
      ended_on: ended <= this.history.asOfDay ? isoDate(ended) : null,
      first_time_entrant: false,
    };
    this.youthJustice.push(row);
    return row;
  }
}

/** Days an intervention runs, shortest to longest. */
const DURATIONS: Record<string, [number, number]> = {
  triage: [60, 120],
  'youth caution': [0, 0],
  'youth conditional caution': [30, 120],
  'referral order': [90, 365],
  'youth rehabilitation order': [180, 730],
  custody: [120, 730],
};

function offenderShare(age: number, sex: Sex): number {
  return sex === 'M' && age >= 10 && age < 30 ? 0.5 : 0.3;
}

function offendingRate(age: number, planted: boolean): number {
  if (age < 10) return 0;
  if (planted) return 2;
  return age < 18 ? 0.5 : age < 30 ? 0.4 : 0.25;
}

function outcomeFor(rng: Random, history: History, day: number, youth: boolean): string {
  if (history.asOfDay - day < RECENT && rng.chance(0.5)) return 'under investigation';
  return rng.weighted(youth ? YOUTH_OUTCOMES : ADULT_OUTCOMES);
}

function unsolvedOutcome(rng: Random, history: History, day: number): string {
  if (history.asOfDay - day < RECENT && rng.chance(0.4)) return 'under investigation';
  return rng.chance(0.8) ? 'no suspect identified' : 'no further action';
}

function nominalHistory(ledger: PoliceLedger, nominal: Nominal): void {
  const { truth, history } = ledger;
  const { rng, planted } = nominal;
  const resident = truth.residents[nominal.index];
  const ageNow = ageInYears(resident.birthDay, history.asOfDay);
  const offender = planted || rng.chance(offenderShare(ageNow, nominal.sex));
  // Some young offenders were already known to the youth justice service before 2023.
  let formalBefore = rng.chance(planted ? 0.25 : 0.1);
  let firstEntrantMarked = formalBefore;
  const interventions: YouthJusticeRow[] = [];

  const offend = (day: number, age: number, outcome: string): void => {
    const youth = age < 18;
    const offence = ledger.record(day, rng.weighted(youth ? YOUTH_SUSPECT : ADULT_SUSPECT), outcome, ledger.whereFor(nominal, day));
    ledger.involve(nominal, offence, 'suspect');
    if (!youth) return;
    const intervention = ledger.intervene(nominal, day, outcome, formalBefore);
    if (!intervention) return;
    interventions.push(intervention);
    if (intervention.kind !== 'triage') {
      intervention.first_time_entrant = !firstEntrantMarked;
      firstEntrantMarked = true;
      formalBefore = true;
    }
  };

  for (const month of history.months) {
    const start = monthStartDay(month);
    if (start + 31 <= resident.birthDay) continue;
    const age = Math.max(0, ageInYears(resident.birthDay, start));
    const share = monthElapsed(history, month) / 12;
    const inLambeth = addressOn(resident.person, isoDate(start)).local_authority_code === LAMBETH;
    if (offender) {
      const falling = age < 18 && inLambeth ? trend(history, month, -0.09) : 1;
      for (let n = rng.poisson(offendingRate(age, planted) * falling * share); n > 0; n--) {
        const day = dayInMonth(rng, history, month);
        offend(day, age, outcomeFor(rng, history, day, age < 18));
      }
    }
    for (let n = rng.poisson((planted ? 0.6 : 0.3) * share); n > 0; n--) {
      const day = dayInMonth(rng, history, month);
      if (day < resident.birthDay) continue;
      const offence = ledger.record(day, rng.weighted(AGAINST_A_PERSON), unsolvedOutcome(rng, history, day), ledger.whereFor(nominal, day));
      ledger.involve(nominal, offence, 'victim');
    }
    for (let n = age >= 10 ? rng.poisson(0.08 * share) : 0; n > 0; n--) {
      const day = dayInMonth(rng, history, month);
      const offence = ledger.record(day, rng.weighted(BACKGROUND), unsolvedOutcome(rng, history, day), ledger.whereFor(nominal, day));
      ledger.involve(nominal, offence, 'witness');
    }
  }

  // Every planted young person has been through the youth justice system at least once:
  // an offence after their tenth birthday, early enough for the intervention to have started.
  if (planted && interventions.every((row) => row.kind === 'triage')) {
    const earliest = Math.max(history.startDay, anniversary(resident.birthDay, 10));
    const latest = history.asOfDay - 45;
    if (earliest <= latest) {
      const day = earliest + rng.int(latest - earliest + 1);
      offend(day, ageInYears(resident.birthDay, day), rng.chance(0.6) ? 'youth caution' : 'charged or summonsed');
    }
  }
}

/** Crimes in each LSOA with no nominal involved: the bulk of recorded crime. */
function areaBackground(ledger: PoliceLedger): void {
  const { truth, history } = ledger;
  const residents = new Float64Array(PLACES.length);
  for (const household of truth.households) residents[household.currentPlace] += household.members.length;
  PLACES.forEach((place, p) => {
    for (const month of history.months) {
      const rng = randomFor(truth.options.seed, 'police', 'area', p, month);
      const mean = residents[p] * AREA_CRIME_RATE * (0.6 + 0.8 * place.deprivation) * summer(month, 0.1) * (monthElapsed(history, month) / 12);
      for (let n = rng.poisson(mean); n > 0; n--) {
        const day = dayInMonth(rng, history, month);
        ledger.record(day, rng.weighted(BACKGROUND), unsolvedOutcome(rng, history, day), place.lsoa.code);
      }
    }
  });
}

export function policeEvents(truth: GroundTruth, nominals: PersonTable<NominalRow>): Omit<PoliceRecords, 'nominals'> {
  const history = historyUntil(truth.asOfDay);
  const ledger = new PoliceLedger(truth, history);
  const byPerson = rowsByPerson(nominals, truth.residents.length);
  for (const resident of truth.residents) {
    const first = byPerson.first[resident.index];
    if (first < 0) continue;
    const second = byPerson.second[resident.index];
    nominalHistory(ledger, {
      index: resident.index,
      rng: randomFor(truth.options.seed, resident.index, 'police', 'events'),
      ids: second >= 0 ? [nominals.rows[first].nominal_id, nominals.rows[second].nominal_id] : [nominals.rows[first].nominal_id],
      planted: truth.planted[resident.index] === 1,
      sex: resident.person.sex,
    });
  }
  areaBackground(ledger);

  // Crime references count up within each year: CR-2024-0000001.
  const perYear = new Map<string, number>();
  const offences = numberInDateOrder(ledger.offences, (row) => row.committed_on, (row) => {
    const year = row.committed_on.slice(0, 4);
    const next = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, next);
    row.offence_id = padded(`CR-${year}-`, next, 7);
  });
  return {
    offences,
    involvements: ledger.involvements
      .map(({ offence, nominal_id, role }) => ({ offence_id: offence.offence_id, nominal_id, role }))
      .sort((a, b) => (a.offence_id < b.offence_id ? -1 : a.offence_id > b.offence_id ? 1 : 0)),
    youthJustice: numberInDateOrder(ledger.youthJustice, (row) => row.started_on, (row, n) => (row.intervention_id = padded('YJ-', n, 6))),
  };
}
