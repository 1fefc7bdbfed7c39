import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest } from '@joined-up/db';
import { ageOn } from '@joined-up/synthetic';
import { startTestSubgraph, officers, type TestSubgraph } from '@joined-up/testing';
import { migrations } from '../../migrations/index.js';
import { probationRecords } from '../../seed/probation-records.js';
import { probationSubgraph } from '../server.js';
import type { ProbationTables } from '../tables.js';

const probationOfficer = { officerId: 'probation-caseworker', agency: 'probation', roles: ['caseworker'], purpose: 'safeguarding' };

const PERSON_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id probation { cases { crn familyName office } orders { id kind outcome endedOn requirements { kind amount unit completed } } } }
  }
}`;

const AREA_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Area { code probation(from: "2024-01", to: "2025-12") { ordersStarted { value suppressed } peopleUnderSupervision { value suppressed } ordersBreached { value } } }
  }
}`;

const INDICATOR_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on ProbationIndicator { id values(from: "2025-01", to: "2025-12") { period count value } trend } }
}`;

describe('the probation subgraph on its own', () => {
  let probation: TestSubgraph<ProbationTables>;

  beforeAll(async () => {
    probation = await startTestSubgraph(probationSubgraph, 'probation-subgraph');
  });
  afterAll(() => probation?.stop());

  it('seeds people the police charged as adults, each recorded once as the court knew them', async () => {
    expect(await migrateToLatest(probation.database.db, 'probation', migrations)).toEqual([]);
    const cases = await probation.database.db.selectFrom('probation_cases').selectAll().execute();
    expect(cases.length).toBe(probationRecords(probation.population).cases.length);
    expect(cases.length).toBeGreaterThan(5);
    const adultsCharged = new Set<string>();
    const police = probation.population.records('police');
    const charged = new Map(police.offences.filter((offence) => offence.outcome === 'charged or summonsed').map((offence) => [offence.offence_id, offence]));
    const personOf = new Map(probation.population.truth().filter((link) => link.agency === 'police').map((link) => [link.record_id, link.person_id]));
    const people = new Map(probation.population.people().map((person) => [person.person_id, person]));
    for (const involvement of police.involvements) {
      const offence = charged.get(involvement.offence_id);
      const person = people.get(personOf.get(involvement.nominal_id)!);
      if (involvement.role === 'suspect' && offence && person && ageOn(person.date_of_birth, offence.committed_on) >= 18) {
        adultsCharged.add(`${person.given_name}|${person.family_name}|${person.date_of_birth}`);
      }
    }
    for (const row of cases) expect(adultsCharged.has(`${row.given_name}|${row.family_name}|${row.date_of_birth}`)).toBe(true);
    const orders = await probation.database.db.selectFrom('supervision_orders').selectAll().execute();
    expect(orders.length).toBeGreaterThanOrEqual(cases.length);
    expect(orders.every((order) => order.started_on >= order.sentenced_on && order.ends_on > order.started_on)).toBe(true);
  });

  it('resolves a person reference to the probation view for a probation officer, with requirements, and audits each category', async () => {
    const row = await probation.database.db.selectFrom('probation_cases').selectAll().orderBy('crn').executeTakeFirstOrThrow();
    const response = await probation.query(probationOfficer, PERSON_QUERY, { variables: { representations: [probation.person('JU0000000001', [row.crn])] } });
    expect(response.errors).toBeUndefined();
    const view = response.data._entities[0].probation;
    expect(view.cases).toEqual([{ crn: row.crn, familyName: row.family_name, office: row.office }]);
    const orders = await probation.database.db.selectFrom('supervision_orders').select('order_id').where('crn', '=', row.crn).execute();
    expect(view.orders.map((order: { id: string }) => order.id).sort()).toEqual(orders.map((order) => order.order_id).sort());
    const requirements = await probation.database.db
      .selectFrom('order_requirements')
      .select('requirement_id')
      .where('order_id', 'in', orders.map((order) => order.order_id))
      .execute();
    expect(view.orders.flatMap((order: { requirements: unknown[] }) => order.requirements)).toHaveLength(requirements.length);
    expect(requirements.length).toBeGreaterThan(0);

    const audit = await probation.database.db
      .selectFrom('audit_entries' as never)
      .select(['category', 'basis', 'subject_person_id'] as never[])
      .where('subject_record_id' as never, '=', row.crn as never)
      .execute();
    expect(audit.map((entry: any) => entry.category).sort()).toEqual(['probation.case', 'probation.orders']);
    expect(audit.every((entry: any) => entry.basis === 'own-agency' && entry.subject_person_id === 'JU0000000001')).toBe(true);
  });

  it('answers null for a person probation holds no record of, and refuses a representation it did not get from the person index', async () => {
    const none = await probation.query(probationOfficer, PERSON_QUERY, { variables: { representations: [probation.person('JU0000000002', [])] } });
    expect(none.errors).toBeUndefined();
    expect(none.data._entities[0].probation).toBeNull();
    const forged = await probation.query(probationOfficer, PERSON_QUERY, {
      variables: { representations: [{ __typename: 'Person', id: 'JU0000000002', probationRecordIds: ['X000001'] }] },
    });
    expect(forged.data._entities[0].probation).toBeNull();
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'unverified-representation' });
  });

  it('refuses another agency when it cannot read the register of sharing agreements', async () => {
    const row = await probation.database.db.selectFrom('probation_cases').selectAll().orderBy('crn').executeTakeFirstOrThrow();
    const response = await probation.query(officers.policeCaseworker, PERSON_QUERY, { variables: { representations: [probation.person('JU0000000003', [row.crn])] } });
    expect(response.data._entities[0].probation).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.text).not.toContain(row.family_name);
  });

  it('computes area figures from its own tables, under disclosure control', async () => {
    const response = await probation.query(probationOfficer, AREA_QUERY, {
      variables: { representations: [{ __typename: 'Area', code: 'E09000022' }, { __typename: 'Area', code: 'E09000023' }] },
    });
    expect(response.errors).toBeUndefined();
    for (const area of response.data._entities) {
      const { rows } = await sql<{ count: number }>`
        select count(*)::int as count from supervision_orders o join probation_cases c using (crn)
        where c.local_authority_code = ${area.code} and o.started_on >= '2024-01-01' and o.started_on < '2026-01-01'`.execute(probation.database.db);
      const raw = rows[0].count;
      expect(area.probation.ordersStarted.value).toBe(raw === 0 ? 0 : raw <= 7 ? null : Math.round(raw / 5) * 5);
      expect(area.probation.ordersStarted.suppressed).toBe(raw >= 1 && raw <= 7);
    }
  });

  it('computes its declared measure for indicators', async () => {
    const response = await probation.query(probationOfficer, INDICATOR_QUERY, {
      variables: {
        representations: [
          { __typename: 'ProbationIndicator', id: 'IND-TEST', measure: 'people-under-supervision', areaCode: 'E09000022', granularity: 'MONTH', polarity: 'LOWER_IS_BETTER' },
        ],
      },
    });
    expect(response.errors).toBeUndefined();
    const values = response.data._entities[0].values;
    expect(values.map((value: { period: string }) => value.period)).toEqual(Array.from({ length: 12 }, (_, month) => `2025-${String(month + 1).padStart(2, '0')}`));
    const { rows } = await sql<{ count: number }>`
      select count(distinct o.crn)::int as count from supervision_orders o join probation_cases c using (crn)
      where c.local_authority_code = 'E09000022' and o.started_on < '2025-07-01' and (o.ended_on is null or o.ended_on >= '2025-06-30')`.execute(probation.database.db);
    const june = values.find((value: { period: string }) => value.period === '2025-06');
    expect(june.count).toBe(rows[0].count === 0 ? 0 : rows[0].count <= 7 ? null : Math.round(rows[0].count / 5) * 5);
  });
});
