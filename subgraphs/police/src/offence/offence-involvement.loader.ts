import { definePersonalLoader } from '@joined-up/service';
import type { InvolvementWithOffenceRecord, PoliceTables } from '../tables.js';

/** The offences many nominals were involved in, each with its offence, in one statement, newest first. */
export const involvementsOfSubject = definePersonalLoader<PoliceTables, InvolvementWithOffenceRecord>({
  name: 'involvementsOfSubject',
  category: 'police.offences',
  field: 'offences',
  read: (db, nominalIds) =>
    db
      .selectFrom('offence_involvements as involvement')
      .innerJoin('offences as offence', 'offence.offence_id', 'involvement.offence_id')
      .select([
        'involvement.offence_id',
        'involvement.nominal_id',
        'involvement.role',
        'offence.committed_on',
        'offence.category',
        'offence.outcome',
        'offence.lsoa_code',
        'offence.local_authority_code',
      ])
      .where('involvement.nominal_id', 'in', nominalIds)
      .orderBy('offence.committed_on', 'desc')
      .orderBy('offence.offence_id', 'desc'),
  recordIdOf: (row) => row.nominal_id,
});
