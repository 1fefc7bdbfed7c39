import { definePersonalLoader } from '@joined-up/service';
import type { NominalRecord, PoliceTables } from '../tables.js';

/** A person's nominal records: personal data, read under access control and audited. */
export const nominalsOfSubject = definePersonalLoader<PoliceTables, NominalRecord>({
  name: 'nominalsOfSubject',
  category: 'police.nominal',
  field: 'nominals',
  read: (db, nominalIds) => db.selectFrom('nominals').selectAll().where('nominal_id', 'in', nominalIds),
  recordIdOf: (row) => row.nominal_id,
});
