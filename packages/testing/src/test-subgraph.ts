import { recordGrantField, recordIdsField } from '@joined-up/agencies';
import { DevIdentityProvider, createTokenVerifier, signRecordGrant, type OfficerClaims } from '@joined-up/auth';
import { testDatabaseOptions } from '@joined-up/db/testing';
import { startSubgraph, type StartedSubgraph, type SubgraphDefinition } from '@joined-up/service';
import { generatePopulation, type Population } from '@joined-up/synthetic';
import { postGraphQL, type GraphQLResponse, type RequestOptions } from './graphql-client.js';
import { TEST_POPULATION } from './test-federation.js';

export interface TestSubgraph<DB> extends StartedSubgraph<DB> {
  readonly population: Population;
  readonly identityProvider: DevIdentityProvider;
  token(officer: OfficerClaims): Promise<string>;
  /**
   * A person representation as the gateway hands it on: the id, this agency's
   * record ids and the person index's grant of them, signed with this subgraph's key.
   */
  person(id: string, recordIds: string[]): Record<string, unknown>;
  /** Queries the subgraph as `officer` over real HTTP. */
  query<Data = any>(officer: OfficerClaims, query: string, options?: RequestOptions): Promise<GraphQLResponse<Data>>;
}

/**
 * One subgraph on its own, as its team would test it: its own fresh database
 * on the engine under test, migrated and seeded, served over HTTP. With no
 * partnership running, it can read no sharing agreement, so only its own
 * agency's officers see personal data.
 */
export async function startTestSubgraph<DB>(definition: SubgraphDefinition<DB>, label: string): Promise<TestSubgraph<DB>> {
  const database = await testDatabaseOptions(label);
  const identityProvider = await DevIdentityProvider.generate();
  const population = generatePopulation(TEST_POPULATION);
  const recordGrantKey = (agency: string) => `test-record-grant-${label}-${agency}`;
  let started: StartedSubgraph<DB>;
  try {
    started = await startSubgraph(definition, {
      port: 0,
      verifyToken: createTokenVerifier(identityProvider.authConfig()),
      database,
      population: () => population,
      linkageSecret: () => `test-linkage-secret-${label}`,
      recordGrantKey,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const token = (officer: OfficerClaims) => identityProvider.issue(officer);
  return {
    ...started,
    population,
    identityProvider,
    token,
    person: (id, recordIds) => ({
      __typename: 'Person',
      id,
      [recordIdsField(definition.name)]: recordIds,
      [recordGrantField(definition.name)]: signRecordGrant(recordGrantKey(definition.name), { agency: definition.name, personId: id, recordIds }),
    }),
    query: async (officer, query, options = {}) => postGraphQL(started.url, query, { ...options, token: options.token ?? (await token(officer)) }),
    async stop() {
      await started.stop();
      await database.drop();
    },
  };
}
