import type { LinkageRecordPager } from '@joined-up/service';
import type { HealthTables } from '../tables.js';

/** Patient registrations as linkage source records, a page at a time, in NHS number order. */
export const patientLinkageRecords: LinkageRecordPager<HealthTables> = async (db, after, limit) => {
  let query = db
    .selectFrom('patients')
    .select(['nhs_number', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode', 'local_authority_code'])
    .orderBy('nhs_number')
    .limit(limit);
  if (after !== null) query = query.where('nhs_number', '>', after);
  const rows = await query.execute();
  return rows.map((row) => ({
    recordId: row.nhs_number,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    postcode: row.postcode,
    localAuthorityCode: row.local_authority_code,
  }));
};
