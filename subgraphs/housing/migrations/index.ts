import type { Migration } from 'kysely';
import { auditLogMigration } from '@joined-up/audit';
import * as households from './0001-households.js';
import * as housingEvents from './0002-housing-events.js';
import * as youthHomelessnessByPlace from './0004-youth-homelessness-by-place.js';

/** The housing schema's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-households': households,
  '0002-housing-events': housingEvents,
  '0003-audit-log': auditLogMigration,
  '0004-youth-homelessness-by-place': youthHomelessnessByPlace,
};
