import { definePersonalLoader } from '@joined-up/service';
import { SERVICE_COLUMNS, type ServiceWithOrganisation } from '../service/service.loader.js';
import type { ParticipationRecord, VoluntaryTables } from '../tables.js';

/** A month of participation with the service attended, and that service's organisation. */
export type ServiceParticipationRow = ParticipationRecord & ServiceWithOrganisation;

/** Monthly participation of many clients in one statement, newest month first. */
export const participationOfSubject = definePersonalLoader<VoluntaryTables, ServiceParticipationRow>({
  name: 'participationOfSubject',
  category: 'voluntary.referrals',
  field: 'participation',
  read: (db, clientIds) =>
    db
      .selectFrom('participation')
      .innerJoin('services', 'services.service_id', 'participation.service_id')
      .innerJoin('organisations', 'organisations.organisation_id', 'services.organisation_id')
      .select(['participation.client_id', 'participation.month', 'participation.sessions_attended', ...SERVICE_COLUMNS])
      .where('participation.client_id', 'in', clientIds)
      .orderBy('participation.month', 'desc')
      .orderBy('participation.service_id'),
  recordIdOf: (row) => row.client_id,
});
