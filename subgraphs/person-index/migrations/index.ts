import type { Migration } from 'kysely';
import { allowRefusalsInAuditLog, auditLogMigration } from '@joined-up/audit';
import { addIdentityLevelToLinkagePairs } from '@joined-up/linkage';
import * as personIndex from './0001-person-index.js';

/** The person index's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-person-index': personIndex,
  '0002-audit-log': auditLogMigration,
  // Refused look-ups (`personByRecord`) are logged as well as granted ones.
  '0003-audit-refusals': { up: allowRefusalsInAuditLog },
  // Each saved pair keeps the level of who else holds its full name and date, for `explainPair`.
  '0004-linkage-identity-level': { up: addIdentityLevelToLinkagePairs },
};
