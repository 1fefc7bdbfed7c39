import type { Migration } from 'kysely';
import { auditLogMigration } from '@joined-up/audit';
import * as nominals from './0001-nominals.js';
import * as offences from './0002-offences.js';
import * as youthJustice from './0003-youth-justice.js';
import * as youthOffencesByPlace from './0005-youth-offences-by-place.js';

/** The police schema's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-nominals': nominals,
  '0002-offences': offences,
  '0003-youth-justice': youthJustice,
  '0004-audit-log': auditLogMigration,
  '0005-youth-offences-by-place': youthOffencesByPlace,
};
