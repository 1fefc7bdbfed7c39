import { defineLoader, oneByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { AgencyRecord } from '../../tables.js';

export const agencyById = defineLoader<PartnershipContext, string, AgencyRecord | null>('agencyById', async (ids, { db }) => {
  const rows = await db.selectFrom('agencies').selectAll().where('agency_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.agency_id);
});
