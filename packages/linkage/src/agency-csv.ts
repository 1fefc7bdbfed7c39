import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { AGENCY_IDS } from '@joined-up/synthetic';
import { CsvSyntaxError, readCsvRows } from './csv-reader.js';
import type { LinkageSourceRecord } from './linkage-record.js';
import { normaliseDate } from './normalise.js';

/**
 * One agency's CSV of person records, as `pnpm linkage:evaluate` reads it,
 * checked row by row: a file the partnership cannot trust is refused whole,
 * with its name and the line at fault, before anything reaches the index.
 *
 * Header: record_id,given_name,family_name,date_of_birth,sex,postcode and,
 * optionally, local_authority_code, true_id (the person, for scoring) and
 * noise (the kinds of messiness a generator applied, `;`-separated).
 */
export const REQUIRED_COLUMNS = ['record_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode'] as const;

/** No name, date or postcode is this long: a longer field is a broken export, not a person. */
export const MAX_FIELD_CHARACTERS = 1000;

export interface AgencyCsvRecord {
  record: LinkageSourceRecord;
  trueId: string | null;
  /** Noise kinds named in the `noise` column (empty when none, or no such column). */
  noise: string[];
}

export class AgencyFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
  ) {
    super(`${file}${line === null ? '' : `, line ${line}`}: ${problem}`);
    this.name = 'AgencyFileError';
  }
}

/** The agency a file belongs to, from its name; refuses a name that is no agency's. */
export function agencyOfFile(path: string): string {
  const agency = basename(path, '.csv');
  if (!(AGENCY_IDS as readonly string[]).includes(agency)) {
    throw new AgencyFileError(path, null, `'${agency}' is not an agency of the partnership; name each file after its agency: ${AGENCY_IDS.map((id) => `${id}.csv`).join(', ')}.`);
  }
  return agency;
}

export async function* readAgencyCsv(path: string): AsyncGenerator<AgencyCsvRecord> {
  let columns: Record<string, number> | null = null;
  let width = 0;
  const ids = new Set<string>();
  try {
    for await (const { fields, line } of readCsvRows(createReadStream(path, { highWaterMark: 1 << 20 }))) {
      const fail = (problem: string): never => {
        throw new AgencyFileError(path, line, problem);
      };
      for (const field of fields) {
        if (field !== null && field.length > MAX_FIELD_CHARACTERS) fail(`a field of ${field.length.toLocaleString('en-GB')} characters; no field may exceed ${MAX_FIELD_CHARACTERS}.`);
      }
      if (!columns) {
        columns = Object.fromEntries(fields.map((name, index) => [String(name ?? '').trim(), index]));
        width = fields.length;
        const missing = REQUIRED_COLUMNS.filter((name) => !(name in columns!));
        if (missing.length > 0) fail(`the header lacks ${missing.join(', ')}; it must include ${REQUIRED_COLUMNS.join(',')}.`);
        continue;
      }
      if (fields.length !== width) fail(`${fields.length} fields where the header has ${width}.`);
      const at = (name: string) => (columns![name] === undefined ? null : (fields[columns![name]] ?? null));
      const recordId = at('record_id');
      if (!recordId) fail('no record_id.');
      if (ids.has(recordId!)) fail(`record_id '${recordId}' appears twice.`);
      ids.add(recordId!);
      const dateOfBirth = at('date_of_birth');
      if (dateOfBirth !== null && dateOfBirth.trim() !== '' && normaliseDate(dateOfBirth) === null) {
        fail(`date_of_birth '${dateOfBirth}' is not a real date; write YYYY-MM-DD or DD/MM/YYYY, or leave it empty.`);
      }
      const noise = at('noise');
      yield {
        record: {
          recordId: recordId!,
          givenName: at('given_name'),
          familyName: at('family_name'),
          dateOfBirth,
          sex: at('sex'),
          postcode: at('postcode'),
          localAuthorityCode: at('local_authority_code'),
        },
        trueId: at('true_id'),
        noise: noise ? noise.split(';').filter(Boolean) : [],
      };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new AgencyFileError(path, error.line, error.message.replace(/^line \d+:? ?/, ''));
    throw error;
  }
  if (!columns) throw new AgencyFileError(path, 1, `the file is empty; it needs a header line (${REQUIRED_COLUMNS.join(',')}) and one line per person record.`);
}
