import type { LinkageRecordPager } from '@joined-up/service';
import type { HousingTables } from '../tables.js';

/** Household member records as linkage source records, a page at a time, in member reference order. */
export const memberLinkageRecords: LinkageRecordPager<HousingTables> = async (db, after, limit) => {
  let query = db
    .selectFrom('household_members')
    .select(['member_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode', 'local_authority_code'])
    .orderBy('member_id')
    .limit(limit);
  if (after !== null) query = query.where('member_id', '>', after);
  const rows = await query.execute();
  return rows.map((row) => ({
    recordId: row.member_id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    postcode: row.postcode,
    localAuthorityCode: row.local_authority_code,
  }));
};
