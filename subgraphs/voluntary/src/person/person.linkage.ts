import type { LinkageRecordPager } from '@joined-up/service';
import type { VoluntaryTables } from '../tables.js';

/** Client records as linkage source records, a page at a time, in client reference order. */
export const clientLinkageRecords: LinkageRecordPager<VoluntaryTables> = async (db, after, limit) => {
  let query = db
    .selectFrom('clients')
    .select(['client_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode', 'local_authority_code'])
    .orderBy('client_id')
    .limit(limit);
  if (after !== null) query = query.where('client_id', '>', after);
  const rows = await query.execute();
  return rows.map((row) => ({
    recordId: row.client_id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    postcode: row.postcode,
    localAuthorityCode: row.local_authority_code,
  }));
};
