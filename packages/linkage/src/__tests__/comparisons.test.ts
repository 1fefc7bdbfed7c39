import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDatabase, type AgencyDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { comparisonLevelsSql, COMPARISONS, levelLabel } from '../comparisons.js';
import { createRecordEncoder } from '../encode-record.js';
import type { LinkageSourceRecord } from '../linkage-record.js';
import { createLinkageTables } from '../linkage-tables.js';
import { storeEncodings } from '../store-encodings.js';

const person = (recordId: string, dateOfBirth: string): LinkageSourceRecord => ({
  recordId,
  givenName: 'Kwame',
  familyName: 'Mensah',
  dateOfBirth,
  sex: 'M',
  postcode: 'SE15 4QR',
  localAuthorityCode: null,
});

const DATES: Record<string, string> = {
  father: '1968-03-14',
  son: '1996-11-02',
  uncle: '1970-05-09',
  uncleSwapped: '1970-09-05',
  fatherOneSlip: '1968-03-15',
  fatherYearTransposed: '1986-03-21', // 1968 → 1986 and the day mistyped too
  fatherYearOneDigit: '1958-03-21', // a decade away by one digit of the year, and the day mistyped too
  brother: '1971-07-30',
  placeholder: '1968-03-14', // its birth month is overwritten with one that is not a year
};

describe('comparing dates of birth', () => {
  let shared: TestDatabaseOptions;
  let database: AgencyDatabase<any>;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-comparisons');
    database = await createDatabase<any>({ ...shared, schema: 'partnership' });
    await createLinkageTables(database.db);
    const encode = createRecordEncoder('a secret the agencies share');
    await storeEncodings(
      database.db,
      'health',
      Object.entries(DATES).map(([recordId, date]) => encode(person(recordId, date))),
    );
    await sql`update linkage_encodings set birth_month = 'n/a' where record_id = 'placeholder'`.execute(database.db);
  });
  afterAll(async () => {
    await database?.destroy();
    await shared?.drop();
  });

  const dateLevel = async (a: string, b: string) => {
    const row = (
      await sql<{ date_of_birth: number }>`
        select ${sql.raw(comparisonLevelsSql('ea', 'eb'))}
        from linkage_encodings ea, linkage_encodings eb where ea.record_id = ${a} and eb.record_id = ${b}`.execute(database.db)
    ).rows[0];
    return levelLabel(COMPARISONS.find((comparison) => comparison.name === 'date_of_birth')!, Number(row.date_of_birth));
  };

  it('puts a parent and child of one name a generation apart', async () => {
    expect(await dateLevel('father', 'son')).toMatch(/^a generation apart/);
    expect(await dateLevel('son', 'father')).toMatch(/^a generation apart/);
  });

  it('keeps what a keying slip explains out of the generation level', async () => {
    expect(await dateLevel('father', 'fatherOneSlip')).toMatch(/^one digit different/);
    expect(await dateLevel('father', 'fatherYearTransposed')).toBe('different');
    expect(await dateLevel('father', 'fatherYearOneDigit')).toBe('different');
  });

  it('calls dates a few years apart different, not a generation apart, and a day-month swap a swap', async () => {
    expect(await dateLevel('father', 'brother')).toBe('different');
    expect(await dateLevel('uncle', 'uncleSwapped')).toBe('day and month swapped');
  });

  it('compares a record whose birth month is not a year without failing, as never a generation apart', async () => {
    expect(await dateLevel('placeholder', 'son')).toBe('different');
    expect(await dateLevel('son', 'placeholder')).toBe('different');
  });
});
