import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDatabase, migrateToLatest, type AgencyDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { createAuditLog, verifyAuditChain, writeAuditEntries, type AuditEntryInput, type AuditTables } from '../index.js';

const entry = (subject: string, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  officerId: 'police-analyst',
  officerAgency: 'police',
  purpose: 'youth-crime-prevention',
  basis: 'agreement',
  agreementId: 'ISA-LAMBETH-YOUTH-CRIME',
  subjectPersonId: 'JU0000000001',
  subjectRecordId: subject,
  category: 'health.urgent-care',
  fields: ['aeAttendances'],
  requestId: 'request-0001',
  ...overrides,
});

describe('the audit log', () => {
  let shared: TestDatabaseOptions;
  let database: AgencyDatabase<AuditTables>;

  beforeAll(async () => {
    shared = await testDatabaseOptions('audit-log');
    database = await createDatabase<AuditTables>({ ...shared, schema: 'auditee' });
    await migrateToLatest(database.db, 'auditee', { '0001-audit': { up: createAuditLog } });
  });
  afterAll(async () => {
    await database?.destroy();
    await shared?.drop();
  });

  it('chains entries written in one statement and in separate transactions', async () => {
    await writeAuditEntries(database.db, [entry('R1'), entry('R2'), entry('R3')]);
    await Promise.all([
      database.db.transaction().execute((trx) => writeAuditEntries(trx, [entry('R4')])),
      database.db.transaction().execute((trx) => writeAuditEntries(trx, [entry('R5')])),
    ]);
    const rows = await database.db.selectFrom('audit_entries').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows).toHaveLength(5);
    expect(rows[0].prev_hash).toBe('genesis');
    for (let index = 1; index < rows.length; index++) expect(rows[index].prev_hash).toBe(rows[index - 1].hash);
    expect(await verifyAuditChain(database.db)).toEqual({ intact: true, entries: 5 });
  });

  it('stores each entry as given, in the order given, nulls and field lists included', async () => {
    const entries = [
      entry('F1', { fields: ['patients', 'admissions'], subjectPersonId: null }),
      entry('F2', { fields: [], basis: 'own-agency', agreementId: null }),
      entry('F3', { fields: ["it's, \"quoted\""], requestId: 'request-0002' }),
    ];
    await writeAuditEntries(database.db, entries);
    const rows = await database.db
      .selectFrom('audit_entries')
      .select(['officer_id', 'officer_agency', 'purpose', 'basis', 'agreement_id', 'subject_person_id', 'subject_record_id', 'category', 'fields', 'request_id'])
      .where('subject_record_id', 'in', ['F1', 'F2', 'F3'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual(
      entries.map((given) => ({
        officer_id: given.officerId,
        officer_agency: given.officerAgency,
        purpose: given.purpose,
        basis: given.basis,
        agreement_id: given.agreementId,
        subject_person_id: given.subjectPersonId,
        subject_record_id: given.subjectRecordId,
        category: given.category,
        fields: given.fields,
        request_id: given.requestId,
      })),
    );
    expect((await verifyAuditChain(database.db)).intact).toBe(true);
  });

  it('keeps one chain when many transactions write at once', async () => {
    const before = (await verifyAuditChain(database.db)).entries;
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        database.db.transaction().execute(async (trx) => {
          await writeAuditEntries(trx, [entry(`C${index}`), entry(`D${index}`)]);
          // Hold the transaction open a moment, as a read of records would.
          await sql`select pg_sleep(0.01)`.execute(trx);
        }),
      ),
    );
    expect(await verifyAuditChain(database.db)).toEqual({ intact: true, entries: before + 60 });
  });

  it('refuses updates, deletes and truncation', async () => {
    await expect(database.db.updateTable('audit_entries').set({ purpose: 'marketing' }).execute()).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('audit_entries').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_entries`.execute(database.db)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(database.db)).intact).toBe(true);
  });

  it('detects a row altered by someone who bypassed the triggers', async () => {
    await database.db.connection().execute(async (connection) => {
      await sql`set session_replication_role = replica`.execute(connection);
      try {
        await sql`update audit_entries set purpose = 'marketing' where seq = (select min(seq) + 2 from audit_entries)`.execute(connection);
      } finally {
        await sql`set session_replication_role = origin`.execute(connection);
      }
    });
    const verdict = await verifyAuditChain(database.db);
    expect(verdict.intact).toBe(false);
    if (!verdict.intact) expect(verdict.problem).toMatch(/contents/);
  });
});
