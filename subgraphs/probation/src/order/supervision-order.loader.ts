import { definePersonalLoader } from '@joined-up/service';
import type { OrderRequirementRecord, ProbationTables, SupervisionOrderRecord } from '../tables.js';

/** Orders of many cases with their requirements, in the one audited read: two statements for any number of people. */
export const ordersOfSubject = definePersonalLoader<ProbationTables, SupervisionOrderRecord & { requirements: OrderRequirementRecord[] }>({
  name: 'ordersOfSubject',
  category: 'probation.orders',
  field: 'orders',
  read: async (db, crns) => {
    const orders = await db.selectFrom('supervision_orders').selectAll().where('crn', 'in', crns).orderBy('sentenced_on', 'desc').orderBy('order_id', 'desc').execute();
    if (orders.length === 0) return [];
    const requirements = await db
      .selectFrom('order_requirements')
      .selectAll()
      .where('order_id', 'in', orders.map((order) => order.order_id))
      .orderBy('requirement_id')
      .execute();
    return orders.map((order) => ({ ...order, requirements: requirements.filter((requirement) => requirement.order_id === order.order_id) }));
  },
  recordIdOf: (row) => row.crn,
});
