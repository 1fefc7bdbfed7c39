import { sql, type Kysely } from 'kysely';

/**
 * Referrals of clients to services, and the sessions each client attended at
 * each service month by month. Neither carries an address: area figures
 * count clients by where they live, through the clients table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_referrals')
    .addColumn('referral_id', 'text', (column) => column.primaryKey())
    .addColumn('client_id', 'text', (column) => column.notNull().references('clients.client_id'))
    .addColumn('service_id', 'text', (column) => column.notNull().references('services.service_id'))
    .addColumn('referred_on', 'date', (column) => column.notNull())
    .addColumn('referred_by', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addCheckConstraint('service_referrals_referred_by', sql`referred_by in ('police', 'school', 'health', 'housing', 'self')`)
    .addCheckConstraint('service_referrals_status', sql`status in ('waiting', 'accepted', 'declined', 'completed')`)
    .execute();
  await db.schema.createIndex('service_referrals_client').on('service_referrals').column('client_id').execute();
  await db.schema.createIndex('service_referrals_time').on('service_referrals').columns(['referred_on', 'client_id']).execute();

  await db.schema
    .createTable('participation')
    .addColumn('client_id', 'text', (column) => column.notNull().references('clients.client_id'))
    .addColumn('service_id', 'text', (column) => column.notNull().references('services.service_id'))
    .addColumn('month', 'date', (column) => column.notNull())
    .addColumn('sessions_attended', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('participation_pkey', ['client_id', 'service_id', 'month'])
    .addCheckConstraint('participation_month_first_day', sql`extract(day from month) = 1`)
    .addCheckConstraint('participation_sessions_non_negative', sql`sessions_attended >= 0`)
    .execute();
  // The primary key already serves lookups by client. Area figures select by
  // month, and count a service as active when it has sessions in the period.
  await db.schema.createIndex('participation_time').on('participation').columns(['month', 'client_id']).execute();
  await db.schema.createIndex('participation_service_time').on('participation').columns(['service_id', 'month']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('participation').execute();
  await db.schema.dropTable('service_referrals').execute();
}
