import { sql, type InsertQueryBuilder, type InsertResult, type Kysely, type QueryCreator } from 'kysely';
import { auditWrites } from '@joined-up/metrics';
import type { AuditEntryInput } from './audit-entry.js';

/**
 * The statement that appends entries, unexecuted, so a read can carry it as
 * a data-modifying common table expression: `with audit_write as (insert ...)
 * select ...` is one statement, so the entries and the read succeed or fail
 * together without a transaction's extra round trips. Hashes are filled in by
 * the database.
 *
 * The entries travel as one array per column, unnested in the database: a
 * read of a hundred people's records writes hundreds of entries, and as a
 * `values` list that was twelve bind parameters per entry for Kysely to build
 * and PostgreSQL to parse; as arrays it is eleven parameters and one
 * statement text whatever the number of entries.
 */
export function insertAuditEntries(db: QueryCreator<any>, entries: readonly AuditEntryInput[]): InsertQueryBuilder<any, 'audit_entries', InsertResult> {
  const column = <Key extends keyof AuditEntryInput>(key: Key) => entries.map((entry) => entry[key]);
  return db
    .insertInto('audit_entries')
    .columns(['officer_id', 'officer_agency', 'purpose', 'basis', 'agreement_id', 'subject_person_id', 'subject_record_id', 'category', 'fields', 'request_id', 'prev_hash', 'hash'])
    .expression(
      sql`select entry.officer_id, entry.officer_agency, entry.purpose, entry.basis, entry.agreement_id,
        entry.subject_person_id, entry.subject_record_id, entry.category,
        array(select jsonb_array_elements_text(entry.fields)), entry.request_id,
        -- Placeholders: the chain trigger computes both before the row is stored.
        '', ''
      from unnest(
        ${column('officerId')}::text[], ${column('officerAgency')}::text[], ${column('purpose')}::text[], ${column('basis')}::text[],
        ${column('agreementId')}::text[], ${column('subjectPersonId')}::text[], ${column('subjectRecordId')}::text[], ${column('category')}::text[],
        ${entries.map((entry) => JSON.stringify(entry.fields))}::jsonb[], ${column('requestId')}::text[]
      ) with ordinality as entry(officer_id, officer_agency, purpose, basis, agreement_id, subject_person_id, subject_record_id, category, fields, request_id, position)
      order by entry.position`,
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
  auditWrites.inc(entries.length);
}
