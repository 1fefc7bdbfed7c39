import { sql, type Kysely } from 'kysely';

/** Client records under the organisations' shared client reference: the voluntary sector's person records. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('clients')
    .addColumn('client_id', 'text', (column) => column.primaryKey())
    .addColumn('given_name', 'text', (column) => column.notNull())
    .addColumn('family_name', 'text', (column) => column.notNull())
    .addColumn('date_of_birth', 'date')
    .addColumn('sex', 'char(1)')
    .addColumn('postcode', 'text')
    .addColumn('address_line', 'text')
    .addColumn('lsoa_code', 'char(9)')
    .addColumn('local_authority_code', 'char(9)')
    .addCheckConstraint('clients_sex', sql`sex in ('F', 'M')`)
    .addCheckConstraint('clients_client_id_format', sql`client_id ~ '^VC-[0-9]{6,}$'`)
    .execute();
  await db.schema.createIndex('clients_area').on('clients').columns(['local_authority_code', 'lsoa_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('clients').execute();
}
