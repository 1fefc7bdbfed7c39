import { sql, type Kysely } from 'kysely';
import { identifyingColumns } from '@joined-up/db';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('patients')
    .addColumn('nhs_number', 'char(10)', (column) => column.primaryKey())
    .$call(identifyingColumns('patients'))
    .addColumn('gp_practice_code', 'text', (column) => column.notNull())
    .addColumn('registered_on', 'date', (column) => column.notNull())
    .addColumn('national_opt_out', 'boolean', (column) => column.notNull().defaultTo(false))
    .addCheckConstraint('patients_nhs_number_digits', sql`nhs_number ~ '^[0-9]{10}$'`)
    .execute();
  await db.schema.createIndex('patients_area').on('patients').columns(['local_authority_code', 'lsoa_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('patients').execute();
}
