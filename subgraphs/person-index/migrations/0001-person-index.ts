import { sql, type Kysely } from 'kysely';
import { createLinkageTables } from '@joined-up/linkage';
import { createIdempotencyKeysTable } from '@joined-up/service';

/**
 * The person index: which agency records denote the same person, under a
 * pseudonymous partnership id. It holds the linkage encodings the agencies
 * send (Bloom filters and keyed blocking keys, never names or dates of
 * birth), and each person carries the month of birth and local authority
 * most of their records agree on, for age- and area-banded cohorts. Agency
 * ids are not constrained by a foreign key: the directory of agencies is the
 * partnership's, in another database.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('person_id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('birth_month', 'text')
    .addColumn('local_authority_code', 'text')
    .addCheckConstraint('people_id_format', sql`person_id ~ '^JU[0-9A-HJKMNP-TV-Z]{10}$'`)
    .execute();
  await sql`create index people_cohort on people (local_authority_code, birth_month)`.execute(db);

  await db.schema
    .createTable('person_records')
    .addColumn('agency_id', 'text', (column) => column.notNull())
    .addColumn('record_id', 'text', (column) => column.notNull())
    .addColumn('person_id', 'text', (column) => column.notNull().references('people.person_id'))
    .addColumn('linked_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('person_records_pkey', ['agency_id', 'record_id'])
    .execute();
  await db.schema.createIndex('person_records_person').on('person_records').column('person_id').execute();

  await createLinkageTables(db);

  // Reviewers' decisions are sent with an idempotency key, so a resend records one decision.
  await createIdempotencyKeysTable(db);
}
