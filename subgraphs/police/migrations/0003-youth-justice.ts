import { sql, type Kysely } from 'kysely';

/** Youth justice interventions (out-of-court disposals and court orders), each for one nominal. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('youth_justice_interventions')
    .addColumn('intervention_id', 'text', (column) => column.primaryKey())
    .addColumn('nominal_id', 'text', (column) => column.notNull().references('nominals.nominal_id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('started_on', 'date', (column) => column.notNull())
    .addColumn('ended_on', 'date')
    .addColumn('first_time_entrant', 'boolean', (column) => column.notNull().defaultTo(false))
    .addCheckConstraint(
      'youth_justice_interventions_kind',
      sql`kind in ('triage', 'youth caution', 'youth conditional caution', 'referral order', 'youth rehabilitation order', 'custody')`,
    )
    .addCheckConstraint('youth_justice_interventions_dates_in_order', sql`ended_on is null or ended_on >= started_on`)
    .execute();
  await db.schema.createIndex('youth_justice_interventions_nominal').on('youth_justice_interventions').column('nominal_id').execute();
  await db.schema.createIndex('youth_justice_interventions_started').on('youth_justice_interventions').column('started_on').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('youth_justice_interventions').execute();
}
