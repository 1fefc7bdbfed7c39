import { sql } from 'kysely';
import { defineLoader } from '@joined-up/federation';
import { AreaGrouping, areaCodesTable, areaPeriodKey, batchByPeriod, type AreaPeriod } from '@joined-up/statistics';
import type { HousingContext } from '../tables.js';

/** Raw (undisclosed) housing counts for one area and period. */
export interface HousingAreaCounts {
  homelessnessApplications: number;
  preventionDuty: number;
  reliefDuty: number;
  mainDuty: number;
  householdsInTemporaryAccommodation: number;
  tenanciesInArrears: number;
  households: number;
}

const noCounts = (): HousingAreaCounts => ({
  homelessnessApplications: 0,
  preventionDuty: 0,
  reliefDuty: 0,
  mainDuty: 0,
  householdsInTemporaryAccommodation: 0,
  tenanciesInArrears: 0,
  households: 0,
});

/**
 * Every housing figure for every requested area in one statement per period:
 * each table is read once and grouped by authority and LSOA (`AreaGrouping`),
 * joined on the area list. Applications are placed where the household applied from; tenancies,
 * placements and households at the household's current address, the only one
 * housing keeps for them. Snapshot figures are taken at the end of the
 * period: placements on its last day, arrears in its last month.
 */
export const housingAreaCounts = defineLoader<HousingContext, AreaPeriod, HousingAreaCounts>(
  'housingAreaCounts',
  (keys, { db }) =>
    batchByPeriod(
      keys,
      async (period, codes) => {
        // Snapshots: the period's last day (the day before its exclusive end) and its last month.
        const lastDay = sql`(${period.endDate}::date - 1)`;
        const lastMonth = `${period.to}-01`;
        const grouping = new AreaGrouping(codes);
        const { rows } = await sql<{ code: string } & HousingAreaCounts>`
          select area.code,
            coalesce(applications.total, 0) as "homelessnessApplications",
            coalesce(applications.prevention, 0) as "preventionDuty",
            coalesce(applications.relief, 0) as "reliefDuty",
            coalesce(applications.main_duty, 0) as "mainDuty",
            coalesce(placed.total, 0) as "householdsInTemporaryAccommodation",
            coalesce(arrears.total, 0) as "tenanciesInArrears",
            coalesce(resident.total, 0) as "households"
          from ${areaCodesTable(codes)}
          left join (
            select ${grouping.columns()}, count(*) as total,
              count(*) filter (where duty = 'prevention') as prevention,
              count(*) filter (where duty = 'relief') as relief,
              count(*) filter (where duty = 'main duty') as main_duty
            from homelessness_applications
            where ${grouping.within()}
              and applied_on >= ${period.startDate}::date and applied_on < ${period.endDate}::date
            group by ${grouping.groupBy()}
          ) applications on ${grouping.matches('applications')}
          left join (
            select ${grouping.columns('household')}, count(distinct placement.household_id) as total
            from temporary_accommodation placement join households household using (household_id)
            where ${grouping.within('household')}
              and placement.started_on <= ${lastDay} and (placement.ended_on is null or placement.ended_on >= ${lastDay})
            group by ${grouping.groupBy('household')}
          ) placed on ${grouping.matches('placed')}
          left join (
            select ${grouping.columns('household')}, count(*) as total
            from rent_arrears arrears
              join tenancies tenancy using (tenancy_id)
              join households household on household.household_id = tenancy.household_id
            where ${grouping.within('household')}
              and arrears.month = ${lastMonth}::date and arrears.balance > 0
            group by ${grouping.groupBy('household')}
          ) arrears on ${grouping.matches('arrears')}
          left join (
            select ${grouping.columns()}, count(*) as total from households
            where ${grouping.within()}
            group by ${grouping.groupBy()}
          ) resident on ${grouping.matches('resident')}
        `.execute(db);
        return new Map(rows.map(({ code, ...counts }) => [code, counts]));
      },
      noCounts,
    ),
  { cacheKey: areaPeriodKey },
);
