import { sql, type RawBuilder } from 'kysely';
import { keptCounts, measureSeries, type MeasureImplementation, type MeasureQuery } from '@joined-up/indicators';
import { inArea } from '@joined-up/statistics';
import type { HealthTables } from '../tables.js';

/**
 * Patients of each area by birth month, from the counts the health schema
 * keeps (`patient_birth_months`), so the population of an age band at each
 * period's start is a sum over months rather than a count over patients per
 * period. The month is that of the day before birth: `born <= start - 10
 * years` (a first of the month) holds exactly when that month is before
 * `start - 10 years`, and `born > start - 25 years` exactly when it is not
 * before `start - 25 years`. Only the months some period's band can reach
 * are read: a borough's counts span a century of birth months, a band of 10
 * to 24 a sixth of it.
 */
const patientsByBirthMonth = (query: MeasureQuery, older: RawBuilder<unknown>, younger: RawBuilder<unknown>) => sql`ages as (
  select area.code, b.birth_month as month, sum(b.patients) as n
  from area join patient_birth_months b on ${inArea('b', query.areaCodes)}
  where b.birth_month >= (${query.startDate}::date - ${older})::date and b.birth_month < (${query.endDate}::date - ${younger})::date
  group by area.code, b.birth_month
)`;

/**
 * Patients of each area and period born after `start - older` and on or
 * before `start - younger`: the months of each period's band (whole years
 * back from a first of the month, so whole months) listed and joined to the
 * counted months by equality, rather than every month compared with every
 * period's bounds.
 */
function agedAtPeriodStart(older: RawBuilder<unknown>, younger: RawBuilder<unknown>) {
  return sql`
    select ages.code, band.period_start, sum(ages.n) as n
    from ages join (
      select periods.period_start, month::date as month
      from periods cross join generate_series(periods.period_start - ${older}, periods.period_start - ${younger} - interval '1 month', interval '1 month') as month
    ) band on band.month = ages.month
    group by ages.code, band.period_start`;
}

/** The `with` and `denominator` of a rate over the patients born after `start - older` and on or before `start - younger`. */
const patientsAged = (query: MeasureQuery, older: RawBuilder<unknown>, younger: RawBuilder<unknown>) => ({
  with: [patientsByBirthMonth(query, older, younger)],
  denominator: agedAtPeriodStart(older, younger),
});

/**
 * Self-harm admissions of patients aged 10 to 24, per registered patient of
 * that age, by where the patient lives: the admissions counted as they are
 * recorded (`self_harm_admissions_by_place`, migration 0005).
 */
const selfHarmAdmissions: MeasureImplementation<HealthTables> = (db, query) =>
  measureSeries(db, query, {
    ...patientsAged(query, sql`interval '25 years'`, sql`interval '10 years'`),
    count: keptCounts('self_harm_admissions_by_place', query),
  });

/**
 * CAMHS referrals of patients under 18, per patient under 18 (and already
 * born) when the period began, by where the patient lives: the referrals
 * counted as they are made (`camhs_referrals_by_place`, migration 0005).
 */
const camhsReferrals: MeasureImplementation<HealthTables> = (db, query) =>
  measureSeries(db, query, {
    ...patientsAged(query, sql`interval '18 years'`, sql`interval '0 days'`),
    count: keptCounts('camhs_referrals_by_place', query),
  });

/** The health agency's implementation of its measures in the catalogue. */
export const healthMeasures: Record<string, MeasureImplementation<HealthTables>> = {
  'self-harm-admissions-10-24': selfHarmAdmissions,
  'camhs-referrals-under-18': camhsReferrals,
};
