import type { Kysely } from 'kysely';
import { forbidden } from '@joined-up/federation';
import type { PartnershipContext } from '../context.js';
import type { OfficerRecord, PartnershipTables } from '../tables.js';

/**
 * The directory entry of the officer making a change. Every change names who
 * made it, so a token whose officer is not in the partnership directory (or
 * who has moved agency since it was issued) may read but not write.
 */
export async function requireDirectoryOfficer(db: Kysely<PartnershipTables>, context: PartnershipContext): Promise<OfficerRecord> {
  const { officerId, agency } = context.identity;
  const officer = await db.selectFrom('officers').selectAll().where('officer_id', '=', officerId).executeTakeFirst();
  if (!officer) throw forbidden(`Officer "${officerId}" is not in the partnership directory, so cannot make changes. Ask the partnership team to add you.`);
  if (officer.agency_id !== agency) {
    throw forbidden(`Your token says you work for ${agency} but the directory lists you at ${officer.agency_id}. Get a new token.`);
  }
  return officer;
}
