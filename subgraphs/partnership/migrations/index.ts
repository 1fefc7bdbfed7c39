import type { Migration } from 'kysely';
import { auditLogMigration } from '@joined-up/audit';
import * as directory from './0001-directory.js';
import * as movedToPersonIndex from './moved-to-person-index.js';
import * as sharingAgreements from './0003-sharing-agreements.js';
import * as outcomes from './0004-outcomes.js';
import * as engagement from './0005-engagement.js';
import * as learning from './0006-learning.js';
import * as sharingAgreementRoles from './0009-sharing-agreement-roles.js';
import * as auditRefusals from './0010-audit-refusals.js';

/** The partnership schema's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-directory': directory,
  '0002-person-index': movedToPersonIndex,
  '0003-sharing-agreements': sharingAgreements,
  '0004-outcomes': outcomes,
  '0005-engagement': engagement,
  '0006-learning': learning,
  '0007-audit-log': auditLogMigration,
  '0008-probabilistic-linkage': movedToPersonIndex,
  '0009-sharing-agreement-roles': sharingAgreementRoles,
  '0010-audit-refusals': auditRefusals,
  '0011-person-index-moved': { up: movedToPersonIndex.dropLeftovers },
};
