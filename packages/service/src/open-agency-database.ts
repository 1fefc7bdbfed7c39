import { createDatabase, describeTarget, resolveDatabaseTarget, type AgencyDatabase, type CreateDatabaseOptions } from '@joined-up/db';
import { ConfigurationError } from './configuration-error.js';

/**
 * Opens the agency's database, or stops the start with one line naming the
 * variable when PostgreSQL does not answer, rather than a driver's stack trace.
 */
export async function openAgencyDatabase<DB>(schema: string, options: Omit<CreateDatabaseOptions, 'schema'> = {}): Promise<AgencyDatabase<DB>> {
  try {
    return await createDatabase<DB>({ ...options, schema });
  } catch (error) {
    const target = resolveDatabaseTarget({ ...options, schema });
    if (target.kind !== 'postgres') throw error;
    const env = options.env ?? process.env;
    const variable = env[`${schema.toUpperCase()}_DATABASE_URL`] ? `${schema.toUpperCase()}_DATABASE_URL` : 'DATABASE_URL';
    throw new ConfigurationError(variable, `points at a database that does not answer (${describeTarget(target)}): ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  // pg reports a refused connection to several addresses as an AggregateError with an empty message.
  const first = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  const code = (first as { code?: string })?.code;
  const message = first instanceof Error ? first.message : String(first);
  return [code, message].filter(Boolean).join(' ') || 'no answer';
}
