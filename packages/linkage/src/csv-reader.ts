/**
 * Streaming CSV reading as RFC 4180 writes it: fields may be quoted, quotes
 * inside are doubled, quoted fields may hold commas and line breaks; lines end
 * in LF or CRLF. An unquoted empty field is null (a missing value) and a
 * quoted empty one the empty string, matching the synthetic population's
 * writer. Rows are yielded as they are read, so a file of a million rows
 * never sits in memory.
 */
export type CsvRow = (string | null)[];

export async function* readCsvRows(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<CsvRow> {
  const decoder = new TextDecoder();
  let buffer = '';
  let position = 0;
  for await (const chunk of chunks) {
    buffer = buffer.slice(position) + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    position = 0;
    for (;;) {
      const parsed = parseRow(buffer, position, false);
      if (!parsed) break;
      position = parsed.next;
      if (parsed.row) yield parsed.row;
    }
  }
  buffer = buffer.slice(position) + decoder.decode();
  position = 0;
  while (position < buffer.length) {
    const parsed = parseRow(buffer, position, true);
    if (!parsed) break;
    position = parsed.next;
    if (parsed.row) yield parsed.row;
  }
}

/**
 * One row starting at `start`, or null when the buffer ends before the row
 * does (more input will follow unless `final`). Blank lines give no row.
 */
function parseRow(text: string, start: number, final: boolean): { row: CsvRow | null; next: number } | null {
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
          if (final) throw new Error('A quoted CSV field is not closed before the end of the file.');
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
    throw new Error(`Unexpected character ${JSON.stringify(text[i])} after a quoted CSV field.`);
  }
}
