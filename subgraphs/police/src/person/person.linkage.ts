import type { LinkageRecordPager } from '@joined-up/service';
import type { PoliceTables } from '../tables.js';

/** Nominal records as linkage source records, a page at a time, in force reference order. */
export const nominalLinkageRecords: LinkageRecordPager<PoliceTables> = async (db, after, limit) => {
  let query = db
    .selectFrom('nominals')
    .select(['nominal_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode', 'local_authority_code'])
    .orderBy('nominal_id')
    .limit(limit);
  if (after !== null) query = query.where('nominal_id', '>', after);
  const rows = await query.execute();
  return rows.map((row) => ({
    recordId: row.nominal_id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    postcode: row.postcode,
    localAuthorityCode: row.local_authority_code,
  }));
};
