import { sql, type Kysely } from 'kysely';

/**
 * The person index: which agency records denote the same person, under a
 * pseudonymous partnership id. The partnership holds linkage tokens sent by
 * the agencies, never their names or dates of birth.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('person_id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('people_id_format', sql`person_id ~ '^JU[0-9A-HJKMNP-TV-Z]{10}$'`)
    .execute();

  await db.schema
    .createTable('linkage_tokens')
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addColumn('record_id', 'text', (column) => column.notNull())
    .addColumn('exact_key', 'text', (column) => column.notNull())
    .addColumn('birth_month', 'text')
    .addColumn('local_authority_code', 'text')
    .addColumn('received_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('linkage_tokens_pkey', ['agency_id', 'record_id'])
    .execute();
  await db.schema.createIndex('linkage_tokens_exact_key').on('linkage_tokens').column('exact_key').execute();

  await db.schema
    .createTable('person_records')
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addColumn('record_id', 'text', (column) => column.notNull())
    .addColumn('person_id', 'text', (column) => column.notNull().references('people.person_id'))
    .addColumn('linked_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('person_records_pkey', ['agency_id', 'record_id'])
    .execute();
  await db.schema.createIndex('person_records_person').on('person_records').column('person_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_records').execute();
  await db.schema.dropTable('linkage_tokens').execute();
  await db.schema.dropTable('people').execute();
}
