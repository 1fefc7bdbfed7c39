/**
 * The NHS view: patients registered with a GP practice under their NHS number,
 * with attendances, admissions and CAMHS referrals from `health-events.ts`.
 */
import { LAMBETH } from '@joined-up/geography';
import type { HealthRecords, PatientRow } from './agency-records.js';
import { isoDate, toDay } from './dates.js';
import type { GroundTruth } from './ground-truth.js';
import { healthEvents } from './health-events.js';
import { NhsNumberRegister } from './identifiers.js';
import { writeDown, type NoiseProfile } from './noise.js';
import { sortedTable, type PersonTable } from './person-table.js';
import { positionInBorough } from './places.js';
import { randomFor, type Random } from './prng.js';

/** GP registration is careful (it feeds the national spine) but old systems drop accents. */
export const HEALTH_NOISE: NoiseProfile = {
  typo: 0.03,
  nickname: 0.22,
  doubleName: 0.4,
  keepAccents: 0.5,
  upperFamilyName: 0.1,
  randomCase: 0,
  whitespace: 0,
  dobSwap: 0.02,
  dobTypo: 0.01,
  dobMissing: 0,
  sexMissing: 0,
  oldAddress: 0.1,
  postcodeFormat: 0.02,
  postcodeMissing: 0,
};

export const NATIONAL_OPT_OUT_RATE = 0.05;
const PRACTICES_PER_BOROUGH = 12;

/** Practices are local: mostly the one serving the patient's LSOA, sometimes another in the borough. */
function practiceFor(rng: Random, lsoaCode: string | null, authorityCode: string | null): string {
  const prefix = authorityCode === LAMBETH ? 'G85' : 'G84';
  const lsoaPosition = positionInBorough(lsoaCode);
  const local = lsoaPosition >= 0 && rng.chance(0.8) ? Math.floor(lsoaPosition / 2) : rng.int(PRACTICES_PER_BOROUGH);
  return `${prefix}${String(local + 1).padStart(3, '0')}`;
}

export function healthPatients(truth: GroundTruth): PersonTable<PatientRow> {
  const { seed } = truth.options;
  const register = new NhsNumberRegister();
  const rows: PatientRow[] = [];
  const owners: number[] = [];
  for (const resident of truth.residents) {
    const count = truth.counts.health[resident.index];
    for (let k = 0; k < count; k++) {
      const rng = randomFor(seed, resident.index, 'health', k);
      const nhsNumber = register.issue(rng);
      const { details, address } = writeDown(rng, resident, HEALTH_NOISE, {
        previousName: resident.previousNameAgency === 'health',
        duplicate: k > 0,
        asOf: truth.options.asOf,
      });
      // Registered while living at the address on file: before the move if the practice still has the old one.
      const earliest = Math.max(resident.birthDay + 14, truth.asOfDay - 365 * 25, address ? toDay(address.from) : resident.birthDay);
      const latest = Math.max(earliest, address?.to ? toDay(address.to) - 1 : truth.asOfDay - 1);
      rows.push(
        Object.assign(details, {
          nhs_number: nhsNumber,
          gp_practice_code: practiceFor(rng, details.lsoa_code, details.local_authority_code),
          registered_on: isoDate(Math.min(truth.asOfDay, earliest + rng.int(latest - earliest + 1))),
          national_opt_out: rng.chance(NATIONAL_OPT_OUT_RATE),
        }),
      );
      owners.push(resident.index);
    }
  }
  return sortedTable(rows, owners, (row) => row.nhs_number);
}

export function healthRecords(truth: GroundTruth, patients: PersonTable<PatientRow>, withEvents: boolean): HealthRecords {
  const events = withEvents ? healthEvents(truth, patients) : { aeAttendances: [], admissions: [], camhsReferrals: [] };
  return { patients: patients.rows, ...events };
}
