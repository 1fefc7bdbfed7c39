import { Migrator, type Kysely, type Migration } from 'kysely';

/**
 * Brings an agency's schema up to date with its own migrations.
 *
 * Migrations are passed as an object (name to migration) rather than read from
 * a folder so that they load the same way under tsx, Vitest and a bundler.
 * Each agency keeps its migration history in its own schema, so agencies
 * sharing one PostgreSQL never see each other's migrations.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  schema: string,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` at "${failed.migrationName}"` : '';
    throw new Error(`Migrating schema "${schema}" failed${name}: ${describeError(error)}`, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The migrations not yet applied to an agency's schema (none once `migrateToLatest` has run). */
export async function pendingMigrations(db: Kysely<any>, schema: string, migrations: Record<string, Migration>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => migrations },
  });
  return (await migrator.getMigrations()).filter((migration) => !migration.executedAt).map((migration) => migration.name);
}
