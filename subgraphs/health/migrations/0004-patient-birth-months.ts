import { sql, type Kysely } from 'kysely';
import { createStatementTriggers, dropStatementTriggers } from '@joined-up/db';

/**
 * Registered patients counted by where they live and the month before their
 * birth (the month of the day before, which the age-band denominators of the
 * health measures compare with period starts). Counting a borough's patients
 * by birth month read every one of them on each indicator request: half the
 * table, growing with the population. The counts are kept here instead, by
 * triggers on `patients`, so a request reads a few rows per LSOA and month.
 *
 * Patients without a date of birth or a local authority count in no age band
 * of any area, and are left out. A count can fall to zero and stay as a row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('patient_birth_months')
    .addColumn('local_authority_code', 'char(9)', (column) => column.notNull())
    .addColumn('lsoa_code', 'char(9)')
    .addColumn('birth_month', 'date', (column) => column.notNull())
    .addColumn('patients', 'bigint', (column) => column.notNull())
    .execute();
  // One row per place and month, a patient with no LSOA included (nulls not distinct).
  await sql`create unique index patient_birth_months_place on patient_birth_months (local_authority_code, lsoa_code, birth_month) nulls not distinct`.execute(db);

  await sql`
    create function patient_birth_months_count() returns trigger
    language plpgsql as $$
    begin
      if TG_OP = 'TRUNCATE' then
        delete from patient_birth_months;
        return null;
      end if;
      if TG_OP in ('UPDATE', 'DELETE') then
        insert into patient_birth_months as counted (local_authority_code, lsoa_code, birth_month, patients)
        select local_authority_code, lsoa_code, date_trunc('month', (date_of_birth - 1)::timestamp)::date, -count(*)
        from removed_rows where date_of_birth is not null and local_authority_code is not null
        group by 1, 2, 3
        on conflict (local_authority_code, lsoa_code, birth_month) do update set patients = counted.patients + excluded.patients;
      end if;
      if TG_OP in ('INSERT', 'UPDATE') then
        insert into patient_birth_months as counted (local_authority_code, lsoa_code, birth_month, patients)
        select local_authority_code, lsoa_code, date_trunc('month', (date_of_birth - 1)::timestamp)::date, count(*)
        from added_rows where date_of_birth is not null and local_authority_code is not null
        group by 1, 2, 3
        on conflict (local_authority_code, lsoa_code, birth_month) do update set patients = counted.patients + excluded.patients;
      end if;
      return null;
    end
    $$`.execute(db);

  await createStatementTriggers(db, { name: 'patient_birth_months', table: 'patients', fn: 'patient_birth_months_count' });

  await sql`
    insert into patient_birth_months (local_authority_code, lsoa_code, birth_month, patients)
    select local_authority_code, lsoa_code, date_trunc('month', (date_of_birth - 1)::timestamp)::date, count(*)
    from patients where date_of_birth is not null and local_authority_code is not null
    group by 1, 2, 3`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropStatementTriggers(db, { name: 'patient_birth_months', table: 'patients' });
  await sql`drop function patient_birth_months_count()`.execute(db);
  await db.schema.dropTable('patient_birth_months').execute();
}
