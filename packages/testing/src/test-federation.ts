import { DevIdentityProvider, type IssueOptions, type OfficerClaims } from '@joined-up/auth';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import type { SubgraphDefinition } from '@joined-up/service';
import { startFederation, type Federation } from '@joined-up/stack';
import { generatePopulation, type Population, type PopulationOptions } from '@joined-up/synthetic';
import { postGraphQL, type GraphQLResponse, type RequestOptions } from './graphql-client.js';
import { officers } from './officers.js';

/** A small population: enough people for every agency and the planted cohort, quick to seed. */
export const TEST_POPULATION = { size: 2000, seed: 1998, asOf: '2026-11-15' } as const;

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
 * fresh database, fresh signing keys, and every hop over real HTTP.
 */
export async function startTestFederation(
  label: string,
  options: {
    subgraphs?: readonly SubgraphDefinition[];
    subgraphTimeoutMs?: number;
    population?: PopulationOptions;
    production?: boolean;
    maxConcurrentPerOfficer?: number;
  } = {},
): Promise<TestFederation> {
  const database = await testDatabaseOptions(label);
  const identityProvider = await DevIdentityProvider.generate();
  const population = generatePopulation(options.population ?? TEST_POPULATION);
  const recordGrantKey = (agency: string) => `test-record-grant-${label}-${agency}`;
  let federation: Federation;
  try {
    federation = await startFederation({
      identityProvider,
      gatewayPort: 0,
      subgraphPorts: 'any',
      database,
      population,
      linkageSecret: `test-linkage-secret-${label}`,
      recordGrantKey,
      subgraphs: options.subgraphs,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      production: options.production,
      maxConcurrentPerOfficer: options.maxConcurrentPerOfficer,
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
