import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_NOISE_RATES, NOISE_KINDS, parseNoiseRates, writeHardSet } from '../hard-set/index.js';

interface Row {
  record_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  postcode: string;
  true_id: string;
  noise: string[];
}

/** The hard set's rows (its writer quotes only fields with a leading space, which `" Smith"` is). */
async function rows(dir: string, agency: string): Promise<Row[]> {
  const lines = (await readFile(join(dir, `${agency}.csv`), 'utf8')).trim().split('\n');
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((field) => field.replace(/,$/, '').replace(/^"|"$/g, ''));
    const row = Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])) as Record<string, string>;
    return { ...row, noise: row.noise ? row.noise.split(';') : [] } as unknown as Row;
  });
}

describe('the hard evaluation set', () => {
  const dirs: string[] = [];
  const make = async (rates = DEFAULT_NOISE_RATES, seed = 7) => {
    const dir = await mkdtemp(join(tmpdir(), 'hard-set-'));
    dirs.push(dir);
    const counts = await writeHardSet(dir, { size: 3000, seed, rates });
    return { dir, counts };
  };
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('names every kind of noise on the records it touches, and holds very different shares per agency', async () => {
    const { dir, counts } = await make();
    const all = (await Promise.all(Object.keys(counts).map((agency) => rows(dir, agency)))).flat();
    const seen = new Set(all.flatMap((row) => row.noise));
    for (const kind of Object.keys(NOISE_KINDS)) expect(seen, kind).toContain(kind);
    expect(counts.health).toBeGreaterThan(20 * counts.voluntary);
    expect(counts.police).toBeLessThan(counts.health / 8);
    // Twins: two people, one family name, date of birth and address.
    const twins = all.filter((row) => row.noise.includes('twin') && row.noise.length === 1);
    const byBirth = new Map<string, Set<string>>();
    for (const row of twins) {
      const key = `${row.family_name}|${row.date_of_birth}|${row.postcode}`;
      byBirth.set(key, (byBirth.get(key) ?? new Set()).add(row.true_id));
    }
    expect([...byBirth.values()].some((people) => people.size === 2)).toBe(true);
  });

  it('switches a kind off at rate 0 and is the same file for the same seed', async () => {
    const rates = parseNoiseRates('typo=0,nickname=0,blank=0');
    const { dir } = await make(rates);
    const health = await rows(dir, 'health');
    const kinds = new Set(health.flatMap((row) => row.noise));
    expect(kinds).not.toContain('typo');
    expect(kinds).not.toContain('nickname');
    expect(kinds).not.toContain('blank');
    expect(health.every((row) => row.date_of_birth !== '' && row.postcode !== '')).toBe(true);
    const again = await make(rates);
    expect(await readFile(join(again.dir, 'health.csv'), 'utf8')).toBe(await readFile(join(dir, 'health.csv'), 'utf8'));
  });

  it('refuses an unknown kind or a rate outside 0 to 1', () => {
    expect(() => parseNoiseRates('typos=0.1')).toThrow(/Unknown noise kind 'typos'/);
    expect(() => parseNoiseRates('typo=2')).toThrow(/between 0 and 1/);
  });
});
