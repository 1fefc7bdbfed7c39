import { sql, type Kysely } from 'kysely';

/**
 * Monthly attendance and suspensions/permanent exclusions, each tied to a
 * pupil and the school where it happened. Neither carries an area: figures
 * count pupils where they live, through the pupil, so both are indexed by
 * UPN then date, which serves a person's history and an area's period alike.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attendance')
    .addColumn('upn', 'char(13)', (column) => column.notNull().references('pupils.upn'))
    .addColumn('school_urn', 'char(6)', (column) => column.notNull().references('schools.urn'))
    .addColumn('month', 'date', (column) => column.notNull())
    .addColumn('possible_sessions', 'integer', (column) => column.notNull())
    .addColumn('authorised_absences', 'integer', (column) => column.notNull())
    .addColumn('unauthorised_absences', 'integer', (column) => column.notNull())
    // The primary key (upn, month) is also the index by record id and date.
    .addPrimaryKeyConstraint('attendance_pkey', ['upn', 'month'])
    .addCheckConstraint('attendance_month_starts', sql`extract(day from month) = 1`)
    .addCheckConstraint(
      'attendance_sessions_add_up',
      sql`possible_sessions >= 0 and authorised_absences >= 0 and unauthorised_absences >= 0
          and authorised_absences + unauthorised_absences <= possible_sessions`,
    )
    .execute();
  // A whole local authority over a period reads most pupils: scanning by month beats probing each UPN.
  await db.schema.createIndex('attendance_month').on('attendance').column('month').execute();

  await db.schema
    .createTable('exclusions')
    .addColumn('exclusion_id', 'text', (column) => column.primaryKey())
    .addColumn('upn', 'char(13)', (column) => column.notNull().references('pupils.upn'))
    .addColumn('school_urn', 'char(6)', (column) => column.notNull().references('schools.urn'))
    .addColumn('start_date', 'date', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('days', 'integer')
    .addColumn('reason', 'text', (column) => column.notNull())
    .addCheckConstraint('exclusions_kind', sql`kind in ('suspension', 'permanent exclusion')`)
    // A suspension lasts a number of school days; a permanent exclusion has no length.
    .addCheckConstraint('exclusions_days_match_kind', sql`case kind when 'suspension' then days > 0 else days is null end`)
    .addCheckConstraint(
      'exclusions_reason',
      sql`reason in ('persistent disruptive behaviour', 'physical assault against a pupil', 'physical assault against an adult', 'verbal abuse', 'drug and alcohol related', 'other')`,
    )
    .execute();
  await db.schema.createIndex('exclusions_pupil_date').on('exclusions').columns(['upn', 'start_date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('exclusions').execute();
  await db.schema.dropTable('attendance').execute();
}
