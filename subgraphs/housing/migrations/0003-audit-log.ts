import type { Kysely } from 'kysely';
import { createAuditLog } from '@joined-up/audit';

/** Every read of a household member's records is logged here, by the housing agency, for the housing agency. */
export async function up(db: Kysely<any>): Promise<void> {
  await createAuditLog(db);
}
