import { sql, type Kysely } from 'kysely';

/** Nominals: everyone the force holds a person record for, as suspect, victim or witness. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('nominals')
    .addColumn('nominal_id', 'text', (column) => column.primaryKey())
    .addColumn('given_name', 'text', (column) => column.notNull())
    .addColumn('family_name', 'text', (column) => column.notNull())
    .addColumn('date_of_birth', 'date')
    .addColumn('sex', 'char(1)')
    .addColumn('postcode', 'text')
    .addColumn('address_line', 'text')
    .addColumn('lsoa_code', 'char(9)')
    .addColumn('local_authority_code', 'char(9)')
    .addCheckConstraint('nominals_sex', sql`sex in ('F', 'M')`)
    .execute();
  await db.schema.createIndex('nominals_area').on('nominals').columns(['local_authority_code', 'lsoa_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('nominals').execute();
}
