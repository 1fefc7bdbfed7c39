import type { Kysely } from 'kysely';
import { createAuditLog } from '@joined-up/audit';

/** Every read of a patient's records is logged here, by the health agency, for the health agency. */
export async function up(db: Kysely<any>): Promise<void> {
  await createAuditLog(db);
}
