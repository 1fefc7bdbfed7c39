/**
 * One read of personal data, as the owning agency records it. `refused` records
 * an attempt the access decision turned down (in logs migrated to allow it:
 * `allowRefusalsInAuditLog`), so a data protection officer sees who tried.
 */
export interface AuditEntryInput {
  officerId: string;
  officerAgency: string;
  purpose: string;
  basis: 'own-agency' | 'agreement' | 'refused';
  agreementId: string | null;
  subjectPersonId: string | null;
  subjectRecordId: string;
  /** The data category read, e.g. health.urgent-care. */
  category: string;
  /** The GraphQL fields served from it. */
  fields: string[];
  requestId: string;
}

/** Kysely's view of the audit table. */
export interface AuditTables {
  audit_entries: {
    seq: number;
    at: Date;
    officer_id: string;
    officer_agency: string;
    purpose: string;
    basis: string;
    agreement_id: string | null;
    subject_person_id: string | null;
    subject_record_id: string;
    category: string;
    fields: string[];
    request_id: string;
    prev_hash: string;
    hash: string;
  };
}
