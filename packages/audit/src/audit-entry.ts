/** One read of personal data, as the owning agency records it. */
export interface AuditEntryInput {
  officerId: string;
  officerAgency: string;
  purpose: string;
  basis: 'own-agency' | 'agreement';
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
