import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFormattedError } from 'graphql';
import { createDatabase, type AgencyDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { createSubgraphService, logSink, type RequestContext } from '@joined-up/federation';

/**
 * A subgraph's request pool cancels any statement past the request budget
 * (`statementTimeoutMs`); the client must learn that it asked for too much,
 * with the time limit's code, not an internal error or the driver's text.
 */
describe('a statement cancelled by the request pool', () => {
  let database: AgencyDatabase<Record<string, never>>;
  let options: TestDatabaseOptions;
  let service: ReturnType<typeof createSubgraphService<RequestContext>>;

  beforeAll(async () => {
    options = await testDatabaseOptions('statement-cancelled');
    database = await createDatabase({ ...options, schema: 'cancelled', statementTimeoutMs: 100 });
    const slow = {
      type: GraphQLString,
      resolve: async () => {
        await sql`select pg_sleep(${options.engine === 'postgres' ? 5 : 0.2})`.execute(database.db);
        return 'finished';
      },
    };
    service = createSubgraphService<RequestContext>({
      name: 'statement-cancelled',
      schema: new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { slow } }) }),
      verifyToken: async () => {
        throw new Error('not used: the test calls the server in process');
      },
      context: (request) => request,
    });
    await service.apollo.start();
  });
  afterAll(async () => {
    await service?.apollo.stop();
    await database?.destroy();
    await options?.drop();
  });

  it('answers REQUEST_TIME_LIMIT on PostgreSQL and logs the driver error; PGlite, which cannot interrupt itself, finishes', async () => {
    const logged: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => logged.push(line);
    const contextValue: RequestContext = { requestId: 'statement-cancelled', identity: { officerId: 'test' } as RequestContext['identity'], deadline: Date.now() + 5_000, fromGateway: false };
    const response = await service.apollo.executeOperation({ query: '{ slow }' }, { contextValue }).finally(() => (logSink.write = write));
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    if (options.engine === 'postgres') {
      const [error] = result?.errors ?? ([] as GraphQLFormattedError[]);
      expect(error.extensions).toEqual({ code: 'REQUEST_TIME_LIMIT' });
      expect(error.message).toMatch(/time budget/);
      expect(error.message).not.toMatch(/canceling statement|pg_sleep/);
      expect(logged.join('')).toContain('57014');
    } else {
      expect(result?.data).toEqual({ slow: 'finished' });
    }
  });
});
