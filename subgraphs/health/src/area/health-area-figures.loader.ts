import { sql } from 'kysely';
import { defineLoader } from '@joined-up/federation';
import { AreaGrouping, areaCodesTable, areaPeriodKey, batchByPeriod, type AreaPeriod } from '@joined-up/statistics';
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
 * each table is read once and grouped by authority and LSOA (`AreaGrouping`),
 * joined on the area list.
 */
export const healthAreaCounts = defineLoader<HealthContext, AreaPeriod, HealthAreaCounts>(
  'healthAreaCounts',
  (keys, { db }) =>
    batchByPeriod(
      keys,
      async (period, codes) => {
        const grouping = new AreaGrouping(codes);
        const { rows } = await sql<{ code: string } & HealthAreaCounts>`
          select area.code,
            coalesce(attendances.total, 0) as "aeAttendances",
            coalesce(attendances.self_harm, 0) as "selfHarmAttendances",
            coalesce(admissions.emergency, 0) as "emergencyAdmissions",
            coalesce(admissions.self_harm, 0) as "selfHarmAdmissions",
            coalesce(referrals.total, 0) as "camhsReferrals",
            coalesce(registered.total, 0) as "registeredPatients"
          from ${areaCodesTable(codes)}
          left join (
            select ${grouping.columns()}, count(*) as total, count(*) filter (where chief_complaint = 'self-harm') as self_harm
            from ae_attendances
            where ${grouping.within()}
              and arrived_at >= ${period.startDate}::date and arrived_at < ${period.endDate}::date
            group by ${grouping.groupBy()}
          ) attendances on ${grouping.matches('attendances')}
          left join (
            select ${grouping.columns()}, count(*) filter (where method = 'emergency') as emergency, count(*) filter (where self_harm) as self_harm
            from admissions
            where ${grouping.within()}
              and admitted_on >= ${period.startDate}::date and admitted_on < ${period.endDate}::date
            group by ${grouping.groupBy()}
          ) admissions on ${grouping.matches('admissions')}
          left join (
            select ${grouping.columns('patients')}, count(*) as total
            from camhs_referrals join patients using (nhs_number)
            where ${grouping.within('patients')}
              and referred_on >= ${period.startDate}::date and referred_on < ${period.endDate}::date
            group by ${grouping.groupBy('patients')}
          ) referrals on ${grouping.matches('referrals')}
          left join (
            select ${grouping.columns()}, count(*) as total from patients
            where ${grouping.within()}
            group by ${grouping.groupBy()}
          ) registered on ${grouping.matches('registered')}
        `.execute(db);
        return new Map(rows.map(({ code, ...counts }) => [code, counts]));
      },
      noCounts,
    ),
  { cacheKey: areaPeriodKey },
);
