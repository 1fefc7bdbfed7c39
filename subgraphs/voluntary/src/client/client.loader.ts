import { definePersonalLoader } from '@joined-up/service';
import type { ClientRecord, VoluntaryTables } from '../tables.js';

/** A person's client records: personal data, read under access control and audited. */
export const clientsOfSubject = definePersonalLoader<VoluntaryTables, ClientRecord>({
  name: 'clientsOfSubject',
  category: 'voluntary.client',
  field: 'clients',
  read: (db, clientIds) => db.selectFrom('clients').selectAll().where('client_id', 'in', clientIds).orderBy('client_id'),
  recordIdOf: (row) => row.client_id,
});
