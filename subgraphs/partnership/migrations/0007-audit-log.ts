import type { Kysely } from 'kysely';
import { createAuditLog } from '@joined-up/audit';

/** Reads of the person index (which agencies know a person) are logged here, by the partnership. */
export async function up(db: Kysely<any>): Promise<void> {
  await createAuditLog(db);
}
