import { sql, type Kysely } from 'kysely';
import { identifyingColumns } from '@joined-up/db';

/** Probation cases: one per person the service supervises, under a case reference number (CRN). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('probation_cases')
    .addColumn('crn', 'char(7)', (column) => column.primaryKey())
    .$call(identifyingColumns('probation_cases'))
    .addColumn('office', 'text', (column) => column.notNull())
    .addCheckConstraint('probation_cases_crn_format', sql`crn ~ '^X[0-9]{6}$'`)
    .execute();
  await db.schema.createIndex('probation_cases_area').on('probation_cases').columns(['local_authority_code', 'lsoa_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('probation_cases').execute();
}
