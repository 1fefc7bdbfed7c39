import { definePersonalLoader } from '@joined-up/service';
import type { AdmissionRecord, AeAttendanceRecord, CamhsReferralRecord, HealthTables } from '../tables.js';

/** A&E attendances of many patients in one statement, newest first. */
export const attendancesOfSubject = definePersonalLoader<HealthTables, AeAttendanceRecord>({
  name: 'attendancesOfSubject',
  category: 'health.urgent-care',
  field: 'aeAttendances',
  read: (db, nhsNumbers) =>
    db.selectFrom('ae_attendances').selectAll().where('nhs_number', 'in', nhsNumbers).orderBy('arrived_at', 'desc'),
  recordIdOf: (row) => row.nhs_number,
});

export const admissionsOfSubject = definePersonalLoader<HealthTables, AdmissionRecord>({
  name: 'admissionsOfSubject',
  category: 'health.admissions',
  field: 'admissions',
  read: (db, nhsNumbers) =>
    db.selectFrom('admissions').selectAll().where('nhs_number', 'in', nhsNumbers).orderBy('admitted_on', 'desc'),
  recordIdOf: (row) => row.nhs_number,
});

export const camhsReferralsOfSubject = definePersonalLoader<HealthTables, CamhsReferralRecord>({
  name: 'camhsReferralsOfSubject',
  category: 'health.mental-health',
  field: 'camhsReferrals',
  read: (db, nhsNumbers) =>
    db.selectFrom('camhs_referrals').selectAll().where('nhs_number', 'in', nhsNumbers).orderBy('referred_on', 'desc'),
  recordIdOf: (row) => row.nhs_number,
});
