/**
 * Writes each agency's person records as CSV for record-linkage benchmarks:
 *
 *   npx tsx packages/synthetic/src/linkage-csv.ts --size 10000 --seed 1998 --out DIR [--as-of 2026-11-28] [--no-truth]
 *       [--hard [--noise typo=0.2,moved=0]]
 *
 * One file per agency (health.csv, police.csv, ...) with the header
 * record_id,given_name,family_name,date_of_birth,sex,postcode,true_id; the
 * true_id column (the ground-truth person) is left out with --no-truth.
 * Events are not generated, so a million people take well under a minute.
 *
 * --hard writes the hard evaluation set instead (`hard-set/`): its own
 * generator, with twins, common names, surname changes, nicknames, typos,
 * date slips, moves, blanks and lopsided agency coverage, each at a rate
 * --noise can change, and a `noise` column naming the kinds on each record.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AGENCY_IDS, type AgencyId, type PersonDetails } from './agency-records.js';
import { writeCsv, type CsvValue } from './csv.js';
import { generatePopulation, type Population } from './population.js';
import { parseNoiseRates, writeHardSet } from './hard-set/index.js';

interface PersonRecord {
  id: string;
  details: PersonDetails;
}

function personRecords(population: Population, agency: AgencyId): PersonRecord[] {
  switch (agency) {
    case 'health':
      return population.records('health').patients.map((row) => ({ id: row.nhs_number, details: row }));
    case 'police':
      return population.records('police').nominals.map((row) => ({ id: row.nominal_id, details: row }));
    case 'education':
      return population.records('education').pupils.map((row) => ({ id: row.upn, details: row }));
    case 'housing':
      return population.records('housing').members.map((row) => ({ id: row.member_id, details: row }));
    case 'voluntary':
      return population.records('voluntary').clients.map((row) => ({ id: row.client_id, details: row }));
  }
}

function* csvRows(records: PersonRecord[], trueIds: Map<string, string> | null): Generator<CsvValue[]> {
  for (const { id, details } of records) {
    const row: CsvValue[] = [id, details.given_name, details.family_name, details.date_of_birth, details.sex, details.postcode];
    if (trueIds) row.push(trueIds.get(id) ?? null);
    yield row;
  }
}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new Error(`--${name} must be a whole number, got '${value}'`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      'no-truth': { type: 'boolean', default: false },
      hard: { type: 'boolean', default: false },
      noise: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required: the directory to write health.csv, police.csv, ... into');
  if (values.noise && !values.hard) throw new Error('--noise sets the rates of the hard set: add --hard.');
  if (values.hard) {
    const counts = await writeHardSet(values.out, {
      size: wholeNumber('size', values.size, 10_000),
      seed: wholeNumber('seed', values.seed, 1998),
      rates: parseNoiseRates(values.noise),
      truth: !values['no-truth'],
    });
    for (const [agency, count] of Object.entries(counts)) console.log(`${join(values.out, `${agency}.csv`)}: ${count} records`);
    return;
  }
  const population = generatePopulation({
    size: wholeNumber('size', values.size, 10_000),
    seed: wholeNumber('seed', values.seed, 1998),
    asOf: values['as-of'],
    events: false,
  });
  const withTruth = !values['no-truth'];
  const header = ['record_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode', ...(withTruth ? ['true_id'] : [])];
  const links = withTruth ? population.truth() : [];
  await mkdir(values.out, { recursive: true });

  for (const agency of AGENCY_IDS) {
    const trueIds = withTruth ? new Map(links.filter((link) => link.agency === agency).map((link) => [link.record_id, link.person_id])) : null;
    const path = join(values.out, `${agency}.csv`);
    const count = await writeCsv(path, header, csvRows(personRecords(population, agency), trueIds));
    console.log(`${path}: ${count} records`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
