import type { Kysely } from 'kysely';
import { allowRefusalsInAuditLog } from '@joined-up/audit';

/** Refused look-ups in the person index (`personByRecord`) are logged as well as granted ones. */
export async function up(db: Kysely<any>): Promise<void> {
  await allowRefusalsInAuditLog(db);
}
