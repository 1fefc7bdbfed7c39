/**
 * Tenancies, homelessness applications, temporary accommodation and rent
 * arrears, household by household. Applications rise through the history;
 * those that end in a move are dated before it, at the old address. Every
 * planted young person's household has an application or, for tenants, arrears.
 */
import type { HomelessnessApplicationRow, HousingRecords, RentArrearsRow, TemporaryAccommodationRow, TenancyRow } from './agency-records.js';
import { isoDate, isoMonth, monthIndexOf, toDay } from './dates.js';
import type { GroundTruth } from './ground-truth.js';
import { dayInMonth, historyUntil, trend, trendingMonth, type History } from './history.js';
import type { Household, Tenure } from './households.js';
import type { HousingPeople } from './housing.js';
import { randomFor, type Random, type Weights } from './prng.js';
import { numberInDateOrder, padded } from './references.js';

const WEEKLY_RENT: Record<Tenure, [number, number]> = {
  council: [105, 150],
  'housing association': [120, 190],
  'private rented': [250, 450],
  'owner occupied': [0, 0],
};
const REASONS: Weights<string> = [
  ['family or friends no longer willing to accommodate', 0.3],
  ['end of private tenancy', 0.3],
  ['domestic abuse', 0.12],
  ['rent arrears', 0.1],
  ['other', 0.18],
];
const PLACEMENTS: Weights<string> = [['bed and breakfast', 0.2], ['hostel', 0.2], ['nightly paid', 0.35], ['private sector leased', 0.25]];
/** Arrears episodes a social tenancy starts in a year (at the start of the history). */
const ARREARS_EPISODES_A_YEAR = 0.1;
/** Yearly rise in homelessness applications. */
const APPLICATIONS_RISING = 0.25;

interface Arrears {
  tenancy: TenancyRow;
  month: string;
  balance: number;
}

class HousingLedger {
  readonly tenancies: TenancyRow[] = [];
  readonly applications: HomelessnessApplicationRow[] = [];
  readonly placements: TemporaryAccommodationRow[] = [];
  readonly arrears: Arrears[] = [];

  constructor(readonly history: History) {}

  tenancy(rng: Random, household: string, tenure: Tenure, started: number, ended: number | null): TenancyRow {
    const [low, high] = WEEKLY_RENT[tenure];
    const row: TenancyRow = {
      tenancy_id: '',
      household_id: household,
      tenure,
      started_on: isoDate(started),
      ended_on: ended === null || ended > this.history.asOfDay ? null : isoDate(ended),
      weekly_rent: Math.round((low + rng.float() * (high - low)) * 100) / 100,
    };
    this.tenancies.push(row);
    return row;
  }

  /**
   * Arrears episodes over a tenancy's months in the history, at a slowly rising
   * rate. A tenancy may already be behind when the history starts; otherwise the
   * first months would look like a sudden fall into arrears.
   */
  arrearsHistory(rng: Random, tenancy: TenancyRow, planted: boolean): void {
    const { months } = this.history;
    const startedMonth = monthIndexOf(toDay(tenancy.started_on));
    const first = Math.max(months[0], startedMonth);
    const last = months[months.length - 1];
    const perMonth = (planted ? 0.6 : ARREARS_EPISODES_A_YEAR) / 12;
    const before = this.arrears.length;
    let month = first;
    if (startedMonth < first && rng.chance(perMonth * 8)) month = this.episode(rng, tenancy, first, rng.between(1, 6), planted);
    for (; month <= last; month++) {
      if (rng.chance(perMonth * trend(this.history, month, 0.05))) month = this.episode(rng, tenancy, month, 0, planted);
    }
    if (planted && this.arrears.length === before) this.episode(rng, tenancy, first + rng.int(last - first + 1), 0, planted);
  }

  /** One episode: the balance builds for some months, then is paid down. Returns the month after it. */
  private episode(rng: Random, tenancy: TenancyRow, from: number, monthsAlreadyBehind: number, planted: boolean): number {
    const last = this.history.months[this.history.months.length - 1];
    const length = Math.max(monthsAlreadyBehind + 1, planted ? rng.between(6, 18) : rng.between(2, 14));
    let balance = 40 + rng.int(260) + monthsAlreadyBehind * 60;
    let month = from;
    for (let elapsed = monthsAlreadyBehind; elapsed < length && month <= last; elapsed++, month++) {
      const payingDown = elapsed > length * 0.6;
      // Steps in pence: a missed week's rent, part payments, a benefit deduction.
      balance = Math.max(10, balance + (payingDown ? -rng.between(4000, 20000) : rng.between(-6000, 18000)) / 100);
      this.arrears.push({ tenancy, month: isoMonth(month), balance: Math.round(balance * 100) / 100 });
    }
    return month;
  }
}

function applicationDay(rng: Random, history: History, household: Household): number {
  const moved = household.previous !== null;
  if (moved && household.currentSince - 30 > history.startDay) {
    // One to six months before the move; for moves early in 2023, any day between the start and the move.
    const day = household.currentSince - rng.between(30, 200);
    return day >= history.startDay ? day : history.startDay + rng.int(household.currentSince - history.startDay);
  }
  return dayInMonth(rng, history, trendingMonth(rng, history, APPLICATIONS_RISING));
}

function apply(ledger: HousingLedger, rng: Random, household: Household, reference: string, first: boolean): void {
  const { history } = ledger;
  const applied = first ? applicationDay(rng, history, household) : dayInMonth(rng, history, trendingMonth(rng, history, APPLICATIONS_RISING));
  const moved = household.previous !== null && household.currentSince > applied;
  const duty = rng.weighted([['prevention', 0.55], ['relief', 0.3], ['main duty', 0.15]] as const);
  const reason = household.tenure === 'private rented' && rng.chance(0.4) ? 'end of private tenancy' : rng.weighted(REASONS);
  const decidedDay = applied + rng.between(10, 120);
  const decided = decidedDay <= history.asOfDay;
  const outcome = !decided
    ? 'ongoing'
    : moved
      ? 'accommodation secured'
      : rng.weighted([['accommodation secured', 0.35], ['no longer eligible', 0.15], ['contact lost', 0.25], ['intentionally homeless', 0.05]]);
  const address = moved && household.previous ? household.previous : household.current;
  ledger.applications.push({
    application_id: '',
    household_id: reference,
    applied_on: isoDate(applied),
    duty,
    reason,
    outcome,
    decided_on: decided ? isoDate(decidedDay) : null,
    lsoa_code: address.lsoa_code,
    local_authority_code: address.local_authority_code,
  });

  if (reason === 'end of private tenancy') {
    ledger.tenancy(rng, reference, 'private rented', applied - rng.between(365, 365 * 6), applied + rng.between(0, 56));
  }
  if (first && moved && household.tenure === 'private rented') {
    // Duty discharged into a private let: housing arranged it, so it holds the tenancy.
    ledger.tenancy(rng, reference, 'private rented', household.currentSince, null);
  }
  if (duty !== 'prevention' && rng.chance(0.55)) {
    const started = applied + rng.between(0, 10);
    if (started > history.asOfDay) return;
    const ended = moved && household.currentSince > started ? household.currentSince : decided && outcome === 'accommodation secured' ? decidedDay + rng.between(0, 60) : null;
    ledger.placements.push({
      placement_id: '',
      household_id: reference,
      kind: rng.weighted(PLACEMENTS),
      started_on: isoDate(started),
      ended_on: ended === null || ended > history.asOfDay ? null : isoDate(ended),
    });
  }
}

function householdHistory(ledger: HousingLedger, truth: GroundTruth, household: Household, reference: string): void {
  const rng = randomFor(truth.options.seed, household.index, 'housing', 'events');
  const planted = household.members.some((index) => truth.planted[index] === 1);
  const social = household.tenure === 'council' || household.tenure === 'housing association';
  if (social) {
    if (household.previous && household.previousSince !== null && rng.chance(0.5)) {
      ledger.tenancy(rng, reference, household.tenure, household.previousSince, household.currentSince);
    }
    const tenancy = ledger.tenancy(rng, reference, household.tenure, household.currentSince, null);
    ledger.arrearsHistory(rng, tenancy, planted);
  }
  if (household.homeless) {
    apply(ledger, rng, household, reference, true);
    if (rng.chance(0.1)) apply(ledger, rng, household, reference, false);
  }
}

export function housingEvents(truth: GroundTruth, people: HousingPeople): Omit<HousingRecords, 'households' | 'members'> {
  const ledger = new HousingLedger(historyUntil(truth.asOfDay));
  for (const [index, reference] of people.references) householdHistory(ledger, truth, truth.households[index], reference);
  const tenancies = numberInDateOrder(ledger.tenancies, (row) => row.started_on, (row, n) => (row.tenancy_id = padded('TEN-', n, 6)));
  const arrears: RentArrearsRow[] = ledger.arrears
    .map(({ tenancy, month, balance }) => ({ tenancy_id: tenancy.tenancy_id, month, balance }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.tenancy_id < b.tenancy_id ? -1 : 1));
  return {
    tenancies,
    applications: numberInDateOrder(ledger.applications, (row) => row.applied_on, (row, n) => (row.application_id = padded('HA-', n, 6))),
    temporaryAccommodation: numberInDateOrder(ledger.placements, (row) => row.started_on, (row, n) => (row.placement_id = padded('TA-', n, 6))),
    arrears,
  };
}
