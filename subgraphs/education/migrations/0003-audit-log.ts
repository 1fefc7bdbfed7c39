import type { Kysely } from 'kysely';
import { createAuditLog } from '@joined-up/audit';

/** Every read of a pupil's records is logged here, by the education agency, for the education agency. */
export async function up(db: Kysely<any>): Promise<void> {
  await createAuditLog(db);
}
