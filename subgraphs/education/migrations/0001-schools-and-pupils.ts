import { sql, type Kysely } from 'kysely';
import { identifyingColumns } from '@joined-up/db';

/** The census of schools and the pupils on their rolls, each under the UPN a school issued. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('schools')
    .addColumn('urn', 'char(6)', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('phase', 'text', (column) => column.notNull())
    .addColumn('lsoa_code', 'char(9)', (column) => column.notNull())
    .addColumn('local_authority_code', 'char(9)', (column) => column.notNull())
    .addCheckConstraint('schools_urn_digits', sql`urn ~ '^[0-9]{6}$'`)
    .addCheckConstraint('schools_phase', sql`phase in ('primary', 'secondary', 'special', 'alternative provision')`)
    .execute();
  await db.schema.createIndex('schools_area').on('schools').columns(['local_authority_code', 'lsoa_code']).execute();

  await db.schema
    .createTable('pupils')
    .addColumn('upn', 'char(13)', (column) => column.primaryKey())
    .$call(identifyingColumns('pupils'))
    .addColumn('school_urn', 'char(6)', (column) => column.notNull().references('schools.urn'))
    .addColumn('free_school_meals', 'boolean', (column) => column.notNull())
    .addColumn('sen_status', 'text', (column) => column.notNull())
    .addCheckConstraint('pupils_upn_format', sql`upn ~ '^[A-Z][0-9]{12}$'`)
    .addCheckConstraint('pupils_sen_status', sql`sen_status in ('none', 'SEN support', 'EHC plan')`)
    .execute();
  // Area figures count pupils where they live, so the area is the way in.
  await db.schema.createIndex('pupils_area').on('pupils').columns(['local_authority_code', 'lsoa_code']).execute();
  await db.schema.createIndex('pupils_school').on('pupils').column('school_urn').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pupils').execute();
  await db.schema.dropTable('schools').execute();
}
