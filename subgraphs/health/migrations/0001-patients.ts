import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('patients')
    .addColumn('nhs_number', 'char(10)', (column) => column.primaryKey())
    .addColumn('given_name', 'text', (column) => column.notNull())
    .addColumn('family_name', 'text', (column) => column.notNull())
    .addColumn('date_of_birth', 'date')
    .addColumn('sex', 'char(1)')
    .addColumn('postcode', 'text')
    .addColumn('address_line', 'text')
    .addColumn('lsoa_code', 'char(9)')
    .addColumn('local_authority_code', 'char(9)')
    .addColumn('gp_practice_code', 'text', (column) => column.notNull())
    .addColumn('registered_on', 'date', (column) => column.notNull())
    .addColumn('national_opt_out', 'boolean', (column) => column.notNull().defaultTo(false))
    .addCheckConstraint('patients_sex', sql`sex in ('F', 'M')`)
    .addCheckConstraint('patients_nhs_number_digits', sql`nhs_number ~ '^[0-9]{10}$'`)
    .execute();
  await db.schema.createIndex('patients_area').on('patients').columns(['local_authority_code', 'lsoa_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('patients').execute();
}
