export { auditLogMigration, createAuditLog } from './audit-log-migration.js';
export { allowRefusalsInAuditLog } from './audit-refusals-migration.js';
export { type AuditEntryInput, type AuditTables } from './audit-entry.js';
export { insertAuditEntries, writeAuditEntries } from './write-audit-entries.js';
export { verifyAuditChain, type ChainVerdict } from './verify-audit-chain.js';
