import type { Kysely } from 'kysely';
import { auditWrites } from '@joined-up/metrics';
import type { AuditEntryInput } from './audit-entry.js';

/**
 * Appends entries in one statement. Call it inside the transaction that
 * reads the data: if the entries cannot be written, the read is rolled back
 * and nothing is returned. Hashes are filled in by the database.
 */
export async function writeAuditEntries(db: Kysely<any>, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_entries')
    .values(
      entries.map((entry) => ({
        officer_id: entry.officerId,
        officer_agency: entry.officerAgency,
        purpose: entry.purpose,
        basis: entry.basis,
        agreement_id: entry.agreementId,
        subject_person_id: entry.subjectPersonId,
        subject_record_id: entry.subjectRecordId,
        category: entry.category,
        fields: entry.fields,
        request_id: entry.requestId,
        // Placeholders: the chain trigger computes both before the row is stored.
        prev_hash: '',
        hash: '',
      })),
    )
    .execute();
  auditWrites.inc(entries.length);
}
