import { sql, type Kysely } from 'kysely';

/** The partnership's directory: member agencies and their officers. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agencies')
    .addColumn('agency_id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addCheckConstraint('agencies_id_format', sql`agency_id ~ '^[a-z][a-z-]*$'`)
    .execute();

  await db.schema
    .createTable('officers')
    .addColumn('officer_id', 'text', (column) => column.primaryKey())
    .addColumn('agency_id', 'text', (column) => column.notNull().references('agencies.agency_id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('job_title', 'text', (column) => column.notNull())
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('roles', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    .execute();
  await db.schema.createIndex('officers_agency').on('officers').column('agency_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('officers').execute();
  await db.schema.dropTable('agencies').execute();
}
