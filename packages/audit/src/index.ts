export { auditLogMigration, createAuditLog } from './audit-log-migration.js';
export { type AuditEntryInput, type AuditTables } from './audit-entry.js';
export { writeAuditEntries } from './write-audit-entries.js';
export { verifyAuditChain, type ChainVerdict } from './verify-audit-chain.js';
