import { sql } from 'kysely';
import { defineLoader } from '@joined-up/federation';
import { AreaGrouping, areaCodesTable, areaPeriodKey, batchByPeriod, type AreaPeriod } from '@joined-up/statistics';
import type { PoliceContext } from '../tables.js';
import { CHARGED_OR_SUMMONSED } from '../offence/offence-category.js';

/** Raw (undisclosed) police counts for one area and period. */
export interface PoliceAreaCounts {
  recordedOffences: number;
  /** Offences by Home Office category; categories with none are absent. */
  offencesByCategory: Record<string, number>;
  youthSuspects: number;
  firstTimeEntrants: number;
  chargedOrSummonsed: number;
}

const noCounts = (): PoliceAreaCounts => ({
  recordedOffences: 0,
  offencesByCategory: {},
  youthSuspects: 0,
  firstTimeEntrants: 0,
  chargedOrSummonsed: 0,
});

/**
 * Every police figure for every requested area in one statement per period:
 * each table is read once and grouped by authority and LSOA (`AreaGrouping`),
 * joined on the area list. Offences are grouped by category first, so totals, charges and the
 * category breakdown come from one pass over the area's offences.
 *
 * A young suspect is aged 10 to 17 on the offence date by the date of birth
 * the force recorded: born no later than ten years and after eighteen years
 * before it (so someone born on 29 February turns ten on 1 March).
 */
export const policeAreaCounts = defineLoader<PoliceContext, AreaPeriod, PoliceAreaCounts>(
  'policeAreaCounts',
  (keys, { db }) =>
    batchByPeriod(
      keys,
      async (period, codes) => {
        const grouping = new AreaGrouping(codes);
        const { rows } = await sql<{ code: string } & PoliceAreaCounts>`
          select area.code,
            coalesce(recorded.total, 0) as "recordedOffences",
            coalesce(recorded.by_category, '{}'::jsonb) as "offencesByCategory",
            coalesce(recorded.charged, 0) as "chargedOrSummonsed",
            coalesce(suspects.total, 0) as "youthSuspects",
            coalesce(entrants.total, 0) as "firstTimeEntrants"
          from ${areaCodesTable(codes)}
          left join (
            select local_authority_code, lsoa_code, whole_authority,
              sum(total) as total, sum(charged) as charged, jsonb_object_agg(category, total) as by_category
            from (
              select ${grouping.columns()}, category, count(*) as total, count(*) filter (where outcome = ${CHARGED_OR_SUMMONSED}) as charged
              from offences
              where ${grouping.within()}
                and committed_on >= ${period.startDate}::date and committed_on < ${period.endDate}::date
              group by ${grouping.groupBy(undefined, [sql.ref('category')])}
            ) by_category
            group by local_authority_code, lsoa_code, whole_authority
          ) recorded on ${grouping.matches('recorded')}
          left join (
            select ${grouping.columns('offence')}, count(distinct involvement.nominal_id) as total
            from offences offence
            join offence_involvements involvement on involvement.offence_id = offence.offence_id
            join nominals nominal on nominal.nominal_id = involvement.nominal_id
            where involvement.role = 'suspect'
              and ${grouping.within('offence')}
              and offence.committed_on >= ${period.startDate}::date and offence.committed_on < ${period.endDate}::date
              and nominal.date_of_birth <= offence.committed_on - interval '10 years'
              and nominal.date_of_birth > offence.committed_on - interval '18 years'
            group by ${grouping.groupBy('offence')}
          ) suspects on ${grouping.matches('suspects')}
          left join (
            select ${grouping.columns('nominal')}, count(*) as total
            from youth_justice_interventions intervention
            join nominals nominal on nominal.nominal_id = intervention.nominal_id
            where intervention.first_time_entrant
              and ${grouping.within('nominal')}
              and intervention.started_on >= ${period.startDate}::date and intervention.started_on < ${period.endDate}::date
            group by ${grouping.groupBy('nominal')}
          ) entrants on ${grouping.matches('entrants')}
        `.execute(db);
        return new Map(rows.map(({ code, ...counts }) => [code, counts]));
      },
      noCounts,
    ),
  { cacheKey: areaPeriodKey },
);
