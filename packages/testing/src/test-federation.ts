import { DevIdentityProvider, type IssueOptions, type OfficerClaims } from '@joined-up/auth';
import { testDatabaseOptions, type TestDatabaseOptions, type TestDatabaseSeed } from '@joined-up/db/testing';
import type { SubgraphDefinition } from '@joined-up/service';
import { startFederation, type Federation } from '@joined-up/stack';
import { generatePopulation, type Population, type PopulationOptions } from '@joined-up/synthetic';
import { federationSeed } from './federation-seed.js';
import { postGraphQL, type GraphQLResponse, type RequestOptions } from './graphql-client.js';
import { officers } from './officers.js';

/** A small population: enough people for every agency and the planted cohort, quick to seed. */
export const TEST_POPULATION = { size: 2000, seed: 1998, asOf: '2026-11-15' } as const;

/** The secret agencies encode linkage tokens with; one for every test federation, as they share one seeded person index. */
const TEST_LINKAGE_SECRET = 'test-linkage-secret';

export interface TestFederation extends Federation {
  readonly population: Population;
  readonly engine: TestDatabaseOptions['engine'];
  token(officer?: OfficerClaims, options?: IssueOptions): Promise<string>;
  /** Queries the gateway as `officer` (default: a police analyst for youth crime prevention). */
  query<Data = any>(query: string, options?: RequestOptions & { as?: OfficerClaims }): Promise<GraphQLResponse<Data>>;
  /** Queries one subgraph directly, bypassing the gateway. */
  querySubgraph<Data = any>(name: string, query: string, options?: RequestOptions & { as?: OfficerClaims }): Promise<GraphQLResponse<Data>>;
  /** The key the person index signs an agency's record grants with, to forge or sign one in a test. */
  recordGrantKey(agency: string): string;
  /** SQL statements run by every subgraph since the last reset. */
  statementCount(): number;
  resetStatements(): void;
}

/**
 * The whole federation for one test file, on the engine under test
 * (PostgreSQL when JOINED_UP_TEST_POSTGRES_URL is set, else PGlite), with a
 * fresh database, fresh signing keys, and every hop over real HTTP. With the
 * test population and every subgraph, the database is a copy of the run's
 * seeded one (see federation-seed.ts): the same data as seeding it afresh.
 */
export async function startTestFederation(
  label: string,
  options: {
    subgraphs?: readonly SubgraphDefinition[];
    subgraphTimeoutMs?: number;
    population?: PopulationOptions;
    production?: boolean;
    maxConcurrentPerOfficer?: number;
    /** Serve the dashboard's built files from this directory at /dashboard. */
    dashboardDir?: string;
  } = {},
): Promise<TestFederation> {
  const population = generatePopulation(options.population ?? TEST_POPULATION);
  const seed = options.population || options.subgraphs ? undefined : await federationSeed(() => seedFederation(population));
  const database = await testDatabaseOptions(label, seed);
  const identityProvider = await DevIdentityProvider.generate();
  const recordGrantKey = (agency: string) => `test-record-grant-${label}-${agency}`;
  let federation: Federation;
  try {
    federation = await startFederation({
      identityProvider,
      gatewayPort: 0,
      subgraphPorts: 'any',
      database,
      population,
      linkageSecret: TEST_LINKAGE_SECRET,
      recordGrantKey,
      subgraphs: options.subgraphs,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      production: options.production,
      maxConcurrentPerOfficer: options.maxConcurrentPerOfficer,
      dashboardDir: options.dashboardDir,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const token = (officer: OfficerClaims = officers.policeAnalyst, issue?: IssueOptions) => identityProvider.issue(officer, issue);
  const withToken = async (options: RequestOptions & { as?: OfficerClaims }) => ({
    ...options,
    token: options.token ?? (await token(options.as)),
  });
  return {
    ...federation,
    population,
    engine: database.engine,
    recordGrantKey,
    token,
    query: async (query, options = {}) => postGraphQL(federation.gatewayUrl, query, await withToken(options)),
    querySubgraph: async (name, query, options = {}) => {
      const subgraph = federation.subgraphs.get(name);
      if (!subgraph) throw new Error(`No subgraph named ${name} is running.`);
      return postGraphQL(subgraph.url, query, await withToken(options));
    },
    statementCount: () => [...federation.subgraphs.values()].reduce((sum, subgraph) => sum + subgraph.database.statements.count, 0),
    resetStatements: () => federation.subgraphs.forEach((subgraph) => subgraph.database.statements.reset()),
    async stop() {
      await federation.stop();
      await database.drop();
    },
  };
}

/** Migrates, seeds and links a database as a test federation would, and returns it as a seed for others. */
async function seedFederation(population: Population): Promise<TestDatabaseSeed> {
  const database = await testDatabaseOptions('seed');
  try {
    const federation = await startFederation({
      identityProvider: await DevIdentityProvider.generate(),
      gatewayPort: 0,
      subgraphPorts: 'any',
      database,
      population,
      linkageSecret: TEST_LINKAGE_SECRET,
      recordGrantKey: (agency) => `test-record-grant-seed-${agency}`,
    });
    if (database.engine === 'pglite') {
      // An in-memory database ends with its last connection: image it first.
      const seed = await database.seed();
      await federation.stop();
      return seed;
    }
    await federation.stop();
    return await database.seed();
  } catch (error) {
    await database.drop();
    throw error;
  }
}
