import type { Kysely } from 'kysely';
import { createAuditLog } from '@joined-up/audit';

/** Every read of a client's records is logged here, by the voluntary sector, for the voluntary sector. */
export async function up(db: Kysely<any>): Promise<void> {
  await createAuditLog(db);
}
