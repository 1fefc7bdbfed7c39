/**
 * Referrals to local services and monthly participation. Each client comes
 * through at least one referral in the history; young people mostly to youth
 * clubs, sport and mentoring, adults under pressure to food banks and advice.
 * The planted cohort are referred more, often by police and schools.
 */
import type { ClientRow, ParticipationRow, ServiceReferralRow, ServiceRow, VoluntaryRecords } from './agency-records.js';
import { ageInYears, isoDate, isoMonth, monthIndexOf } from './dates.js';
import type { GroundTruth } from './ground-truth.js';
import { addressOn, dayInMonth, historyUntil, trendingMonth, type History } from './history.js';
import { knownToHousing } from './membership.js';
import { rowsByPerson, type PersonTable } from './person-table.js';
import { randomFor, type Random, type Weights } from './prng.js';
import { numberInDateOrder, padded } from './references.js';
import { servicesFor } from './voluntary-services.js';

/** Sessions a month a participant typically attends, by category. */
const SESSIONS: Record<string, [number, number]> = {
  'youth club': [2, 8],
  mentoring: [1, 4],
  sport: [2, 8],
  'food bank': [1, 3],
  'debt advice': [1, 2],
  'mental health support': [2, 4],
  'family support': [1, 4],
  'housing advice': [1, 2],
};

interface Need {
  age: number;
  planted: boolean;
  housingPressure: boolean;
  homeless: boolean;
  children: boolean;
}

function need(category: string, who: Need): number {
  const young = who.age < 25;
  switch (category) {
    case 'youth club':
    case 'sport':
      return young ? 3 : 0;
    case 'mentoring':
      return who.planted ? 5 : young ? 1 : 0;
    case 'mental health support':
      return who.planted ? 2 : 1.2;
    case 'food bank':
      return who.housingPressure ? 4 : 1.5;
    case 'debt advice':
      return who.housingPressure ? 3 : 1.5;
    case 'housing advice':
      return who.homeless ? 5 : 0.6;
    case 'family support':
      return who.children && !young ? 2.5 : who.age < 12 ? 1 : 0.2;
    default:
      return 1;
  }
}

function referrer(who: Need): Weights<string> {
  if (who.planted) return [['police', 0.3], ['school', 0.3], ['health', 0.15], ['housing', 0.1], ['self', 0.15]];
  if (who.age < 19) return [['school', 0.35], ['self', 0.35], ['health', 0.1], ['police', 0.1], ['housing', 0.1]];
  return [['self', 0.45], ['health', 0.2], ['housing', 0.25], ['police', 0.05], ['school', 0.05]];
}

class VoluntaryLedger {
  readonly referrals: ServiceReferralRow[] = [];
  readonly participation = new Map<string, ParticipationRow>();

  constructor(readonly history: History) {}

  refer(rng: Random, clientId: string, service: ServiceRow, day: number, who: Need): void {
    const history = this.history;
    // Taken-up referrals run for a few months: 'completed' once they have ended, 'accepted' while running.
    const lastMonth = history.months[history.months.length - 1];
    const start = monthIndexOf(day) + (rng.chance(0.5) ? 1 : 0);
    const end = start + rng.between(1, 12);
    const status = history.asOfDay - day < 21 ? 'waiting' : rng.chance(0.2) ? 'declined' : end < lastMonth ? 'completed' : 'accepted';
    this.referrals.push({
      referral_id: '',
      client_id: clientId,
      service_id: service.service_id,
      referred_on: isoDate(day),
      referred_by: rng.weighted(referrer(who)),
      status,
    });
    if (status !== 'accepted' && status !== 'completed') return;
    const [low, high] = SESSIONS[service.category];
    for (let month = start; month <= Math.min(end, lastMonth); month++) {
      const key = `${clientId}|${service.service_id}|${month}`;
      const row = this.participation.get(key);
      const sessions = rng.between(low, high);
      if (row) row.sessions_attended += sessions;
      else this.participation.set(key, { client_id: clientId, service_id: service.service_id, month: isoMonth(month), sessions_attended: sessions });
    }
  }
}

export function voluntaryEvents(truth: GroundTruth, clients: PersonTable<ClientRow>): Omit<VoluntaryRecords, 'organisations' | 'services' | 'clients'> {
  const history = historyUntil(truth.asOfDay);
  const ledger = new VoluntaryLedger(history);
  const byPerson = rowsByPerson(clients, truth.residents.length);
  for (const resident of truth.residents) {
    const first = byPerson.first[resident.index];
    if (first < 0) continue;
    const second = byPerson.second[resident.index];
    const rng = randomFor(truth.options.seed, resident.index, 'voluntary', 'events');
    const planted = truth.planted[resident.index] === 1;
    const household = truth.households[resident.household];
    const hasChildren = household.members.some((index) => truth.residents[index].role === 'child');
    const wanted = planted ? 2 + rng.poisson(1) : 1 + rng.poisson(0.3);
    for (let n = 0, made = 0; n < wanted * 3 && made < wanted; n++) {
      const day = Math.max(resident.birthDay, dayInMonth(rng, history, trendingMonth(rng, history, 0.05)));
      const who: Need = {
        age: ageInYears(resident.birthDay, day),
        planted,
        housingPressure: knownToHousing(household),
        homeless: household.homeless,
        children: hasChildren,
      };
      const options = servicesFor(addressOn(resident.person, isoDate(day)).local_authority_code, who.age)
        .map((service) => [service, need(service.category, who)] as const)
        .filter(([, weight]) => weight > 0);
      if (options.length === 0) continue;
      const clientId = second >= 0 && rng.chance(0.5) ? clients.rows[second].client_id : clients.rows[first].client_id;
      ledger.refer(rng, clientId, rng.weighted(options), day, who);
      made++;
    }
  }
  const participation = [...ledger.participation.values()].sort((a, b) =>
    a.month < b.month ? -1 : a.month > b.month ? 1 : a.client_id < b.client_id ? -1 : a.client_id > b.client_id ? 1 : a.service_id < b.service_id ? -1 : 1,
  );
  return {
    referrals: numberInDateOrder(ledger.referrals, (row) => row.referred_on, (row, n) => (row.referral_id = padded('VR-', n, 6))),
    participation,
  };
}
