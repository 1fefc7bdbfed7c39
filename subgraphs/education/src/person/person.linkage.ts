import type { LinkageRecordPager } from '@joined-up/service';
import type { EducationTables } from '../tables.js';

/** Pupil records as linkage source records, a page at a time, in UPN order. */
export const pupilLinkageRecords: LinkageRecordPager<EducationTables> = async (db, after, limit) => {
  let query = db
    .selectFrom('pupils')
    .select(['upn', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode', 'local_authority_code'])
    .orderBy('upn')
    .limit(limit);
  if (after !== null) query = query.where('upn', '>', after);
  const rows = await query.execute();
  return rows.map((row) => ({
    recordId: row.upn,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    postcode: row.postcode,
    localAuthorityCode: row.local_authority_code,
  }));
};
