/**
 * The voluntary sector's view: clients of local charities under the
 * organisations' shared client reference, the organisations and services, and
 * referrals and participation from `voluntary-events.ts`.
 */
import type { ClientRow, VoluntaryRecords } from './agency-records.js';
import type { GroundTruth } from './ground-truth.js';
import { ReferenceRegister } from './identifiers.js';
import { writeDown, type NoiseProfile } from './noise.js';
import { sortedTable, type PersonTable } from './person-table.js';
import { randomFor } from './prng.js';
import { voluntaryEvents } from './voluntary-events.js';
import { ORGANISATIONS, SERVICES } from './voluntary-services.js';

/**
 * Sign-up sheets and youth-club registers: first names as the young person
 * gives them, dates of birth often not asked, postcodes typed any way.
 */
export const VOLUNTARY_NOISE: NoiseProfile = {
  typo: 0.04,
  nickname: 0.5,
  doubleName: 0.45,
  keepAccents: 0.8,
  upperFamilyName: 0,
  randomCase: 0.12,
  whitespace: 0.1,
  dobSwap: 0.03,
  dobTypo: 0.015,
  dobMissing: 0.15,
  sexMissing: 0.05,
  oldAddress: 0.12,
  postcodeFormat: 0.25,
  postcodeMissing: 0.05,
};

export function voluntaryClients(truth: GroundTruth): PersonTable<ClientRow> {
  const { seed } = truth.options;
  const expected = truth.counts.voluntary.reduce((sum, count) => sum + count, 0);
  const register = new ReferenceRegister('VC-', 6, expected);
  const rows: ClientRow[] = [];
  const owners: number[] = [];
  for (const resident of truth.residents) {
    const count = truth.counts.voluntary[resident.index];
    for (let k = 0; k < count; k++) {
      const rng = randomFor(seed, resident.index, 'voluntary', k);
      const clientId = register.issue(rng);
      const { details } = writeDown(rng, resident, VOLUNTARY_NOISE, {
        previousName: resident.previousNameAgency === 'voluntary',
        duplicate: k > 0,
        asOf: truth.options.asOf,
      });
      rows.push(Object.assign(details, { client_id: clientId }));
      owners.push(resident.index);
    }
  }
  return sortedTable(rows, owners, (row) => row.client_id);
}

export function voluntaryRecords(truth: GroundTruth, clients: PersonTable<ClientRow>, withEvents: boolean): VoluntaryRecords {
  const events = withEvents ? voluntaryEvents(truth, clients) : { referrals: [], participation: [] };
  return { organisations: [...ORGANISATIONS], services: [...SERVICES], clients: clients.rows, ...events };
}
