import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Creates an agency's audit log in its own schema.
 *
 * The database itself keeps the log honest, whatever code writes to it: a
 * trigger links each entry to the one before by hash (writers take a lock for
 * the rest of their transaction, so concurrent ones cannot fork the chain or
 * number their entries out of its order), and updates, deletes and
 * truncation are refused. Anyone able to bypass triggers can still alter a
 * row, but not without breaking the chain, which `pnpm audit:verify` finds.
 */
export async function createAuditLog(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_entries')
    .addColumn('seq', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('officer_id', 'text', (column) => column.notNull())
    .addColumn('officer_agency', 'text', (column) => column.notNull())
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('basis', 'text', (column) => column.notNull())
    .addColumn('agreement_id', 'text')
    .addColumn('subject_person_id', 'text')
    .addColumn('subject_record_id', 'text', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('fields', sql`text[]`, (column) => column.notNull())
    .addColumn('request_id', 'text', (column) => column.notNull())
    .addColumn('prev_hash', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .addCheckConstraint('audit_entries_basis', sql`basis in ('own-agency', 'agreement')`)
    .execute();
  await db.schema.createIndex('audit_entries_subject_person').on('audit_entries').column('subject_person_id').execute();
  await db.schema.createIndex('audit_entries_subject_record').on('audit_entries').column('subject_record_id').execute();

  // The digest covers every column but the hash itself, in a fixed text form.
  await sql`
    create function audit_entry_digest(prev_hash text, e audit_entries) returns text
    language sql immutable as $$
      select encode(sha256(convert_to(concat_ws('|',
        prev_hash, e.seq::text,
        to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.officer_id, e.officer_agency, e.purpose, e.basis, coalesce(e.agreement_id, ''),
        coalesce(e.subject_person_id, ''), e.subject_record_id, e.category, array_to_string(e.fields, ','), e.request_id
      ), 'UTF8')), 'hex')
    $$`.execute(db);

  await sql`
    create function audit_entries_chain() returns trigger
    language plpgsql as $$
    declare
      previous text;
    begin
      perform pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.audit_entries'));
      execute format('select hash from %I.audit_entries order by seq desc limit 1', TG_TABLE_SCHEMA) into previous;
      new.prev_hash := coalesce(previous, 'genesis');
      new.hash := audit_entry_digest(new.prev_hash, new);
      return new;
    end
    $$`.execute(db);

  // Entries are numbered (seq) as each row is formed, after statement-level
  // triggers run: taking the chain's lock here, for the rest of the
  // transaction, means a concurrent writer cannot take a number before this
  // one commits, so the chain's order is the numbering's order.
  await sql`
    create function audit_entries_serialise() returns trigger
    language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.audit_entries'));
      return null;
    end
    $$`.execute(db);

  await sql`
    create function audit_entries_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'audit entries are append-only: % is not allowed', TG_OP using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);

  await sql`create trigger audit_entries_serialise before insert on audit_entries for each statement execute function audit_entries_serialise()`.execute(db);
  await sql`create trigger audit_entries_chain before insert on audit_entries for each row execute function audit_entries_chain()`.execute(db);
  await sql`create trigger audit_entries_append_only before update or delete on audit_entries for each row execute function audit_entries_refuse_change()`.execute(db);
  await sql`create trigger audit_entries_no_truncate before truncate on audit_entries for each statement execute function audit_entries_refuse_change()`.execute(db);
}

/**
 * The audit log as a migration: every agency lists it in its own migrations
 * (under its own name, in its own order), and the agency skeleton refuses a
 * subgraph that has none.
 */
export const auditLogMigration: Migration = { up: createAuditLog };
