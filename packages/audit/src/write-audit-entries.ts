import type { InsertQueryBuilder, InsertResult, Kysely, QueryCreator } from 'kysely';
import type { AuditEntryInput } from './audit-entry.js';

/**
 * The statement that appends entries, unexecuted, so a read can carry it as
 * a data-modifying common table expression: `with audit_write as (insert ...)
 * select ...` is one statement, so the entries and the read succeed or fail
 * together without a transaction's extra round trips. Hashes are filled in by
 * the database.
 */
export function insertAuditEntries(db: QueryCreator<any>, entries: readonly AuditEntryInput[]): InsertQueryBuilder<any, 'audit_entries', InsertResult> {
  return db.insertInto('audit_entries').values(
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
  );
}

/**
 * Appends entries in one statement. Call it inside the transaction that
 * reads the data: if the entries cannot be written, the read is rolled back
 * and nothing is returned.
 */
export async function writeAuditEntries(db: Kysely<any>, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await insertAuditEntries(db, entries).execute();
}
