/**
 * Hospital and CAMHS activity for registered patients, month by month from
 * January 2023. A&E use is highest for infants and the very old; self-harm is
 * concentrated in 12–24 year olds and rising; the planted cohort attend far
 * more often and are all referred to CAMHS at least once.
 */
import type { AdmissionRow, AeAttendanceRow, CamhsReferralRow, HealthRecords, PatientRow, Sex } from './agency-records.js';
import { ageInYears, isoDate, isoTimestamp, monthIndexOf, monthStartDay } from './dates.js';
import type { GroundTruth } from './ground-truth.js';
import { addressOn, dayInMonth, historyUntil, monthElapsed, trend, winter, type History } from './history.js';
import { PLACES } from './places.js';
import { rowsByPerson, type PersonTable } from './person-table.js';
import { randomFor, type Random, type Weights } from './prng.js';
import type { AddressPeriod } from './true-person.js';
import { numberInDateOrder, padded } from './references.js';

type Complaint = 'injury' | 'self-harm' | 'assault' | 'mental health' | 'respiratory' | 'abdominal pain' | 'other';
/** Attendances a year by age: the U-shape of A&E demand. */
function aeRate(age: number): number {
  return age < 1 ? 0.9 : age < 5 ? 0.55 : age < 12 ? 0.22 : age < 18 ? 0.3 : age < 25 ? 0.35 : age < 65 ? 0.25 : age < 80 ? 0.35 : 0.75;
}

/** Self-harm presentations a year: young women most of all. */
function selfHarmRate(age: number, sex: Sex): number {
  if (age < 10) return 0;
  if (age < 25) return sex === 'F' ? 0.014 : 0.007;
  return age < 45 ? 0.004 : 0.001;
}

function electiveRate(age: number): number {
  return age < 50 ? 0.015 : age < 70 ? 0.05 : 0.09;
}

function camhsRate(age: number, sex: Sex): number {
  if (age < 5 || age > 17) return 0;
  return age < 12 ? 0.01 : sex === 'F' ? 0.035 : 0.02;
}

function complaintsFor(age: number, planted: boolean): Weights<Complaint> {
  if (planted && age >= 10) return [['injury', 0.3], ['assault', 0.25], ['mental health', 0.2], ['other', 0.25]];
  if (age < 12) return [['injury', 0.35], ['respiratory', 0.3], ['abdominal pain', 0.1], ['other', 0.25]];
  if (age < 25) return [['injury', 0.33], ['assault', 0.1], ['mental health', 0.08], ['respiratory', 0.1], ['abdominal pain', 0.14], ['other', 0.25]];
  if (age < 65) return [['injury', 0.25], ['assault', 0.05], ['mental health', 0.06], ['respiratory', 0.12], ['abdominal pain', 0.17], ['other', 0.35]];
  return [['injury', 0.3], ['respiratory', 0.25], ['abdominal pain', 0.12], ['other', 0.33]];
}

/** ICD-10 codes for an emergency admission after each kind of attendance. */
const DIAGNOSES: Record<Complaint, Weights<string>> = {
  // X60–X84: intentional self-harm (poisoning by analgesics X60, by other drugs X61–X64, sharp object X78, hanging X70, jumping X80).
  'self-harm': [['X60', 0.3], ['X64', 0.2], ['X78', 0.3], ['X61', 0.1], ['X70', 0.05], ['X80', 0.05]],
  injury: [['S06', 0.3], ['S52', 0.25], ['S82', 0.2], ['S72', 0.15], ['S01', 0.1]],
  assault: [['S01', 0.4], ['S06', 0.3], ['X99', 0.3]],
  'mental health': [['F32', 0.35], ['F41', 0.25], ['F20', 0.2], ['F10', 0.2]],
  respiratory: [['J45', 0.35], ['J18', 0.25], ['J22', 0.2], ['J44', 0.1], ['J21', 0.1]],
  'abdominal pain': [['R10', 0.4], ['K35', 0.25], ['K80', 0.2], ['K56', 0.15]],
  other: [['R07', 0.25], ['N39', 0.2], ['I21', 0.1], ['I50', 0.1], ['E11', 0.1], ['R55', 0.1], ['A09', 0.15]],
};
const ELECTIVE: Weights<string> = [['H25', 0.2], ['M17', 0.15], ['M16', 0.1], ['K40', 0.15], ['K80', 0.15], ['C50', 0.1], ['C18', 0.05], ['N20', 0.1]];

/** Arrivals bunch in the late afternoon and evening. */
const ARRIVAL_HOURS: Weights<number> = Array.from({ length: 24 }, (_, hour) => [hour, hour < 7 ? 0.4 : hour < 12 ? 1 : hour < 16 ? 1.2 : hour < 23 ? 1.5 : 0.8] as const);

const isSelfHarmCode = (code: string): boolean => /^X(6\d|7\d|8[0-4])$/.test(code);

interface Patient {
  index: number;
  rng: Random;
  nhsNumbers: string[];
  planted: boolean;
}

class HealthLedger {
  readonly ae: AeAttendanceRow[] = [];
  readonly admissions: AdmissionRow[] = [];
  readonly camhs: CamhsReferralRow[] = [];

  constructor(private readonly truth: GroundTruth, private readonly history: History) {}

  private nhsNumber(patient: Patient): string {
    return patient.nhsNumbers.length > 1 && patient.rng.chance(0.4) ? patient.nhsNumbers[1] : patient.nhsNumbers[0];
  }

  attend(patient: Patient, day: number, complaint: Complaint, age: number): void {
    const { rng } = patient;
    const child = age < 18;
    const disposal =
      (complaint === 'self-harm' || complaint === 'mental health') && child
        ? rng.weighted([['referred to CAMHS', 0.45], ['admitted', 0.2], ['discharged', 0.3], ['left before being seen', 0.05]])
        : rng.weighted([['admitted', complaint === 'self-harm' ? 0.3 : age >= 65 ? 0.35 : age < 1 ? 0.25 : 0.13], ['left before being seen', 0.05], ['discharged', 0.62]]);
    const area = addressOn(this.truth.residents[patient.index].person, isoDate(day));
    const nhsNumber = this.nhsNumber(patient);
    this.ae.push({
      attendance_id: '',
      nhs_number: nhsNumber,
      arrived_at: isoTimestamp(day, rng.weighted(ARRIVAL_HOURS) * 60 + rng.int(60)),
      chief_complaint: complaint,
      disposal,
      lsoa_code: area.lsoa_code,
      local_authority_code: area.local_authority_code,
    });
    if (disposal === 'admitted') {
      const stay = complaint === 'self-harm' ? rng.between(1, 3) : age >= 65 ? rng.between(2, 14) : rng.between(0, 5);
      this.admit(nhsNumber, day, stay, 'emergency', rng.weighted(DIAGNOSES[complaint]), area);
    }
    if (disposal === 'referred to CAMHS') this.refer(patient, Math.min(this.history.asOfDay, day + rng.int(4)), 'A&E');
  }

  admit(nhsNumber: string, day: number, stay: number, method: string, code: string, area: AddressPeriod): void {
    this.admissions.push({
      admission_id: '',
      nhs_number: nhsNumber,
      admitted_on: isoDate(day),
      discharged_on: day + stay <= this.history.asOfDay ? isoDate(day + stay) : null,
      method,
      primary_diagnosis: code,
      self_harm: isSelfHarmCode(code),
      lsoa_code: area.lsoa_code,
      local_authority_code: area.local_authority_code,
    });
  }

  /** Waits lengthen over the history, as they have. */
  refer(patient: Patient, day: number, source: string): void {
    const { rng } = patient;
    const wait = Math.round((28 + rng.int(200)) * trend(this.history, monthIndexOf(day), 0.1));
    const decided = day + 14 <= this.history.asOfDay;
    const status = !decided ? 'waiting' : rng.weighted([['accepted', 0.6], ['not accepted', 0.25], ['closed', 0.15]]);
    const seen = status === 'accepted' || status === 'closed' ? day + wait : null;
    this.camhs.push({
      referral_id: '',
      nhs_number: this.nhsNumber(patient),
      referred_on: isoDate(day),
      source,
      status: seen !== null && seen > this.history.asOfDay ? 'waiting' : status,
      first_seen_on: seen !== null && seen <= this.history.asOfDay ? isoDate(seen) : null,
    });
  }
}

const CAMHS_SOURCES: Weights<string> = [['GP', 0.4], ['school', 0.3], ['social care', 0.1], ['police', 0.05], ['self', 0.1], ['A&E', 0.05]];
const COHORT_CAMHS_SOURCES: Weights<string> = [['GP', 0.2], ['school', 0.3], ['social care', 0.2], ['police', 0.2], ['self', 0.1]];

function patientHistory(ledger: HealthLedger, truth: GroundTruth, history: History, patient: Patient): void {
  const resident = truth.residents[patient.index];
  const { rng, planted } = patient;
  const sex = resident.person.sex;
  const deprivation = PLACES[truth.households[resident.household].currentPlace].deprivation;
  const before = { ae: ledger.ae.length, camhs: ledger.camhs.length };

  for (const month of history.months) {
    const start = monthStartDay(month);
    if (start + 31 <= resident.birthDay) continue;
    const age = Math.max(0, ageInYears(resident.birthDay, start));
    const share = monthElapsed(history, month) / 12;
    const draw = (annual: number): number => rng.poisson(annual * share);
    const born = (day: number): boolean => day >= resident.birthDay;

    for (let n = draw(aeRate(age) * (0.8 + 0.4 * deprivation) * winter(month, 0.2) * (planted ? 3.5 : 1)); n > 0; n--) {
      const day = dayInMonth(rng, history, month);
      if (born(day)) ledger.attend(patient, day, rng.weighted(complaintsFor(age, planted)), age);
    }
    for (let n = draw(planted && age >= 10 ? 0.45 : selfHarmRate(age, sex) * trend(history, month, 0.07)); n > 0; n--) {
      ledger.attend(patient, dayInMonth(rng, history, month), 'self-harm', age);
    }
    for (let n = draw(electiveRate(age)); n > 0; n--) {
      const day = dayInMonth(rng, history, month);
      const area = addressOn(resident.person, isoDate(day));
      if (born(day)) ledger.admit(patient.nhsNumbers[0], day, rng.between(0, 4), 'elective', rng.weighted(ELECTIVE), area);
    }
    for (let n = draw(planted ? 0.5 : camhsRate(age, sex) * trend(history, month, 0.05)); n > 0; n--) {
      if (age <= 17) ledger.refer(patient, dayInMonth(rng, history, month), rng.weighted(planted ? COHORT_CAMHS_SOURCES : CAMHS_SOURCES));
    }
  }

  // The cohort are known to health for more than a registration: at least one A&E visit and CAMHS referral each.
  if (planted) {
    const eligible = history.months.filter((m) => ageInYears(resident.birthDay, monthStartDay(m)) >= 10);
    const month = rng.pick(eligible.length ? eligible : history.months);
    const age = ageInYears(resident.birthDay, monthStartDay(month));
    if (ledger.ae.length === before.ae) ledger.attend(patient, dayInMonth(rng, history, month), rng.pick(['self-harm', 'assault', 'injury'] as const), age);
    if (ledger.camhs.length === before.camhs) ledger.refer(patient, dayInMonth(rng, history, month), rng.weighted(COHORT_CAMHS_SOURCES));
  }
}

export function healthEvents(truth: GroundTruth, patients: PersonTable<PatientRow>): Omit<HealthRecords, 'patients'> {
  const history = historyUntil(truth.asOfDay);
  const ledger = new HealthLedger(truth, history);
  const byPerson = rowsByPerson(patients, truth.residents.length);
  for (const resident of truth.residents) {
    const first = byPerson.first[resident.index];
    if (first < 0) continue;
    const second = byPerson.second[resident.index];
    const nhsNumbers = [patients.rows[first].nhs_number];
    if (second >= 0) nhsNumbers.push(patients.rows[second].nhs_number);
    patientHistory(ledger, truth, history, {
      index: resident.index,
      rng: randomFor(truth.options.seed, resident.index, 'health', 'events'),
      nhsNumbers,
      planted: truth.planted[resident.index] === 1,
    });
  }
  return {
    aeAttendances: numberInDateOrder(ledger.ae, (row) => row.arrived_at, (row, n) => (row.attendance_id = padded('AE-', n, 7))),
    admissions: numberInDateOrder(ledger.admissions, (row) => row.admitted_on, (row, n) => (row.admission_id = padded('ADM-', n, 7))),
    camhsReferrals: numberInDateOrder(ledger.camhs, (row) => row.referred_on, (row, n) => (row.referral_id = padded('CAMHS-', n, 6))),
  };
}
