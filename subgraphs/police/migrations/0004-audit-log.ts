import type { Kysely } from 'kysely';
import { createAuditLog } from '@joined-up/audit';

/** Every read of a nominal's records is logged here, by the police, for the police. */
export async function up(db: Kysely<any>): Promise<void> {
  await createAuditLog(db);
}
