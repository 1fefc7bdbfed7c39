import { sql, type Kysely } from 'kysely';
import { periodsTable, type MeasureQuery, type MeasureRow } from '@joined-up/indicators';
import { areaCodesTable, inArea } from '@joined-up/statistics';

/**
 * Every measure as it was first written: one correlated count per period and
 * area, slow but plainly right. Frozen here so the faster one-pass statements
 * the agencies now run can be checked against it, period by period.
 */
type Reference = (db: Kysely<any>, query: MeasureQuery) => Promise<MeasureRow[]>;

/** Self-harm admissions of patients aged 10 to 24, per registered patient of that age, by where the patient lives. */
const selfHarmAdmissions: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period,
      (select count(*) from admissions a join patients p using (nhs_number)
        where a.self_harm
          and ${inArea('p')}
          and a.admitted_on >= periods.period_start and a.admitted_on < periods.period_end
          and p.date_of_birth <= a.admitted_on - interval '10 years'
          and p.date_of_birth > a.admitted_on - interval '25 years') as count,
      (select count(*) from patients p
        where ${inArea('p')}
          and p.date_of_birth <= periods.period_start - interval '10 years'
          and p.date_of_birth > periods.period_start - interval '25 years') as denominator
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** CAMHS referrals of patients under 18, per patient under 18 (and already born) when the period began, by where the patient lives. */
const camhsReferrals: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period,
      (select count(*) from camhs_referrals r join patients p using (nhs_number)
        where ${inArea('p')}
          and r.referred_on >= periods.period_start and r.referred_on < periods.period_end
          and p.date_of_birth > r.referred_on - interval '18 years'
          and p.date_of_birth <= periods.period_start) as count,
      (select count(*) from patients p
        where ${inArea('p')}
          and p.date_of_birth > periods.period_start - interval '18 years'
          and p.date_of_birth <= periods.period_start) as denominator
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** Offences in the area with at least one suspect aged 10 to 17 on the offence date. */
const youthOffences: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(*) from offences o
        where ${inArea('o')}
          and o.committed_on >= periods.period_start and o.committed_on < periods.period_end
          and exists (
            select 1 from offence_involvements i join nominals n using (nominal_id)
            where i.offence_id = o.offence_id and i.role = 'suspect'
              and n.date_of_birth <= o.committed_on - interval '10 years'
              and n.date_of_birth > o.committed_on - interval '18 years')) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** Young people living in the area entering the youth justice system for the first time. */
const firstTimeEntrants: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(distinct y.nominal_id) from youth_justice_interventions y join nominals n using (nominal_id)
        where y.first_time_entrant
          and ${inArea('n')}
          and y.started_on >= periods.period_start and y.started_on < periods.period_end) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/**
 * Pupils living in the area who missed 10% or more of their possible sessions
 * in the period, over pupils with possible sessions (the DfE definition).
 */
const persistentAbsence: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period,
      count(*) filter (where totals.absent * 10 >= totals.possible) as count,
      count(totals.upn) as denominator
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
    left join lateral (
      select a.upn, sum(a.possible_sessions) as possible, sum(a.authorised_absences + a.unauthorised_absences) as absent
      from attendance a join pupils p using (upn)
      where ${inArea('p')}
        and a.month >= periods.period_start and a.month < periods.period_end
      group by a.upn
      having sum(a.possible_sessions) > 0
    ) totals on true
    group by area.code, periods.period
  `.execute(db);
  return rows;
};

/** Suspensions of pupils living in the area, per 100 pupils with possible sessions in the period. */
const suspensions: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period,
      (select count(*) from exclusions e join pupils p using (upn)
        where e.kind = 'suspension'
          and ${inArea('p')}
          and e.start_date >= periods.period_start and e.start_date < periods.period_end) as count,
      (select count(distinct a.upn) from attendance a join pupils p using (upn)
        where ${inArea('p')}
          and a.month >= periods.period_start and a.month < periods.period_end and a.possible_sessions > 0) as denominator
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** Homelessness applications made in the area by households with a member aged 16 to 24 on the day. */
const youthHomelessness: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(*) from homelessness_applications h
        where ${inArea('h')}
          and h.applied_on >= periods.period_start and h.applied_on < periods.period_end
          and exists (
            select 1 from household_members m
            where m.household_id = h.household_id
              and m.date_of_birth <= h.applied_on - interval '16 years'
              and m.date_of_birth > h.applied_on - interval '25 years')) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** Households of the area in temporary accommodation on the last day of the period. */
const temporaryAccommodation: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(distinct t.household_id) from temporary_accommodation t join households h using (household_id)
        where ${inArea('h')}
          and t.started_on < periods.period_end
          and (t.ended_on is null or t.ended_on >= periods.period_end - 1)) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** Young people aged 10 to 17 living in the area who attended a youth club, mentoring or sport session. */
const youthParticipation: Reference = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(distinct c.client_id) from participation pt
         join clients c using (client_id)
         join services s using (service_id)
        where s.category in ('youth club', 'mentoring', 'sport')
          and pt.sessions_attended > 0
          and ${inArea('c')}
          and pt.month >= periods.period_start and pt.month < periods.period_end
          and c.date_of_birth <= pt.month - interval '10 years'
          and c.date_of_birth > pt.month - interval '18 years') as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** The reference implementation of every measure, by agency and measure name. */
export const referenceMeasures: Record<string, Record<string, Reference>> = {
  health: { 'self-harm-admissions-10-24': selfHarmAdmissions, 'camhs-referrals-under-18': camhsReferrals },
  police: { 'youth-offences': youthOffences, 'first-time-entrants': firstTimeEntrants },
  education: { 'persistent-absence': persistentAbsence, suspensions },
  housing: { 'youth-homelessness': youthHomelessness, 'temporary-accommodation': temporaryAccommodation },
  voluntary: { 'youth-participation': youthParticipation },
};
