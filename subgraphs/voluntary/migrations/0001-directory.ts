import { sql, type Kysely } from 'kysely';

/**
 * The directory of organisations and the services they run, in the spirit of
 * Open Referral UK: each service has one taxonomy category, the local
 * authority it serves and an optional age range.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('organisation_id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('charity_number', 'text')
    .addColumn('description', 'text', (column) => column.notNull())
    .addCheckConstraint('organisations_charity_number_digits', sql`charity_number ~ '^[0-9]{6,8}$'`)
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('service_id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.organisation_id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('local_authority_code', 'char(9)', (column) => column.notNull())
    .addColumn('minimum_age', 'integer')
    .addColumn('maximum_age', 'integer')
    .addCheckConstraint(
      'services_category',
      sql`category in ('youth club', 'mentoring', 'sport', 'food bank', 'debt advice', 'mental health support', 'family support', 'housing advice')`,
    )
    .addCheckConstraint('services_ages_non_negative', sql`minimum_age >= 0 and maximum_age >= 0`)
    .addCheckConstraint('services_ages_in_order', sql`minimum_age is null or maximum_age is null or minimum_age <= maximum_age`)
    .execute();
  await db.schema.createIndex('services_organisation').on('services').column('organisation_id').execute();
  await db.schema.createIndex('services_area_category').on('services').columns(['local_authority_code', 'category']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('services').execute();
  await db.schema.dropTable('organisations').execute();
}
