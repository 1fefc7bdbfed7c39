import { defineLoader, notFound, oneByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { AgencyRecord } from '../../tables.js';
import { Agency } from './agency.type.js';

export const agencyById = defineLoader<PartnershipContext, string, AgencyRecord | null>('agencyById', async (ids, { db }) => {
  const rows = await db.selectFrom('agencies').selectAll().where('agency_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.agency_id);
});

/** An agency by id, or NOT_FOUND. */
export async function loadAgency(context: PartnershipContext, id: string): Promise<Agency> {
  const record = await context.loaders.load(agencyById, id);
  if (!record) throw notFound(`No agency has id "${id}". Ask \`agencies\` for the list.`, { argument: 'id' });
  return Agency.fromRecord(record);
}
