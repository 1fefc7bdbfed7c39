import type { Migration } from 'kysely';
import { auditLogMigration } from '@joined-up/audit';
import * as probationCases from './0001-probation-cases.js';
import * as supervisionOrders from './0002-supervision-orders.js';

/** The probation schema's migrations, applied in name order. */
export const migrations: Record<string, Migration> = {
  '0001-probation-cases': probationCases,
  '0002-supervision-orders': supervisionOrders,
  '0003-audit-log': auditLogMigration,
};
