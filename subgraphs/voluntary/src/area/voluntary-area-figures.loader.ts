import { sql } from 'kysely';
import { defineLoader } from '@joined-up/federation';
import { findArea } from '@joined-up/geography';
import { AreaGrouping, areaCodesTable, areaPeriodKey, batchByPeriod, type AreaPeriod } from '@joined-up/statistics';
import type { VoluntaryContext } from '../tables.js';
import { REFERRAL_SOURCES, type ReferralSource } from '../service-referral/service-referral.type.js';

/** Raw (undisclosed) voluntary sector counts for one area and period. */
export interface VoluntaryAreaCounts {
  participants: number;
  sessionsAttended: number;
  referrals: number;
  referralsBySource: Record<ReferralSource, number>;
  services: number;
}

const noCounts = (): VoluntaryAreaCounts => ({
  participants: 0,
  sessionsAttended: 0,
  referrals: 0,
  referralsBySource: Object.fromEntries(REFERRAL_SOURCES.map((source) => [source, 0])) as Record<ReferralSource, number>,
  services: 0,
});

/**
 * `(values ('E01003013', 'E09000022'), ...) as served(code, authority_code)`:
 * services are open to whole local authorities, so an LSOA counts those of
 * the authority it lies in.
 */
function servingAuthorities(codes: readonly string[]) {
  return sql`(values ${sql.join(codes.map((code) => sql`(${code}::text, ${findArea(code)?.parentCode ?? code}::text)`))}) as served(code, authority_code)`;
}

type CountsRow = { code: string; participants: number; sessionsAttended: number; referrals: number; services: number } & Record<`by_${ReferralSource}`, number>;

/**
 * Every voluntary sector figure for every requested area in one statement per
 * period: participation and referrals are counted through the client's
 * address, each table read once and grouped by authority and LSOA
 * (`AreaGrouping`), joined on the area list; services by the authority they serve.
 */
export const voluntaryAreaCounts = defineLoader<VoluntaryContext, AreaPeriod, VoluntaryAreaCounts>(
  'voluntaryAreaCounts',
  (keys, { db }) =>
    batchByPeriod(
      keys,
      async (period, codes) => {
        const grouping = new AreaGrouping(codes);
        const { rows } = await sql<CountsRow>`
          select area.code,
            coalesce(attended.participants, 0) as "participants",
            coalesce(attended.sessions, 0) as "sessionsAttended",
            coalesce(referred.total, 0) as "referrals",
            ${sql.join(REFERRAL_SOURCES.map((source) => sql`coalesce(referred.${sql.id(`by_${source}`)}, 0) as ${sql.id(`by_${source}`)}`))},
            coalesce(offered.total, 0) as "services"
          from ${areaCodesTable(codes)}
          join ${servingAuthorities(codes)} on served.code = area.code
          left join (
            select ${grouping.columns('clients')}, count(distinct participation.client_id) as participants, sum(participation.sessions_attended) as sessions
            from participation join clients using (client_id)
            where ${grouping.within('clients')}
              and participation.sessions_attended > 0
              and participation.month >= ${period.startDate}::date and participation.month < ${period.endDate}::date
            group by ${grouping.groupBy('clients')}
          ) attended on ${grouping.matches('attended')}
          left join (
            select ${grouping.columns('clients')}, count(*) as total,
              ${sql.join(REFERRAL_SOURCES.map((source) => sql`count(*) filter (where referred_by = ${source}) as ${sql.id(`by_${source}`)}`))}
            from service_referrals join clients using (client_id)
            where ${grouping.within('clients')}
              and referred_on >= ${period.startDate}::date and referred_on < ${period.endDate}::date
            group by ${grouping.groupBy('clients')}
          ) referred on ${grouping.matches('referred')}
          left join (
            select services.local_authority_code, count(*) as total from services
            where ${grouping.within('services')}
              and exists (
                select from participation
                where participation.service_id = services.service_id
                  and participation.sessions_attended > 0
                  and participation.month >= ${period.startDate}::date and participation.month < ${period.endDate}::date
              )
            group by services.local_authority_code
          ) offered on offered.local_authority_code = served.authority_code
        `.execute(db);
        return new Map(
          rows.map((row) => [
            row.code,
            {
              participants: row.participants,
              sessionsAttended: row.sessionsAttended,
              referrals: row.referrals,
              referralsBySource: Object.fromEntries(REFERRAL_SOURCES.map((source) => [source, row[`by_${source}`]])) as Record<ReferralSource, number>,
              services: row.services,
            },
          ]),
        );
      },
      noCounts,
    ),
  { cacheKey: areaPeriodKey },
);
