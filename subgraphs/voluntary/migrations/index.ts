import type { Migration } from 'kysely';
import { auditLogMigration } from '@joined-up/audit';
import * as directory from './0001-directory.js';
import * as clients from './0002-clients.js';
import * as referralsAndParticipation from './0003-referrals-and-participation.js';
import * as youthParticipationByPlace from './0005-youth-participation-by-place.js';

/** The voluntary schema's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-directory': directory,
  '0002-clients': clients,
  '0003-referrals-and-participation': referralsAndParticipation,
  '0004-audit-log': auditLogMigration,
  '0005-youth-participation-by-place': youthParticipationByPlace,
};
