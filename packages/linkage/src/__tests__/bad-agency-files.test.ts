import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { main } from '../evaluate-cli.js';

const HEADER = 'record_id,given_name,family_name,date_of_birth,sex,postcode,true_id';
const GOOD = [
  'H1,Olivia,Okafor,1990-03-04,F,SE5 7AB,P1',
  'H2,Kwame,Mensah,1985-11-20,M,SW9 8CD,P2',
  'H3,Grace,Reid,2001-07-15,F,SE15 4EF,P3',
];

/**
 * Every bad file is refused with its name and line, before any database is
 * touched: on PostgreSQL no evaluation schema is left behind (the evaluation
 * creates one only after every file has been read through).
 */
describe('agency files the evaluation refuses or accepts', () => {
  let shared: TestDatabaseOptions;
  let root: string;
  let schemasBefore: () => Promise<number>;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-bad-files');
    root = await mkdtemp(join(tmpdir(), 'linkage-bad-files-'));
    const database = await createDatabase<any>({ schema: 'public', env: shared.env ?? {}, memoryName: shared.memoryName });
    schemasBefore = async () =>
      Number((await sql<{ n: number }>`select count(*)::int as n from information_schema.schemata where schema_name like 'linkage_eval_%'`.execute(database.db)).rows[0].n);
    afterAll(() => database.destroy());
  }, 60_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await shared?.drop();
  });

  let case_ = 0;
  async function directory(files: Record<string, string>): Promise<string> {
    const dir = join(root, `case-${case_++}`);
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  }
  const args = (dir: string) => ['--records', dir, ...(shared.env?.DATABASE_URL ? ['--database-url', shared.env.DATABASE_URL] : [])];

  async function refused(files: Record<string, string>, message: RegExp): Promise<void> {
    const dir = await directory(files);
    const before = await schemasBefore();
    await expect(main(args(dir), () => {})).rejects.toThrow(message);
    expect(await schemasBefore()).toBe(before);
    expect((await readdir(dir)).length).toBe(Object.keys(files).length);
  }

  it('refuses a file without a required column, naming the file, line 1 and the column', async () => {
    await refused(
      { 'health.csv': `${HEADER}\n${GOOD.join('\n')}\n`, 'police.csv': 'record_id,given_name,date_of_birth,sex,postcode\nP1,Olivia,1990-03-04,F,SE5 7AB\n' },
      /police\.csv, line 1: the header lacks family_name/,
    );
  });

  it('refuses a file named after no agency', async () => {
    await refused({ 'health.csv': `${HEADER}\n${GOOD.join('\n')}\n`, 'probation.csv': `${HEADER}\n${GOOD[0]}\n` }, /probation\.csv: 'probation' is not an agency/);
  });

  it('refuses an impossible date of birth, naming its line', async () => {
    await refused({ 'health.csv': `${HEADER}\n${GOOD[0]}\n${GOOD[1]}\nH4,Ada,Obi,2023-02-30,F,SE5 7AB,P4\n` }, /health\.csv, line 4: date_of_birth '2023-02-30' is not a real date/);
  });

  it('refuses a 1 MB field, naming its line', async () => {
    const huge = 'x'.repeat(1 << 20);
    await refused({ 'health.csv': `${HEADER}\n${GOOD[0]}\nH9,${huge},Obi,1990-01-01,F,SE5 7AB,P9\n${GOOD[1]}\n` }, /health\.csv, line 3: .*(1,048,576 characters|runs past)/);
  });

  it('refuses an empty file', async () => {
    await refused({ 'health.csv': `${HEADER}\n${GOOD.join('\n')}\n`, 'housing.csv': '' }, /housing\.csv, line 1: the file is empty/);
  });

  it('refuses a row with the wrong number of fields, naming its line', async () => {
    await refused({ 'health.csv': `${HEADER}\n${GOOD[0]}\nH5,Ada,Obi,1990-01-01,F\n` }, /health\.csv, line 3: 5 fields where the header has 7/);
  });

  it('reads CRLF line endings and a byte-order mark as the plain file', async () => {
    const dir = await directory({
      'health.csv': `\uFEFF${HEADER}\r\n${GOOD.join('\r\n')}\r\n`,
      'police.csv': `\uFEFF${HEADER}\r\nM1,OLIVIA,OKAFOR,04/03/1990,F,se57ab,P1\r\nM2,Kwame,Mensah,1985-11-20,M,SW98CD,P2\r\n`,
    });
    const output: string[] = [];
    await main(args(dir), (text) => output.push(text));
    const report = output.join('\n');
    expect(report).toMatch(/health\s+3\b/);
    expect(report).toMatch(/police\s+2\b/);
    // A BOM left on the header would hide record_id; a CR left on a line would end every postcode in \r and spoil the exact matches.
    expect(report).toMatch(/True pairs: 2; found pairs: 2; correct: 2/);
  }, 60_000);
});
