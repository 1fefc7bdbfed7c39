import { sql } from 'kysely';
import { periodsTable, type MeasureImplementation } from '@joined-up/indicators';
import { areaCodesTable, inArea } from '@joined-up/statistics';
import type { HealthTables } from '../tables.js';

/** Self-harm admissions of patients aged 10 to 24, per registered patient of that age, by where the patient lives. */
const selfHarmAdmissions: MeasureImplementation<HealthTables> = async (db, query) => {
  const { rows } = await sql<{ code: string; period: string; count: number; denominator: number }>`
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
const camhsReferrals: MeasureImplementation<HealthTables> = async (db, query) => {
  const { rows } = await sql<{ code: string; period: string; count: number; denominator: number }>`
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

/** The health agency's implementation of its measures in the catalogue. */
export const healthMeasures: Record<string, MeasureImplementation<HealthTables>> = {
  'self-harm-admissions-10-24': selfHarmAdmissions,
  'camhs-referrals-under-18': camhsReferrals,
};
