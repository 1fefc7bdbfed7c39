import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { csvLine } from '../csv.js';
import { randomFor } from '../prng.js';
import { household } from './hard-household.js';
import { PostcodeBook } from './hard-postcodes.js';
import { agenciesHolding, agencyRecords } from './hard-records.js';
import { DEFAULT_COVERAGE, type HardSetAgency, type NoiseRates } from './noise-kinds.js';

export interface HardSetOptions {
  /** People in the population (agencies hold between 3% and 95% of them). */
  size: number;
  seed: number;
  rates: NoiseRates;
  coverage?: Record<HardSetAgency, number>;
  /** Write the `true_id` and `noise` columns (the default). */
  truth?: boolean;
}

export const HARD_SET_HEADER = ['record_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'postcode'] as const;

const PREFIX: Record<HardSetAgency, string> = { health: 'GP', education: 'ED', housing: 'HO', police: 'PN', voluntary: 'VS' };

/**
 * Writes the hard evaluation set, one CSV per agency, household by household
 * so that a million people never sit in memory: each household's people are
 * made, their agency records drawn and written, and the household forgotten.
 */
export async function writeHardSet(dir: string, options: HardSetOptions): Promise<Record<HardSetAgency, number>> {
  const coverage = options.coverage ?? DEFAULT_COVERAGE;
  const truth = options.truth ?? true;
  await mkdir(dir, { recursive: true });
  const agencies = Object.keys(coverage) as HardSetAgency[];
  const writers = Object.fromEntries(agencies.map((agency) => [agency, new BufferedCsv(join(dir, `${agency}.csv`))])) as Record<HardSetAgency, BufferedCsv>;
  const header = [...HARD_SET_HEADER, ...(truth ? ['true_id', 'noise'] : [])];
  for (const agency of agencies) writers[agency].add(csvLine(header));
  const counts = Object.fromEntries(agencies.map((agency) => [agency, 0])) as Record<HardSetAgency, number>;
  const book = new PostcodeBook(options.size);

  let made = 0;
  for (let h = 0; made < options.size; h++) {
    const rng = randomFor(options.seed, 'hard-set', 'household', h);
    const people = household(rng, made, book, options.rates);
    made += people.length;
    const housed = rng.chance(coverage.housing);
    for (const person of people) {
      for (const agency of agenciesHolding(rng, person, coverage, housed)) {
        for (const record of agencyRecords(options.seed, person, agency, options.rates)) {
          const id = `${PREFIX[agency]}${String(++counts[agency]).padStart(7, '0')}`;
          const row = [id, record.givenName, record.familyName, record.dateOfBirth, record.sex, record.postcode];
          writers[agency].add(csvLine(truth ? [...row, person.id, record.noise.join(';') || null] : row));
        }
      }
    }
    for (const agency of agencies) await writers[agency].flushIfFull();
  }
  for (const agency of agencies) await writers[agency].close();
  return counts;
}

class BufferedCsv {
  private buffer = '';
  private readonly stream: WriteStream;
  private failure: Error | null = null;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => (this.failure = error));
  }

  add(line: string): void {
    this.buffer += line;
  }

  async flushIfFull(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer.length < 1 << 16) return;
    const written = this.stream.write(this.buffer);
    this.buffer = '';
    if (!written) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.end(this.buffer);
    await once(this.stream, 'finish');
  }
}
