import { sql } from 'kysely';
import { definePersonalLoader } from '@joined-up/service';
import type { ArrearsMonthRecord, HousingTables, TenancyOfMemberRecord } from '../tables.js';

/**
 * The tenancies of many members' households in one statement, newest first.
 * Arrears belong to the same category (housing.tenancy) and are aggregated
 * into each tenancy row, so serving them costs no second read and no second
 * audit entry.
 */
export const tenanciesOfSubject = definePersonalLoader<HousingTables, TenancyOfMemberRecord>({
  name: 'tenanciesOfSubject',
  category: 'housing.tenancy',
  field: 'tenancies',
  read: (db, memberIds) =>
    db
      .selectFrom('household_members as member')
      .innerJoin('tenancies as tenancy', 'tenancy.household_id', 'member.household_id')
      .select('member.member_id')
      .selectAll('tenancy')
      .select(
        sql<ArrearsMonthRecord[]>`(
          select coalesce(json_agg(json_build_object('month', arrears.month, 'balance', arrears.balance) order by arrears.month), '[]'::json)
          from rent_arrears arrears
          where arrears.tenancy_id = tenancy.tenancy_id
        )`.as('arrears'),
      )
      .where('member.member_id', 'in', memberIds)
      .orderBy('tenancy.started_on', 'desc')
      .orderBy('tenancy.tenancy_id'),
  recordIdOf: (row) => row.member_id,
});
