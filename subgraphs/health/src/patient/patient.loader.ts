import { defineLoader } from '@joined-up/federation';
import { definePersonalLoader } from '@joined-up/service';
import type { HealthContext } from '../tables.js';
import type { HealthTables, PatientRecord } from '../tables.js';

/** A person's patient registrations: personal data, read under access control and audited. */
export const patientsOfSubject = definePersonalLoader<HealthTables, PatientRecord>({
  name: 'patientsOfSubject',
  category: 'health.registration',
  field: 'patients',
  read: (db, nhsNumbers) => db.selectFrom('patients').selectAll().where('nhs_number', 'in', nhsNumbers),
  recordIdOf: (row) => row.nhs_number,
});

/**
 * Whether a registration carries a national data opt-out. This is the
 * health agency checking its own duty before serving anything, not a read on
 * an officer's behalf, so it is neither access-controlled nor audited.
 */
export const optedOut = defineLoader<HealthContext, string, boolean>('optedOut', async (nhsNumbers, { db }) => {
  const rows = await db
    .selectFrom('patients')
    .select('nhs_number')
    .where('nhs_number', 'in', nhsNumbers)
    .where('national_opt_out', '=', true)
    .execute();
  const opted = new Set(rows.map((row) => row.nhs_number));
  return nhsNumbers.map((nhsNumber) => opted.has(nhsNumber));
});
