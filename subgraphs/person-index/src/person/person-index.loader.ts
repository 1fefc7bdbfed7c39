import { definePersonalLoader } from '@joined-up/service';
import type { PersonIndexTables } from '../tables.js';

/**
 * Which agencies hold records of a person. That someone is known to the
 * police or to mental health services is itself personal data, so this read
 * is access-controlled and audited like any agency's.
 */
export const agencyRecordsOfPerson = definePersonalLoader<PersonIndexTables, { person_id: string; agency_id: string }>({
  name: 'agencyRecordsOfPerson',
  category: 'partnership.person-index',
  field: 'knownTo',
  read: (db, personIds) =>
    db.selectFrom('person_records').select(['person_id', 'agency_id']).distinct().where('person_id', 'in', personIds).orderBy('agency_id'),
  recordIdOf: (row) => row.person_id,
});
