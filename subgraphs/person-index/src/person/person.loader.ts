import { defineLoader, manyByKey } from '@joined-up/federation';
import type { PersonIndexContext } from '../context.js';

export interface PersonIndexEntry {
  personId: string;
  records: { agency_id: string; record_id: string }[];
}

/** People and all their agency records, in one statement for the whole request; null for unknown ids. */
export const personById = defineLoader<PersonIndexContext, string, PersonIndexEntry | null>('personById', async (ids, { db }) => {
  const rows = await db
    .selectFrom('people')
    .leftJoin('person_records', 'person_records.person_id', 'people.person_id')
    .select(['people.person_id', 'person_records.agency_id', 'person_records.record_id'])
    .where('people.person_id', 'in', ids)
    .orderBy('person_records.agency_id')
    .orderBy('person_records.record_id')
    .execute();
  const grouped = manyByKey(ids, rows, (row) => row.person_id);
  return grouped.map((group, index) =>
    group.length === 0
      ? null
      : {
          personId: ids[index],
          records: group.flatMap((row) => (row.agency_id && row.record_id ? [{ agency_id: row.agency_id, record_id: row.record_id }] : [])),
        },
  );
});
