import { createHash } from 'node:crypto';
import { ageOn, type Population, type TruePerson } from '@joined-up/synthetic';
import type { ProbationTables } from '../src/tables.js';

type Row<Table extends keyof ProbationTables> = ProbationTables[Table];

export interface ProbationRecords {
  cases: Row<'probation_cases'>[];
  orders: Row<'supervision_orders'>[];
  requirements: Row<'order_requirements'>[];
}

/** A fraction in [0, 1) fixed by its inputs: the same population always gives the same probation records. */
function chance(...parts: (string | number)[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) / 2 ** 32;
}

function pick<T>(options: readonly T[], ...parts: (string | number)[]): T {
  return options[Math.floor(chance(...parts) * options.length)];
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

const REQUIREMENTS = [
  { kind: 'unpaid work', unit: 'hours', amounts: [40, 80, 120, 150, 200, 300] },
  { kind: 'rehabilitation activity', unit: 'days', amounts: [10, 15, 20, 30, 40] },
  { kind: 'curfew', unit: 'days', amounts: [30, 60, 90] },
  { kind: 'drug rehabilitation', unit: null, amounts: [] },
  { kind: 'alcohol treatment', unit: null, amounts: [] },
  { kind: 'mental health treatment', unit: null, amounts: [] },
  { kind: 'accredited programme', unit: null, amounts: [] },
] as const;

/**
 * The probation service's view of the synthetic population, derived as a
 * court would have it: every adult suspect the police charged or summonsed
 * is sentenced a month or three later, most to a community order, some to a
 * suspended sentence, the rest to custody and then a licence; orders run their
 * term, most completed, some ended in breach. The service records each person
 * once, under a case reference number, from the details they give at court.
 */
export function probationRecords(population: Population): ProbationRecords {
  const asOf = population.options.asOf;
  const police = population.records('police');
  const people = new Map(population.people().map((person) => [person.person_id, person]));
  const personOfNominal = new Map(population.truth().filter((link) => link.agency === 'police').map((link) => [link.record_id, link.person_id]));
  const charged = new Map(police.offences.filter((offence) => offence.outcome === 'charged or summonsed').map((offence) => [offence.offence_id, offence]));

  // One sentence per person and offence, for adults charged or summonsed.
  const sentences = new Map<string, { person: TruePerson; offences: (typeof police.offences)[number][] }>();
  for (const involvement of police.involvements) {
    const offence = charged.get(involvement.offence_id);
    const person = people.get(personOfNominal.get(involvement.nominal_id) ?? '');
    if (involvement.role !== 'suspect' || !offence || !person || ageOn(person.date_of_birth, offence.committed_on) < 18) continue;
    const entry = sentences.get(person.person_id) ?? { person, offences: [] };
    if (!entry.offences.some((known) => known.offence_id === offence.offence_id)) entry.offences.push(offence);
    sentences.set(person.person_id, entry);
  }

  const records: ProbationRecords = { cases: [], orders: [], requirements: [] };
  const sorted = [...sentences.values()].sort((a, b) => a.person.person_id.localeCompare(b.person.person_id));
  for (const [index, { person, offences }] of sorted.entries()) {
    const crn = `X${String(index + 1).padStart(6, '0')}`;
    const orders = offences
      .sort((a, b) => a.committed_on.localeCompare(b.committed_on) || a.offence_id.localeCompare(b.offence_id))
      .map((offence) => sentence(offence, crn, asOf))
      .filter((order) => order !== null);
    if (orders.length === 0) continue;
    const address = person.addresses[person.addresses.length - 1];
    records.cases.push({
      crn,
      given_name: person.given_name,
      family_name: person.family_name,
      date_of_birth: person.date_of_birth,
      sex: person.sex,
      postcode: address.postcode,
      address_line: address.address_line,
      lsoa_code: address.lsoa_code,
      local_authority_code: address.local_authority_code,
      office: address.local_authority_code === 'E09000023' ? 'Lewisham probation delivery unit' : 'Lambeth probation delivery unit',
    });
    for (const order of orders) {
      records.orders.push(order);
      records.requirements.push(...requirementsOf(order, asOf));
    }
  }
  return records;
}

function sentence(offence: { offence_id: string; committed_on: string; category: string }, crn: string, asOf: string): Row<'supervision_orders'> | null {
  const sentencedOn = addDays(offence.committed_on, 30 + Math.floor(chance(offence.offence_id, 'court') * 60));
  if (sentencedOn > asOf) return null;
  const roll = chance(offence.offence_id, 'sentence');
  const kind = roll < 0.55 ? 'community order' : roll < 0.8 ? 'suspended sentence order' : 'licence';
  // A licence starts on release, after about half of a custodial term.
  const startedOn = kind === 'licence' ? addDays(sentencedOn, 90 + Math.floor(chance(offence.offence_id, 'custody') * 180)) : sentencedOn;
  if (startedOn > asOf) return null;
  const months = pick([6, 12, 18, 24], offence.offence_id, 'term');
  const endsOn = addDays(startedOn, Math.round(months * 30.4));
  const ending = chance(offence.offence_id, 'ending');
  const breachedOn = addDays(startedOn, Math.floor((Date.parse(endsOn) - Date.parse(startedOn)) / 86_400_000 * (0.2 + 0.6 * chance(offence.offence_id, 'breach day'))));
  const [endedOn, outcome] =
    ending < 0.15 && breachedOn <= asOf ? [breachedOn, 'breached'] : ending < 0.18 && breachedOn <= asOf ? [breachedOn, 'revoked'] : endsOn <= asOf ? [endsOn, 'completed'] : [null, null];
  return {
    order_id: `SO-${offence.offence_id.replace(/^CR-/, '')}`,
    crn,
    kind,
    offence_category: offence.category,
    sentenced_on: sentencedOn,
    started_on: startedOn,
    ends_on: endsOn,
    ended_on: endedOn,
    outcome,
  };
}

function requirementsOf(order: Row<'supervision_orders'>, asOf: string): Row<'order_requirements'>[] {
  const count = order.kind === 'licence' ? 1 : 1 + Math.floor(chance(order.order_id, 'requirements') * 3);
  const kinds = new Set<(typeof REQUIREMENTS)[number]>();
  for (let k = 0; kinds.size < count && k < 10; k++) kinds.add(pick(REQUIREMENTS, order.order_id, 'requirement', k));
  return [...kinds].map((requirement, k) => ({
    requirement_id: `${order.order_id}-R${k + 1}`,
    order_id: order.order_id,
    kind: requirement.kind,
    amount: requirement.unit ? pick(requirement.amounts, order.order_id, requirement.kind) : null,
    unit: requirement.unit,
    completed: order.outcome === 'completed' || (order.ended_on === null && order.ends_on <= asOf),
  }));
}
