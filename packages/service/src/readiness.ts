import type { ServerResponse } from 'node:http';
import { sql, type Kysely, type Migration } from 'kysely';
import { pendingMigrations } from '@joined-up/db';

/**
 * `GET /ready`: 200 once the agency's database answers and every migration is
 * applied, 503 otherwise (Kubernetes stops routing to it; `/health` only says
 * the process is alive).
 */
export function readinessRoute(db: Kysely<any>, schema: string, migrations: Record<string, Migration>) {
  return async (_request: unknown, response: ServerResponse): Promise<void> => {
    let problem: string | undefined;
    try {
      await sql`select 1`.execute(db);
      const pending = await pendingMigrations(db, schema, migrations);
      if (pending.length > 0) problem = `${pending.length} migration(s) not applied`;
    } catch {
      problem = 'database unreachable';
    }
    response.statusCode = problem ? 503 : 200;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(problem ? { status: 'not ready', reason: problem } : { status: 'ready' }));
  };
}
