import { sql, type Kysely } from 'kysely';
import { createStatementTriggers, dropStatementTriggers } from '@joined-up/db';

/**
 * Attendance counted by where pupils live, per month and per quarter: the
 * pupils with possible sessions in the period, and of them those who missed
 * 10% or more (the DfE's persistent absence). The persistent-absence and
 * suspensions measures read these counts rather than every attendance row of
 * a borough's pupils over the periods asked (which grew with the population:
 * a million rows and more for one request at a million people).
 *
 * Triggers keep the counts: on attendance, each statement's rows at once
 * (transition tables) move their pupils' periods from what they were to what
 * they are; on pupils, a move to another place takes the pupil's periods
 * with it. A pupil without a local authority counts in no area and is left
 * out. A count can fall to zero and stay as a row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attendance_by_place')
    .addColumn('granularity', 'text', (column) => column.notNull().check(sql`granularity in ('month', 'quarter')`))
    .addColumn('period_start', 'date', (column) => column.notNull())
    .addColumn('local_authority_code', 'char(9)', (column) => column.notNull())
    .addColumn('lsoa_code', 'char(9)')
    .addColumn('pupils', 'bigint', (column) => column.notNull())
    .addColumn('persistently_absent', 'bigint', (column) => column.notNull())
    .execute();
  await sql`create unique index attendance_by_place_key on attendance_by_place
    (local_authority_code, granularity, period_start, lsoa_code) nulls not distinct`.execute(db);

  // One changed attendance row: added (sign 1) or removed (sign -1).
  await sql`create type attendance_change as (upn char(13), month date, possible integer, absent integer, sign integer)`.execute(db);

  // Each changed pupil and period: its totals now, and before the statement
  // (now, less what the statement added, plus what it removed); the counts
  // change where being counted, or being persistently absent, did.
  await sql`
    create function attendance_by_place_apply(changes attendance_change[]) returns void
    language sql as $$
      with touched as (
        select g.granularity, date_trunc(g.granularity, c.month::timestamp)::date as period_start, c.upn,
          sum(c.sign * c.possible) as possible_added, sum(c.sign * c.absent) as absent_added
        from unnest(changes) as c cross join (values ('month'), ('quarter')) as g(granularity)
        group by 1, 2, 3
      ),
      totals as (
        select t.granularity, t.period_start, t.upn,
          coalesce(sum(a.possible_sessions), 0) as possible_now,
          coalesce(sum(a.authorised_absences + a.unauthorised_absences), 0) as absent_now,
          coalesce(sum(a.possible_sessions), 0) - t.possible_added as possible_before,
          coalesce(sum(a.authorised_absences + a.unauthorised_absences), 0) - t.absent_added as absent_before
        from touched t
        left join attendance a on a.upn = t.upn and a.month >= t.period_start
          and a.month < t.period_start + case t.granularity when 'month' then interval '1 month' else interval '3 months' end
        group by t.granularity, t.period_start, t.upn, t.possible_added, t.absent_added
      ),
      deltas as (
        select granularity, period_start, upn,
          (possible_now > 0)::int - (possible_before > 0)::int as pupils,
          (possible_now > 0 and absent_now * 10 >= possible_now)::int - (possible_before > 0 and absent_before * 10 >= possible_before)::int as persistently_absent
        from totals
      )
      insert into attendance_by_place as counted (granularity, period_start, local_authority_code, lsoa_code, pupils, persistently_absent)
      select d.granularity, d.period_start, p.local_authority_code, p.lsoa_code, sum(d.pupils), sum(d.persistently_absent)
      from deltas d join pupils p on p.upn = d.upn
      where p.local_authority_code is not null and (d.pupils <> 0 or d.persistently_absent <> 0)
      group by 1, 2, 3, 4
      on conflict (local_authority_code, granularity, period_start, lsoa_code)
      do update set pupils = counted.pupils + excluded.pupils, persistently_absent = counted.persistently_absent + excluded.persistently_absent
    $$`.execute(db);

  // A statement names only the transition tables its event has, hence the branches.
  await sql`
    create function attendance_by_place_count() returns trigger
    language plpgsql as $$
    declare
      changes attendance_change[] := '{}';
    begin
      if TG_OP = 'TRUNCATE' then
        delete from attendance_by_place;
        return null;
      end if;
      if TG_OP in ('INSERT', 'UPDATE') then
        changes := changes || array(select row(upn, month, possible_sessions, authorised_absences + unauthorised_absences, 1)::attendance_change from added_rows);
      end if;
      if TG_OP in ('UPDATE', 'DELETE') then
        changes := changes || array(select row(upn, month, possible_sessions, authorised_absences + unauthorised_absences, -1)::attendance_change from removed_rows);
      end if;
      perform attendance_by_place_apply(changes);
      return null;
    end
    $$`.execute(db);

  // A pupil who moves takes every period counted for them from the old place to the new.
  await sql`
    create function attendance_by_place_move() returns trigger
    language plpgsql as $$
    begin
      with moved as (
        select n.upn, o.local_authority_code as old_authority, o.lsoa_code as old_lsoa
        from added_rows n join removed_rows o on o.upn = n.upn
        where n.local_authority_code is distinct from o.local_authority_code or n.lsoa_code is distinct from o.lsoa_code
      ),
      periods as (
        select g.granularity, date_trunc(g.granularity, a.month::timestamp)::date as period_start, m.upn, m.old_authority, m.old_lsoa,
          sum(a.possible_sessions) as possible, sum(a.authorised_absences + a.unauthorised_absences) as absent
        from moved m join attendance a on a.upn = m.upn cross join (values ('month'), ('quarter')) as g(granularity)
        group by 1, 2, 3, 4, 5
        having sum(a.possible_sessions) > 0
      ),
      shifts as (
        select granularity, period_start, p.local_authority_code, p.lsoa_code, 1 as sign, (absent * 10 >= possible)::int as absent_pupil
        from periods join pupils p using (upn)
        where p.local_authority_code is not null
        union all
        select granularity, period_start, old_authority, old_lsoa, -1, (absent * 10 >= possible)::int
        from periods
        where old_authority is not null
      )
      insert into attendance_by_place as counted (granularity, period_start, local_authority_code, lsoa_code, pupils, persistently_absent)
      select granularity, period_start, local_authority_code, lsoa_code, sum(sign), sum(sign * absent_pupil)
      from shifts
      group by 1, 2, 3, 4
      on conflict (local_authority_code, granularity, period_start, lsoa_code)
      do update set pupils = counted.pupils + excluded.pupils, persistently_absent = counted.persistently_absent + excluded.persistently_absent;
      return null;
    end
    $$`.execute(db);

  await createStatementTriggers(db, { name: 'attendance_by_place', table: 'attendance', fn: 'attendance_by_place_count' });
  await sql`create trigger attendance_by_place_move after update on pupils
    referencing old table as removed_rows new table as added_rows for each statement execute function attendance_by_place_move()`.execute(db);

  await sql`
    insert into attendance_by_place (granularity, period_start, local_authority_code, lsoa_code, pupils, persistently_absent)
    select granularity, period_start, local_authority_code, lsoa_code, count(*), count(*) filter (where absent * 10 >= possible)
    from (
      select g.granularity, date_trunc(g.granularity, a.month::timestamp)::date as period_start, p.local_authority_code, p.lsoa_code, a.upn,
        sum(a.possible_sessions) as possible, sum(a.authorised_absences + a.unauthorised_absences) as absent
      from attendance a join pupils p on p.upn = a.upn cross join (values ('month'), ('quarter')) as g(granularity)
      where p.local_authority_code is not null
      group by 1, 2, 3, 4, 5
      having sum(a.possible_sessions) > 0
    ) pupil_periods
    group by 1, 2, 3, 4`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropStatementTriggers(db, { name: 'attendance_by_place', table: 'attendance' });
  await sql`drop trigger attendance_by_place_move on pupils`.execute(db);
  await sql`drop function attendance_by_place_move()`.execute(db);
  await sql`drop function attendance_by_place_count()`.execute(db);
  await sql`drop function attendance_by_place_apply(attendance_change[])`.execute(db);
  await sql`drop type attendance_change`.execute(db);
  await db.schema.dropTable('attendance_by_place').execute();
}
