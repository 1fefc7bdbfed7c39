import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, csvLine, writeCsv } from '../csv.js';

/** A strict RFC 4180 reader, so the test checks what a spreadsheet or COPY would see. */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          value += text[i++];
        }
      }
      row.push(value);
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\n') end++;
      row.push(end === i ? null : text.slice(i, end));
      i = end;
    }
    if (text[i] === ',') {
      i++;
      if (text[i] === '\n' || i === text.length) row.push(null);
    }
    if (text[i] === '\n') {
      rows.push(row);
      row = [];
      i++;
    }
  }
  return rows;
}

describe('csv', () => {
  it('leaves plain fields alone and quotes the rest', () => {
    expect(csvField("O'Connor")).toBe("O'Connor");
    expect(csvField('Zoë')).toBe('Zoë');
    expect(csvField('Smith, John')).toBe('"Smith, John"');
    expect(csvField('The "Bull"')).toBe('"The ""Bull"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' Linh')).toBe('" Linh"');
    expect(csvField('')).toBe('""');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('writes lines a strict reader reads back to the same values', () => {
    const values = ['MP-0000001', 'Smith, John', 'The "Bull"', null, "D'Souza", ' spaced ', ''];
    expect(parseCsv(csvLine(values))).toEqual([values]);
  });

  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('streams many rows to a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synthetic-csv-'));
    dirs.push(dir);
    const path = join(dir, 'rows.csv');
    function* rows(): Generator<(string | null)[]> {
      for (let i = 0; i < 20_000; i++) yield [String(i), i % 3 === 0 ? 'a, "b"' : 'plain', i % 5 === 0 ? null : 'x'];
    }
    const count = await writeCsv(path, ['id', 'name', 'note'], rows());
    const parsed = parseCsv(await readFile(path, 'utf8'));
    expect(count).toBe(20_000);
    expect(parsed).toHaveLength(20_001);
    expect(parsed[0]).toEqual(['id', 'name', 'note']);
    expect(parsed[1]).toEqual(['0', 'a, "b"', null]);
    expect(parsed[20_000]).toEqual(['19999', 'plain', 'x']);
  });

  it('rejects when the file cannot be written', async () => {
    await expect(writeCsv('/nonexistent-dir/rows.csv', ['id'], [['1']])).rejects.toThrow(/ENOENT/);
  });
});
