import { sql, type Kysely } from 'kysely';

/**
 * Tenancies with their monthly rent arrears, homelessness applications and
 * temporary accommodation placements. Each belongs to a household, never to
 * one member: housing deals with households, and a member's records are
 * reached through their household.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tenancies')
    .addColumn('tenancy_id', 'text', (column) => column.primaryKey())
    .addColumn('household_id', 'text', (column) => column.notNull().references('households.household_id'))
    .addColumn('tenure', 'text', (column) => column.notNull())
    .addColumn('started_on', 'date', (column) => column.notNull())
    .addColumn('ended_on', 'date')
    .addColumn('weekly_rent', 'numeric(8, 2)', (column) => column.notNull())
    .addCheckConstraint('tenancies_tenure', sql`tenure in ('council', 'housing association', 'private rented')`)
    .addCheckConstraint('tenancies_dates_in_order', sql`ended_on is null or ended_on >= started_on`)
    .addCheckConstraint('tenancies_weekly_rent', sql`weekly_rent >= 0`)
    .execute();
  await db.schema.createIndex('tenancies_household').on('tenancies').column('household_id').execute();

  await db.schema
    .createTable('rent_arrears')
    .addColumn('tenancy_id', 'text', (column) => column.notNull().references('tenancies.tenancy_id'))
    .addColumn('month', 'date', (column) => column.notNull())
    .addColumn('balance', 'numeric(10, 2)', (column) => column.notNull())
    .addPrimaryKeyConstraint('rent_arrears_pkey', ['tenancy_id', 'month'])
    .addCheckConstraint('rent_arrears_month_start', sql`month = date_trunc('month', month)::date`)
    // A month with nothing owed has no row: a balance is always a debt.
    .addCheckConstraint('rent_arrears_balance_owed', sql`balance > 0`)
    .execute();
  await db.schema.createIndex('rent_arrears_month').on('rent_arrears').column('month').execute();

  await db.schema
    .createTable('homelessness_applications')
    .addColumn('application_id', 'text', (column) => column.primaryKey())
    .addColumn('household_id', 'text', (column) => column.notNull().references('households.household_id'))
    .addColumn('applied_on', 'date', (column) => column.notNull())
    .addColumn('duty', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('decided_on', 'date')
    .addColumn('lsoa_code', 'char(9)', (column) => column.notNull())
    .addColumn('local_authority_code', 'char(9)', (column) => column.notNull())
    .addCheckConstraint('homelessness_applications_duty', sql`duty in ('prevention', 'relief', 'main duty')`)
    .addCheckConstraint(
      'homelessness_applications_reason',
      sql`reason in ('family or friends no longer willing to accommodate', 'end of private tenancy', 'domestic abuse', 'rent arrears', 'other')`,
    )
    .addCheckConstraint(
      'homelessness_applications_outcome',
      sql`outcome in ('accommodation secured', 'ongoing', 'no longer eligible', 'contact lost', 'intentionally homeless')`,
    )
    .addCheckConstraint('homelessness_applications_dates_in_order', sql`decided_on is null or decided_on >= applied_on`)
    .execute();
  await db.schema.createIndex('homelessness_applications_household').on('homelessness_applications').column('household_id').execute();
  await db.schema
    .createIndex('homelessness_applications_area_time')
    .on('homelessness_applications')
    .columns(['local_authority_code', 'applied_on'])
    .execute();

  await db.schema
    .createTable('temporary_accommodation')
    .addColumn('placement_id', 'text', (column) => column.primaryKey())
    .addColumn('household_id', 'text', (column) => column.notNull().references('households.household_id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('started_on', 'date', (column) => column.notNull())
    .addColumn('ended_on', 'date')
    .addCheckConstraint(
      'temporary_accommodation_kind',
      sql`kind in ('bed and breakfast', 'hostel', 'nightly paid', 'private sector leased')`,
    )
    .addCheckConstraint('temporary_accommodation_dates_in_order', sql`ended_on is null or ended_on >= started_on`)
    .execute();
  await db.schema.createIndex('temporary_accommodation_household').on('temporary_accommodation').column('household_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('temporary_accommodation').execute();
  await db.schema.dropTable('homelessness_applications').execute();
  await db.schema.dropTable('rent_arrears').execute();
  await db.schema.dropTable('tenancies').execute();
}
