import { definePersonalLoader } from '@joined-up/service';
import type { EducationTables, PupilRecord } from '../tables.js';

/** A person's pupil records: personal data, read under access control and audited. */
export const pupilsOfSubject = definePersonalLoader<EducationTables, PupilRecord>({
  name: 'pupilsOfSubject',
  category: 'education.pupil',
  field: 'pupils',
  read: (db, upns) => db.selectFrom('pupils').selectAll().where('upn', 'in', upns),
  recordIdOf: (row) => row.upn,
});
