import { defineLoader, manyByKey } from '@joined-up/federation';
import type { VoluntaryContext } from '../tables.js';
import { selectServices, type ServiceWithOrganisation } from '../service/service.loader.js';

/** The services of many organisations in one statement, by name. */
export const servicesOfOrganisation = defineLoader<VoluntaryContext, string, ServiceWithOrganisation[]>(
  'servicesOfOrganisation',
  async (organisationIds, { db }) => {
    const rows = await selectServices(db)
      .where('services.organisation_id', 'in', organisationIds)
      .orderBy('services.name')
      .orderBy('services.service_id')
      .execute();
    return manyByKey(organisationIds, rows, (row) => row.organisation_id);
  },
);
