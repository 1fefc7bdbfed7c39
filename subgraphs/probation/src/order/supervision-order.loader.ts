import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { definePersonalLoader } from '@joined-up/service';
import type { OrderRequirementRecord, ProbationTables, SupervisionOrderRecord } from '../tables.js';

/**
 * Orders of many cases with their requirements, in one statement for any
 * number of people (the audited read is one statement: a second would be a
 * second read to audit).
 */
export const ordersOfSubject = definePersonalLoader<ProbationTables, SupervisionOrderRecord & { requirements: OrderRequirementRecord[] }>({
  name: 'ordersOfSubject',
  category: 'probation.orders',
  field: 'orders',
  read: (db, crns) =>
    db
      .selectFrom('supervision_orders as o')
      .selectAll('o')
      .select((eb) =>
        jsonArrayFrom(eb.selectFrom('order_requirements as r').selectAll('r').whereRef('r.order_id', '=', 'o.order_id').orderBy('r.requirement_id')).as('requirements'),
      )
      .where('o.crn', 'in', crns)
      .orderBy('o.sentenced_on', 'desc')
      .orderBy('o.order_id', 'desc'),
  recordIdOf: (row) => row.crn,
});
