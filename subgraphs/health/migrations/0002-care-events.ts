import { sql, type Kysely } from 'kysely';

/** A&E attendances, hospital admissions and CAMHS referrals, each tied to a patient. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ae_attendances')
    .addColumn('attendance_id', 'text', (column) => column.primaryKey())
    .addColumn('nhs_number', 'char(10)', (column) => column.notNull().references('patients.nhs_number'))
    .addColumn('arrived_at', 'timestamptz', (column) => column.notNull())
    .addColumn('chief_complaint', 'text', (column) => column.notNull())
    .addColumn('disposal', 'text', (column) => column.notNull())
    .addColumn('lsoa_code', 'char(9)')
    .addColumn('local_authority_code', 'char(9)')
    .execute();
  await db.schema.createIndex('ae_attendances_patient').on('ae_attendances').column('nhs_number').execute();
  await db.schema
    .createIndex('ae_attendances_area_time')
    .on('ae_attendances')
    .columns(['local_authority_code', 'arrived_at'])
    .execute();

  await db.schema
    .createTable('admissions')
    .addColumn('admission_id', 'text', (column) => column.primaryKey())
    .addColumn('nhs_number', 'char(10)', (column) => column.notNull().references('patients.nhs_number'))
    .addColumn('admitted_on', 'date', (column) => column.notNull())
    .addColumn('discharged_on', 'date')
    .addColumn('method', 'text', (column) => column.notNull())
    .addColumn('primary_diagnosis', 'text', (column) => column.notNull())
    .addColumn('self_harm', 'boolean', (column) => column.notNull())
    .addColumn('lsoa_code', 'char(9)')
    .addColumn('local_authority_code', 'char(9)')
    .addCheckConstraint('admissions_dates_in_order', sql`discharged_on is null or discharged_on >= admitted_on`)
    .addCheckConstraint('admissions_method', sql`method in ('emergency', 'elective')`)
    .execute();
  await db.schema.createIndex('admissions_patient').on('admissions').column('nhs_number').execute();
  await db.schema.createIndex('admissions_area_time').on('admissions').columns(['local_authority_code', 'admitted_on']).execute();

  await db.schema
    .createTable('camhs_referrals')
    .addColumn('referral_id', 'text', (column) => column.primaryKey())
    .addColumn('nhs_number', 'char(10)', (column) => column.notNull().references('patients.nhs_number'))
    .addColumn('referred_on', 'date', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('first_seen_on', 'date')
    .execute();
  await db.schema.createIndex('camhs_referrals_patient').on('camhs_referrals').column('nhs_number').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('camhs_referrals').execute();
  await db.schema.dropTable('admissions').execute();
  await db.schema.dropTable('ae_attendances').execute();
}
