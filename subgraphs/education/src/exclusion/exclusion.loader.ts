import { definePersonalLoader } from '@joined-up/service';
import type { EducationTables, ExclusionRecord } from '../tables.js';

/** Suspensions and permanent exclusions of many pupils in one statement, newest first. */
export const exclusionsOfSubject = definePersonalLoader<EducationTables, ExclusionRecord>({
  name: 'exclusionsOfSubject',
  category: 'education.exclusions',
  field: 'exclusions',
  read: (db, upns) =>
    db.selectFrom('exclusions').selectAll().where('upn', 'in', upns).orderBy('start_date', 'desc').orderBy('exclusion_id', 'desc'),
  recordIdOf: (row) => row.upn,
});
