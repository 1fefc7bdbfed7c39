import { definePersonalLoader } from '@joined-up/service';
import type { PoliceTables, YouthJusticeInterventionRecord } from '../tables.js';

/** Youth justice interventions of many nominals in one statement, most recently started first. */
export const interventionsOfSubject = definePersonalLoader<PoliceTables, YouthJusticeInterventionRecord>({
  name: 'interventionsOfSubject',
  category: 'police.youth-justice',
  field: 'youthJustice',
  read: (db, nominalIds) =>
    db
      .selectFrom('youth_justice_interventions')
      .selectAll()
      .where('nominal_id', 'in', nominalIds)
      .orderBy('started_on', 'desc')
      .orderBy('intervention_id', 'desc'),
  recordIdOf: (row) => row.nominal_id,
});
