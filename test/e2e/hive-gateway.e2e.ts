import { databaseSchemaOf, environmentNameOf, PERSON_INDEX } from '@joined-up/agencies';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevIdentityProvider, type OfficerClaims } from '@joined-up/auth';
import { createDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { freePort, startChildService, startServiceProcesses, type ChildService, type ServiceProcesses } from '@joined-up/stack';
import {
  mostKnownPersonId,
  officers,
  postGraphQL,
  readmeExamples,
  startTestFederation,
  TEST_POPULATION,
  type GraphQLResponse,
  type TestFederation,
} from '@joined-up/testing';

const HIVE_GATEWAY_BIN = 'gateway/node_modules/@graphql-hive/gateway/dist/bin.js';
const examples = readmeExamples();

/** Our gateway and the subgraphs behind it, however they were started. */
interface Federation {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  personId: string;
  token(officer: OfficerClaims): Promise<string>;
  stop(): Promise<void>;
}

/**
 * On PostgreSQL every subgraph and our gateway run as separate processes,
 * started from their own entry points as in production (`pnpm start:services`).
 * On the embedded PGlite they run in this test's process: one PGlite per
 * process would cost six times ~750 MB and minutes of seeding on two cores.
 */
async function startFederationUnderTest(): Promise<Federation> {
  const database = await testDatabaseOptions('hive-gateway');
  if (database.engine === 'pglite') {
    await database.drop();
    const federation: TestFederation = await startTestFederation('hive-gateway');
    return {
      gatewayUrl: federation.gatewayUrl,
      subgraphUrls: Object.fromEntries([...federation.subgraphs].map(([name, subgraph]) => [name, subgraph.url])),
      personId: await mostKnownPersonId(federation.subgraphs.get('person-index')!.database.db),
      token: (officer) => federation.token(officer),
      stop: () => federation.stop(),
    };
  }
  return startSeparateProcesses(database);
}

async function startSeparateProcesses(database: TestDatabaseOptions): Promise<Federation> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'joined-up-hive-'));
  const identityProvider = await DevIdentityProvider.inDirectory(path.join(dataDir, 'keys'));
  let services: ServiceProcesses | undefined;
  try {
    services = await startServiceProcesses({
      env: {
        ...database.env,
        JOINED_UP_DATA_DIR: dataDir,
        JOINED_UP_POPULATION: String(TEST_POPULATION.size),
        JOINED_UP_SEED: String(TEST_POPULATION.seed),
        JOINED_UP_AS_OF: TEST_POPULATION.asOf,
        JOINED_UP_LINKAGE_SECRET: 'hive-gateway-e2e-linkage-secret',
      },
      subgraphPorts: 'any',
      gatewayPort: 0,
    });
    const personIndex = await createDatabase({ schema: databaseSchemaOf(PERSON_INDEX.id), env: database.env });
    const personId = await mostKnownPersonId(personIndex.db).finally(() => personIndex.destroy());
    const running = services;
    return {
      gatewayUrl: running.gatewayUrl,
      subgraphUrls: running.subgraphUrls,
      personId,
      token: (officer) => identityProvider.issue(officer),
      async stop() {
        await running.stop();
        await database.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await services?.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Hive Gateway as a partnership runs it: its own CLI, our shipped config, the committed supergraph. */
async function startHiveGateway(subgraphUrls: Record<string, string>): Promise<{ url: string; process: ChildService }> {
  const port = await freePort();
  const urlEnv = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${environmentNameOf(name)}_SUBGRAPH_URL`, url]));
  const child = await startChildService({
    name: 'hive-gateway',
    entry: HIVE_GATEWAY_BIN,
    args: ['supergraph', 'gateway/supergraph.graphql', '-c', 'gateway/hive-gateway.config.ts', '--host', '127.0.0.1', '--port', String(port)],
    env: { ...process.env, ...urlEnv },
    // Ready only once the supergraph is loaded and the schema built.
    healthUrl: `http://127.0.0.1:${port}/readiness`,
    log: () => {},
  });
  return { url: `http://127.0.0.1:${port}/graphql`, process: child };
}

/** A hash of the data that does not depend on the order of object keys (list order still counts). */
function dataHash(data: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, entry]) => [key, canonical(entry)]))
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(data))).digest('hex');
}

/** The README's caseworker and cohort queries are asked as the caseworker it names; the rest as an analyst. */
function officerFor(query: string): OfficerClaims {
  return /person\(id|cohort\(/.test(query) ? officers.policeCaseworker : officers.policeAnalyst;
}

describe('Hive Gateway in front of the committed supergraph', () => {
  let federation: Federation;
  let hive: { url: string; process: ChildService };

  beforeAll(async () => {
    federation = await startFederationUnderTest();
    try {
      hive = await startHiveGateway(federation.subgraphUrls);
    } catch (error) {
      await federation.stop();
      throw error;
    }
  }, 400_000);
  afterAll(async () => {
    await hive?.process.stop();
    await federation?.stop();
  }, 60_000);

  async function both(query: string): Promise<{ ours: GraphQLResponse; theirs: GraphQLResponse }> {
    const token = await federation.token(officerFor(query));
    const variables = query.includes('$id') ? { id: federation.personId } : undefined;
    const [ours, theirs] = await Promise.all([
      postGraphQL(federation.gatewayUrl, query, { token, variables }),
      postGraphQL(hive.url, query, { token, variables }),
    ]);
    return { ours, theirs };
  }

  it('answers the partner app query without errors', async () => {
    const { theirs } = await both('{ agencies { id name officers { name jobTitle } } }');
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.agencies.map((agency: { id: string }) => agency.id)).toEqual(expect.arrayContaining(['health', 'police', 'education', 'housing', 'voluntary']));
    expect(theirs.data.agencies.every((agency: { officers: unknown[] }) => agency.officers.length > 0)).toBe(true);
  });

  for (const [index, query] of examples.entries()) {
    it(`gives the same data as our gateway for README example ${index + 1}: ${query.split('\n')[0].slice(0, 50)}`, async () => {
      const { ours, theirs } = await both(query);
      expect(ours.errors).toBeUndefined();
      expect(theirs.errors).toBeUndefined();
      expect(ours.data).toBeTruthy();
      expect(dataHash(theirs.data)).toBe(dataHash(ours.data));
    });
  }

  it('resolves the @requires person views through Hive Gateway: every agency that knows the person shows its view', async () => {
    const query = examples.find((example) => example.includes('person(id: $id)'))!;
    const { theirs } = await both(query);
    expect(theirs.errors).toBeUndefined();
    const person = theirs.data.person;
    expect(person.knownTo.length).toBeGreaterThanOrEqual(3);
    for (const { id } of person.knownTo as { id: string }[]) {
      if (id !== 'partnership') expect(person[id], `${id}'s view`).not.toBeNull();
    }
  });

  it('routes the indicator interface to each owning agency through Hive Gateway', async () => {
    const query = examples.find((example) => example.includes('outcomes(areaCode:'))!;
    const { theirs } = await both(query);
    expect(theirs.errors).toBeUndefined();
    const indicators = (theirs.data.outcomes as { indicators: { agency: { id: string }; values: unknown[]; status: string }[] }[]).flatMap(
      (outcome) => outcome.indicators,
    );
    expect(new Set(indicators.map((indicator) => indicator.agency.id)).size).toBeGreaterThanOrEqual(3);
    expect(indicators.every((indicator) => indicator.values.length > 0 && indicator.status)).toBe(true);
  });

  it("forwards the officer's token: without one every subgraph refuses and no data comes back", async () => {
    const response = await postGraphQL(hive.url, '{ agencies { id } }');
    expect(response.data?.agencies ?? null).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
  });
});
