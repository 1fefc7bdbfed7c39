import { sql, type Kysely } from 'kysely';

/**
 * Recorded offences, and which nominals were involved in each and how. Most
 * offences have no nominal at all (no suspect identified), so the place and
 * date live on the offence, not on the involvement.
 *
 * The vocabularies are written out here rather than imported: a migration
 * must keep meaning what it meant when it ran, whatever the code says later.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('offences')
    .addColumn('offence_id', 'text', (column) => column.primaryKey())
    .addColumn('committed_on', 'date', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('lsoa_code', 'char(9)', (column) => column.notNull())
    .addColumn('local_authority_code', 'char(9)', (column) => column.notNull())
    .addCheckConstraint(
      'offences_home_office_category',
      sql`category in ('violence against the person', 'robbery', 'theft', 'burglary', 'criminal damage and arson',
        'drug offences', 'possession of weapons', 'public order offences', 'sexual offences', 'vehicle offences')`,
    )
    .addCheckConstraint(
      'offences_outcome',
      sql`outcome in ('charged or summonsed', 'youth caution', 'community resolution', 'no further action',
        'under investigation', 'no suspect identified')`,
    )
    .execute();
  await db.schema.createIndex('offences_area_date').on('offences').columns(['local_authority_code', 'committed_on']).execute();
  await db.schema.createIndex('offences_lsoa_date').on('offences').columns(['lsoa_code', 'committed_on']).execute();

  await db.schema
    .createTable('offence_involvements')
    .addColumn('offence_id', 'text', (column) => column.notNull().references('offences.offence_id'))
    .addColumn('nominal_id', 'text', (column) => column.notNull().references('nominals.nominal_id'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('offence_involvements_pkey', ['offence_id', 'nominal_id', 'role'])
    .addCheckConstraint('offence_involvements_role', sql`role in ('suspect', 'victim', 'witness')`)
    .execute();
  await db.schema.createIndex('offence_involvements_nominal').on('offence_involvements').column('nominal_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('offence_involvements').execute();
  await db.schema.dropTable('offences').execute();
}
