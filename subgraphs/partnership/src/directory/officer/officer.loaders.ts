import { defineLoader, manyByKey, notFound, oneByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { OfficerRecord } from '../../tables.js';
import { Officer } from './officer.type.js';

export const officerById = defineLoader<PartnershipContext, string, OfficerRecord | null>('officerById', async (ids, { db }) => {
  const rows = await db.selectFrom('officers').selectAll().where('officer_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.officer_id);
});

export const officersByAgency = defineLoader<PartnershipContext, string, OfficerRecord[]>('officersByAgency', async (agencyIds, { db }) => {
  const rows = await db.selectFrom('officers').selectAll().where('agency_id', 'in', agencyIds).orderBy('name').execute();
  return manyByKey(agencyIds, rows, (row) => row.agency_id);
});

/** An officer by id, or NOT_FOUND. */
export async function loadOfficer(context: PartnershipContext, id: string): Promise<Officer> {
  const record = await context.loaders.load(officerById, id);
  if (!record) throw notFound(`No officer has id "${id}".`, { argument: 'id' });
  return Officer.fromRecord(record);
}
