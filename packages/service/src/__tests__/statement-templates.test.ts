import { describe, expect, it } from 'vitest';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { insertAuditEntries, type AuditEntryInput } from '@joined-up/audit';
import { StatementTemplates } from '../statement-templates.js';

// Kysely's own way to compile PostgreSQL without a connection: these tests look only at the SQL and its parameters.
const db = new Kysely<any>({
  dialect: { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new PostgresIntrospector(db), createQueryCompiler: () => new PostgresQueryCompiler() },
});

const entry = (recordId: string, agreementId: string | null): AuditEntryInput => ({
  officerId: 'officer-1', officerAgency: 'police', purpose: 'youth-crime-prevention', basis: agreementId ? 'agreement' : 'own-agency', agreementId,
  subjectPersonId: null, subjectRecordId: recordId, category: 'health.urgent-care', fields: ['aeAttendances', 'admissions'], requestId: 'request-1',
});

/** A read and its audit, as a round of personal reads builds them: audit columns as lists, then the record ids. */
function readWithAudit(value: (index: number) => unknown, idCount: number) {
  const columns = ['officerId', 'officerAgency', 'purpose', 'basis', 'agreementId', 'subjectPersonId', 'subjectRecordId', 'category', 'fields', 'requestId'] as const;
  const lists = columns.map((_, index) => value(index) as unknown[]);
  const entries = lists[0].map((_, row) => Object.fromEntries(columns.map((column, index) => [column, lists[index][row]])) as unknown as AuditEntryInput);
  const ids = Array.from({ length: idCount }, (_, at) => value(columns.length + at));
  return db
    .with('audit_write', (db) => insertAuditEntries(db, entries))
    .selectNoFrom([jsonArrayFrom(db.selectFrom('ae_attendances').selectAll().where('nhs_number', 'in', ids).where('kind', '=', 'walk-in').orderBy('arrived_at', 'desc')).as('read_0')]);
}

const valuesOf = (entries: AuditEntryInput[], ids: string[]) => [
  ...(['officerId', 'officerAgency', 'purpose', 'basis', 'agreementId', 'subjectPersonId', 'subjectRecordId', 'category', 'fields', 'requestId'] as const).map((column) => entries.map((entry) => entry[column])),
  ...ids,
];

describe('statements compiled once per shape', () => {
  it('gives, for new values of a known shape, exactly the statement built directly from them', () => {
    const templates = new StatementTemplates();
    templates.compile('shape', valuesOf([entry('a', null), entry('b', 'agreement-1')], ['a', 'b']), (value) => readWithAudit(value, 2));
    const values = valuesOf([entry('c', 'agreement-2'), entry('d', null), entry('e', null)], ['c', 'd']);
    const filled = templates.compile('shape', values, () => {
      throw new Error('a known shape is not built again');
    });
    const direct = readWithAudit((index) => values[index], 2).compile();
    expect(filled.sql).toBe(direct.sql);
    expect(filled.parameters).toEqual(direct.parameters);
    expect(filled.parameters).toContain('walk-in');
  });

  it('never trusts a shape whose statement is not a function of its values', () => {
    const templates = new StatementTemplates();
    let built = 0;
    const impure = (value: (index: number) => unknown) => db.selectFrom('ae_attendances').selectAll().where('nhs_number', '=', value(0)).where('seen', '=', built++);
    templates.compile('impure', ['a'], impure);
    const second = templates.compile('impure', ['b'], impure);
    expect(second.parameters).toEqual(['b', built - 1]);
  });
});
