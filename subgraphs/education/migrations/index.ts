import type { Migration } from 'kysely';
import { auditLogMigration } from '@joined-up/audit';
import * as schoolsAndPupils from './0001-schools-and-pupils.js';
import * as attendanceAndExclusions from './0002-attendance-and-exclusions.js';
import * as attendanceByPlace from './0004-attendance-by-place.js';

/** The education schema's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-schools-and-pupils': schoolsAndPupils,
  '0002-attendance-and-exclusions': attendanceAndExclusions,
  '0003-audit-log': auditLogMigration,
  '0004-attendance-by-place': attendanceByPlace,
};
