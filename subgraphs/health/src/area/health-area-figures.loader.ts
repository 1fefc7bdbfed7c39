import { sql } from 'kysely';
import { defineLoader } from '@joined-up/federation';
import { areaCodesTable, areaPeriodKey, batchByPeriod, type AreaPeriod, inArea } from '@joined-up/statistics';
import type { HealthContext } from '../tables.js';

/** Raw (undisclosed) health counts for one area and period. */
export interface HealthAreaCounts {
  aeAttendances: number;
  selfHarmAttendances: number;
  emergencyAdmissions: number;
  selfHarmAdmissions: number;
  camhsReferrals: number;
  registeredPatients: number;
}

const noCounts = (): HealthAreaCounts => ({
  aeAttendances: 0,
  selfHarmAttendances: 0,
  emergencyAdmissions: 0,
  selfHarmAdmissions: 0,
  camhsReferrals: 0,
  registeredPatients: 0,
});

/**
 * Every health figure for every requested area in one statement per period:
 * each table is aggregated per area in a subquery, joined on the area list.
 */
export const healthAreaCounts = defineLoader<HealthContext, AreaPeriod, HealthAreaCounts>(
  'healthAreaCounts',
  (keys, { db }) =>
    batchByPeriod(
      keys,
      async (period, codes) => {
        const { rows } = await sql<{ code: string } & HealthAreaCounts>`
          select area.code,
            coalesce(attendances.total, 0) as "aeAttendances",
            coalesce(attendances.self_harm, 0) as "selfHarmAttendances",
            coalesce(admissions.emergency, 0) as "emergencyAdmissions",
            coalesce(admissions.self_harm, 0) as "selfHarmAdmissions",
            coalesce(referrals.total, 0) as "camhsReferrals",
            coalesce(registered.total, 0) as "registeredPatients"
          from ${areaCodesTable(codes)}
          left join lateral (
            select count(*) as total, count(*) filter (where chief_complaint = 'self-harm') as self_harm
            from ae_attendances
            where ${inArea()}
              and arrived_at >= ${period.startDate}::date and arrived_at < ${period.endDate}::date
          ) attendances on true
          left join lateral (
            select count(*) filter (where method = 'emergency') as emergency, count(*) filter (where self_harm) as self_harm
            from admissions
            where ${inArea()}
              and admitted_on >= ${period.startDate}::date and admitted_on < ${period.endDate}::date
          ) admissions on true
          left join lateral (
            select count(*) as total
            from camhs_referrals join patients using (nhs_number)
            where ${inArea('patients')}
              and referred_on >= ${period.startDate}::date and referred_on < ${period.endDate}::date
          ) referrals on true
          left join lateral (
            select count(*) as total from patients
            where ${inArea()}
          ) registered on true
        `.execute(db);
        return new Map(rows.map(({ code, ...counts }) => [code, counts]));
      },
      noCounts,
    ),
  { cacheKey: areaPeriodKey },
);
