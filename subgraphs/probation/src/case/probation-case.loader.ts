import { definePersonalLoader } from '@joined-up/service';
import type { ProbationCaseRecord, ProbationTables } from '../tables.js';

/** A person's probation cases: personal data, read under access control and audited. */
export const casesOfSubject = definePersonalLoader<ProbationTables, ProbationCaseRecord>({
  name: 'casesOfSubject',
  category: 'probation.case',
  field: 'cases',
  read: (db, crns) => db.selectFrom('probation_cases').selectAll().where('crn', 'in', crns),
  recordIdOf: (row) => row.crn,
});
