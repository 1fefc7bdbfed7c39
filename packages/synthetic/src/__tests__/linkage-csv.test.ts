import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCY_IDS, generatePopulation } from '../index.js';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../linkage-csv.ts', import.meta.url));
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function linkageCsv(...args: string[]): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'linkage-csv-'));
  dirs.push(out);
  await run(process.execPath, ['--import', 'tsx', cli, '--size', '400', '--seed', '3', '--as-of', '2025-06-15', '--out', out, ...args]);
  return out;
}

describe('linkage-csv', () => {
  it('writes one file per agency whose true_id column is the truth', async () => {
    const out = await linkageCsv();
    const truth = generatePopulation({ size: 400, seed: 3, asOf: '2025-06-15', events: false }).truth();
    for (const agency of AGENCY_IDS) {
      const lines = (await readFile(join(out, `${agency}.csv`), 'utf8')).trimEnd().split('\n');
      expect(lines[0]).toBe('record_id,given_name,family_name,date_of_birth,sex,postcode,true_id');
      const links = truth.filter((link) => link.agency === agency);
      expect(lines).toHaveLength(links.length + 1);
      // record_id comes first and true_id last; neither is ever quoted.
      const pairs = new Set(lines.slice(1).map((line) => `${line.slice(0, line.indexOf(','))} ${line.slice(line.lastIndexOf(',') + 1)}`));
      expect(pairs).toEqual(new Set(links.map((link) => `${link.record_id} ${link.person_id}`)));
    }
  }, 30_000);

  it('leaves the truth out when asked', async () => {
    const out = await linkageCsv('--no-truth');
    const health = await readFile(join(out, 'health.csv'), 'utf8');
    expect(health.split('\n')[0]).toBe('record_id,given_name,family_name,date_of_birth,sex,postcode');
    expect(health).not.toMatch(/P\d{7}/);
  }, 30_000);

  it('explains a missing output directory', async () => {
    await expect(run(process.execPath, ['--import', 'tsx', cli, '--size', '10'])).rejects.toMatchObject({ stderr: expect.stringMatching(/--out DIR is required/) });
  }, 30_000);
});
