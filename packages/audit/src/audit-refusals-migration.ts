import { sql, type Kysely } from 'kysely';

/**
 * Lets an audit log record refused attempts (basis `refused`) beside reads.
 * A look-up that is turned down still tells a data protection officer that
 * someone tried, and for which purpose; the chain covers these entries too.
 */
export async function allowRefusalsInAuditLog(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_entries drop constraint audit_entries_basis`.execute(db);
  await sql`alter table audit_entries add constraint audit_entries_basis check (basis in ('own-agency', 'agreement', 'refused'))`.execute(db);
}
