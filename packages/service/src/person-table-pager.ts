import type { Kysely } from 'kysely';
import type { LinkageRecordPager } from './linkage-export.js';

/**
 * A linkage pager over an agency's table of person records, which every
 * agency keeps with the same identifying columns (given and family name, date
 * of birth, sex, postcode, local authority) beside its own record id.
 */
export function personTablePager<DB>(table: string, idColumn: string): LinkageRecordPager<DB> {
  return async (db, after, limit) => {
    let query = (db as unknown as Kysely<any>)
      .selectFrom(table)
      .select([idColumn, 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode', 'local_authority_code'])
      .orderBy(idColumn)
      .limit(limit);
    if (after !== null) query = query.where(idColumn, '>', after);
    const rows = await query.execute();
    return rows.map((row) => ({
      recordId: row[idColumn],
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      sex: row.sex,
      postcode: row.postcode,
      localAuthorityCode: row.local_authority_code,
    }));
  };
}
