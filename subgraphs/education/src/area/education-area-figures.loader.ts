import { sql } from 'kysely';
import { defineLoader } from '@joined-up/federation';
import { AreaGrouping, areaCodesTable, areaPeriodKey, batchByPeriod, type AreaPeriod } from '@joined-up/statistics';
import type { EducationContext } from '../tables.js';

/** Raw (undisclosed) education counts for one area and period. */
export interface EducationAreaCounts {
  /** Pupils living in the area with any possible sessions in the period. */
  pupils: number;
  /** Of those, pupils who missed 10% or more of their possible sessions. */
  persistentlyAbsent: number;
  possibleSessions: number;
  absentSessions: number;
  suspensions: number;
  permanentExclusions: number;
  /** Of `pupils`, those eligible for free school meals. */
  freeSchoolMeals: number;
  /** Of `pupils`, those with an EHC plan. */
  ehcPlans: number;
}

const noCounts = (): EducationAreaCounts => ({
  pupils: 0,
  persistentlyAbsent: 0,
  possibleSessions: 0,
  absentSessions: 0,
  suspensions: 0,
  permanentExclusions: 0,
  freeSchoolMeals: 0,
  ehcPlans: 0,
});

/**
 * Every education figure for every requested area in one statement per
 * period, each table read once and grouped by authority and LSOA
 * (`AreaGrouping`). Pupils are placed by their home address, so both
 * subqueries go through `pupils`. Attendance is summed per pupil first: persistent absence
 * is judged on a pupil's whole period, not month by month.
 */
export const educationAreaCounts = defineLoader<EducationContext, AreaPeriod, EducationAreaCounts>(
  'educationAreaCounts',
  (keys, { db }) =>
    batchByPeriod(
      keys,
      async (period, codes) => {
        const grouping = new AreaGrouping(codes);
        const { rows } = await sql<{ code: string } & EducationAreaCounts>`
          select area.code,
            coalesce(attending.pupils, 0) as "pupils",
            coalesce(attending.persistently_absent, 0) as "persistentlyAbsent",
            coalesce(attending.possible_sessions, 0) as "possibleSessions",
            coalesce(attending.absent_sessions, 0) as "absentSessions",
            coalesce(excluded.suspensions, 0) as "suspensions",
            coalesce(excluded.permanent, 0) as "permanentExclusions",
            coalesce(attending.free_school_meals, 0) as "freeSchoolMeals",
            coalesce(attending.ehc_plans, 0) as "ehcPlans"
          from ${areaCodesTable(codes)}
          left join (
            select ${grouping.columns('per_pupil')},
              count(*) as pupils,
              count(*) filter (where per_pupil.absent * 10 >= per_pupil.possible) as persistently_absent,
              sum(per_pupil.possible) as possible_sessions,
              sum(per_pupil.absent) as absent_sessions,
              count(*) filter (where per_pupil.free_school_meals) as free_school_meals,
              count(*) filter (where per_pupil.sen_status = 'EHC plan') as ehc_plans
            from (
              select pupils.upn, pupils.local_authority_code, pupils.lsoa_code, pupils.free_school_meals, pupils.sen_status,
                sum(attendance.possible_sessions) as possible,
                sum(attendance.authorised_absences + attendance.unauthorised_absences) as absent
              from pupils join attendance on attendance.upn = pupils.upn
              where ${grouping.within('pupils')}
                and attendance.month >= ${period.startDate}::date and attendance.month < ${period.endDate}::date
              group by pupils.upn
              having sum(attendance.possible_sessions) > 0
            ) per_pupil
            group by ${grouping.groupBy('per_pupil')}
          ) attending on ${grouping.matches('attending')}
          left join (
            select ${grouping.columns('pupils')},
              count(*) filter (where exclusions.kind = 'suspension') as suspensions,
              count(*) filter (where exclusions.kind = 'permanent exclusion') as permanent
            from exclusions join pupils on pupils.upn = exclusions.upn
            where ${grouping.within('pupils')}
              and exclusions.start_date >= ${period.startDate}::date and exclusions.start_date < ${period.endDate}::date
            group by ${grouping.groupBy('pupils')}
          ) excluded on ${grouping.matches('excluded')}
        `.execute(db);
        return new Map(rows.map(({ code, ...counts }) => [code, counts]));
      },
      noCounts,
    ),
  { cacheKey: areaPeriodKey },
);
