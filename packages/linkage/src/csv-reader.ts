/**
 * Streaming CSV reading as RFC 4180 writes it: fields may be quoted, quotes
 * inside are doubled, quoted fields may hold commas and line breaks; lines end
 * in LF or CRLF. An unquoted empty field is null (a missing value) and a
 * quoted empty one the empty string, matching the synthetic population's
 * writer. Rows are yielded as they are read, with the line each starts on,
 * so a file of a million rows never sits in memory and an error can name
 * its line. A byte-order mark at the start is dropped.
 */
export type CsvRow = (string | null)[];

export interface CsvLine {
  fields: CsvRow;
  /** 1-based line number where the row starts. */
  line: number;
}

/** Longer than this without a line end, and a row is refused rather than buffered without bound. */
export const MAX_ROW_CHARACTERS = 64 * 1024;

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

export async function* readCsvRows(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<CsvLine> {
  const decoder = new TextDecoder();
  let buffer = '';
  let position = 0;
  let line = 1;
  let first = true;
  const take = (parsed: { row: CsvRow | null; next: number }, start: number) => {
    const at = line;
    line += countNewlines(buffer, start, parsed.next);
    return parsed.row ? { fields: parsed.row, line: at } : null;
  };
  const guard = (start: number) => {
    if (buffer.length - start > MAX_ROW_CHARACTERS) {
      throw new CsvSyntaxError(`line ${line}: the row runs past ${MAX_ROW_CHARACTERS.toLocaleString('en-GB')} characters without ending (a field that large is no name, date or postcode)`, line);
    }
  };
  for await (const chunk of chunks) {
    buffer = buffer.slice(position) + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (first && buffer.length > 0) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      first = false;
    }
    position = 0;
    for (;;) {
      const start = position;
      const parsed = parseRow(buffer, position, false, line);
      if (!parsed) {
        guard(start);
        break;
      }
      position = parsed.next;
      const row = take(parsed, start);
      if (row) yield row;
    }
  }
  buffer = buffer.slice(position) + decoder.decode();
  if (first && buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
  position = 0;
  while (position < buffer.length) {
    const start = position;
    const parsed = parseRow(buffer, position, true, line);
    if (!parsed) break;
    guard(start);
    position = parsed.next;
    const row = take(parsed, start);
    if (row) yield row;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * One row starting at `start`, or null when the buffer ends before the row
 * does (more input will follow unless `final`). Blank lines give no row.
 */
function parseRow(text: string, start: number, final: boolean, lineNumber: number): { row: CsvRow | null; next: number } | null {
  const newline = text.indexOf('\n', start);
  if (newline < 0 && !final) return null;
  const lineEnd = newline < 0 ? text.length : newline;
  const line = text.slice(start, lineEnd > start && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
  // Most rows have no quotes at all: split them directly.
  if (!line.includes('"')) {
    return { row: line === '' ? null : line.split(',').map((field) => (field === '' ? null : field)), next: lineEnd + 1 };
  }
  const row: CsvRow = [];
  let i = start;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          if (final) throw new CsvSyntaxError(`line ${lineNumber}: a quoted field is not closed before the end of the file`, lineNumber);
          return null;
        }
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else if (quote + 1 >= text.length && !final) {
          return null; // the next chunk may start with the second quote of a pair
        } else {
          i = quote + 1;
          break;
        }
      }
      row.push(value);
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
      if (end >= text.length && !final) return null;
      const value = text.slice(i, end);
      row.push(value === '' ? null : value);
      i = end;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') return { row, next: i + 2 };
    if (text[i] === '\r' && i + 1 >= text.length && !final) return null;
    if (text[i] === '\n' || text[i] === '\r') return { row, next: i + 1 };
    if (i >= text.length) return { row, next: i };
    throw new CsvSyntaxError(`line ${lineNumber}: unexpected character ${JSON.stringify(text[i])} after a quoted field`, lineNumber);
  }
}
