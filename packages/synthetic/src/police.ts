/**
 * The police view: nominals (people the force has a record of as suspect,
 * victim or witness) under force references, with offences, involvements and
 * youth justice from `police-events.ts`.
 */
import type { NominalRow, PoliceRecords } from './agency-records.js';
import type { GroundTruth } from './ground-truth.js';
import { ReferenceRegister } from './identifiers.js';
import { writeDown, type NoiseProfile } from './noise.js';
import { sortedTable, type PersonTable } from './person-table.js';
import { policeEvents } from './police-events.js';
import { randomFor } from './prng.js';

/**
 * Names are taken at the roadside or the custody desk, often as the person
 * gives them: more familiar forms, surnames in capitals, plain ASCII.
 */
export const POLICE_NOISE: NoiseProfile = {
  typo: 0.03,
  nickname: 0.45,
  doubleName: 0.45,
  keepAccents: 0.1,
  upperFamilyName: 0.85,
  randomCase: 0.02,
  whitespace: 0.02,
  dobSwap: 0.02,
  dobTypo: 0.012,
  dobMissing: 0,
  sexMissing: 0,
  oldAddress: 0.15,
  postcodeFormat: 0.05,
  postcodeMissing: 0.01,
};

export function policeNominals(truth: GroundTruth): PersonTable<NominalRow> {
  const { seed } = truth.options;
  const expected = truth.counts.police.reduce((sum, count) => sum + count, 0);
  const register = new ReferenceRegister('MP-', 7, expected);
  const rows: NominalRow[] = [];
  const owners: number[] = [];
  for (const resident of truth.residents) {
    const count = truth.counts.police[resident.index];
    for (let k = 0; k < count; k++) {
      const rng = randomFor(seed, resident.index, 'police', k);
      const nominalId = register.issue(rng);
      const { details } = writeDown(rng, resident, POLICE_NOISE, {
        previousName: resident.previousNameAgency === 'police',
        duplicate: k > 0,
        asOf: truth.options.asOf,
      });
      rows.push(Object.assign(details, { nominal_id: nominalId }));
      owners.push(resident.index);
    }
  }
  return sortedTable(rows, owners, (row) => row.nominal_id);
}

export function policeRecords(truth: GroundTruth, nominals: PersonTable<NominalRow>, withEvents: boolean): PoliceRecords {
  const events = withEvents ? policeEvents(truth, nominals) : { offences: [], involvements: [], youthJustice: [] };
  return { nominals: nominals.rows, ...events };
}
