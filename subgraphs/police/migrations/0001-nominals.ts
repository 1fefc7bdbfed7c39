import type { Kysely } from 'kysely';
import { identifyingColumns } from '@joined-up/db';

/** Nominals: everyone the force holds a person record for, as suspect, victim or witness. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('nominals')
    .addColumn('nominal_id', 'text', (column) => column.primaryKey())
    .$call(identifyingColumns('nominals'))
    .execute();
  await db.schema.createIndex('nominals_area').on('nominals').columns(['local_authority_code', 'lsoa_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('nominals').execute();
}
