import type { Migration } from 'kysely';
import { auditLogMigration } from '@joined-up/audit';
import * as patients from './0001-patients.js';
import * as careEvents from './0002-care-events.js';
import * as patientBirthMonths from './0004-patient-birth-months.js';
import * as indicatorCounts from './0005-indicator-counts.js';

/** The health schema's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-patients': patients,
  '0002-care-events': careEvents,
  '0003-audit-log': auditLogMigration,
  '0004-patient-birth-months': patientBirthMonths,
  '0005-indicator-counts': indicatorCounts,
};
