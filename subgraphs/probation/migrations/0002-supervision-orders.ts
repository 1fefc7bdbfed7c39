import { sql, type Kysely } from 'kysely';

/** Supervision orders and licences, each with the requirements the court or the licence set. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supervision_orders')
    .addColumn('order_id', 'text', (column) => column.primaryKey())
    .addColumn('crn', 'char(7)', (column) => column.notNull().references('probation_cases.crn'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('offence_category', 'text', (column) => column.notNull())
    .addColumn('sentenced_on', 'date', (column) => column.notNull())
    .addColumn('started_on', 'date', (column) => column.notNull())
    .addColumn('ends_on', 'date', (column) => column.notNull())
    .addColumn('ended_on', 'date')
    .addColumn('outcome', 'text')
    .addCheckConstraint('supervision_orders_kind', sql`kind in ('community order', 'suspended sentence order', 'licence')`)
    .addCheckConstraint('supervision_orders_outcome', sql`(ended_on is null and outcome is null) or outcome in ('completed', 'breached', 'revoked')`)
    .addCheckConstraint('supervision_orders_dates_in_order', sql`started_on >= sentenced_on and ends_on > started_on and (ended_on is null or ended_on >= started_on)`)
    .execute();
  await db.schema.createIndex('supervision_orders_case').on('supervision_orders').column('crn').execute();

  await db.schema
    .createTable('order_requirements')
    .addColumn('requirement_id', 'text', (column) => column.primaryKey())
    .addColumn('order_id', 'text', (column) => column.notNull().references('supervision_orders.order_id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('amount', 'integer')
    .addColumn('unit', 'text')
    .addColumn('completed', 'boolean', (column) => column.notNull())
    .addCheckConstraint('order_requirements_amount', sql`(amount is null) = (unit is null) and (amount is null or amount > 0)`)
    .execute();
  await db.schema.createIndex('order_requirements_order').on('order_requirements').column('order_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('order_requirements').execute();
  await db.schema.dropTable('supervision_orders').execute();
}
