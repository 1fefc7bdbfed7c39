export { createDatabase, type AgencyDatabase, type CreateDatabaseOptions } from './create-database.js';
export { resolveDatabaseTarget, describeTarget, type DatabaseTarget, type DatabaseTargetOptions } from './database-target.js';
export { migrateToLatest, pendingMigrations } from './migrate.js';
export { StatementCounter } from './statement-counter.js';
export { PGliteDialect } from './pglite-dialect.js';
export { identifyingColumns, type IdentifyingColumns } from './identifying-columns.js';
export { limitStatementTime } from './statement-timeout.js';
export { insertRows, countingInsertedRows } from './insert-rows.js';
export { createStatementTriggers, dropStatementTriggers } from './statement-triggers.js';
