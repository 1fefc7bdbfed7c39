/**
 * CSV as RFC 4180 has it: fields with a comma, a double quote, a line break or
 * leading or trailing spaces are quoted, with quotes doubled. Null is an empty
 * field and the empty string a quoted one, so the two survive a round trip.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  if (text === '' || /[",\r\n]/.test(text) || text.trim() !== text) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** Buffered writes of about this many characters keep a million rows fast without holding them all. */
const CHUNK = 1 << 16;

/** Writes a header and rows to a file as they come, waiting whenever the disk falls behind. */
export async function writeCsv(path: string, header: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  let buffer = csvLine(header);
  let count = 0;
  for (const row of rows) {
    buffer += csvLine(row);
    count++;
    if (buffer.length >= CHUNK) {
      if (!stream.write(buffer)) await Promise.race([once(stream, 'drain'), failed]);
      buffer = '';
    }
  }
  stream.end(buffer);
  await Promise.race([once(stream, 'finish'), failed]);
  return count;
}
