/**
 * All an agency declares to let its officers search its own records: the
 * table of person records (every agency keeps given and family name, date of
 * birth and postcode beside its own id) and how to speak of it.
 */
export interface RecordSearchDeclaration {
  /** The agency, e.g. `health`; the query is `searchHealthRecords`. */
  agency: string;
  /** The table of person records, e.g. `patients`. */
  table: string;
  /** Its record id column, e.g. `nhs_number`. */
  idColumn: string;
  /** The category the identifying details belong to, recorded in the audit entries, e.g. `health.registration`. */
  category: string;
  /** What officers call the record id, e.g. `NHS number`. */
  recordIdName: string;
}
