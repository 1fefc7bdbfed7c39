import { sql, type Kysely } from 'kysely';
import { identifyingColumns } from '@joined-up/db';

/** Client records under the organisations' shared client reference: the voluntary sector's person records. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('clients')
    .addColumn('client_id', 'text', (column) => column.primaryKey())
    .$call(identifyingColumns('clients'))
    .addCheckConstraint('clients_client_id_format', sql`client_id ~ '^VC-[0-9]{6,}$'`)
    .execute();
  await db.schema.createIndex('clients_area').on('clients').columns(['local_authority_code', 'lsoa_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('clients').execute();
}
