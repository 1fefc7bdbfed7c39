import { randomBytes } from 'node:crypto';
import { DevIdentityProvider, createTokenVerifier } from '@joined-up/auth';
import type { CreateDatabaseOptions } from '@joined-up/db';
import { createGateway } from '@joined-up/gateway';
import { withCaseworkerVariables } from '@joined-up/gateway/examples';
import { caseworkerSample, type CaseworkerSample } from './caseworker-sample.js';
import { subgraphDefinitions } from '@joined-up/composition/registry';
import { runLinkage, type LinkageSummary } from '@joined-up/person-index-subgraph';
import { isAgencyId, PERSON_INDEX } from '@joined-up/agencies';
import { LINKAGE_PURPOSE, startSubgraph, subgraphPortFromEnv, type StartedSubgraph, type SubgraphDefinition } from '@joined-up/service';
import { startStage } from '@joined-up/progress';
import { generatePopulation, type Population, type PopulationOptions } from '@joined-up/synthetic';

export interface FederationOptions {
  identityProvider: DevIdentityProvider;
  /** Port of the gateway; 0 for any free port. */
  gatewayPort: number;
  /** Subgraph ports: `<NAME>_SUBGRAPH_PORT` or each definition's default, or 0 (any free port) for all. */
  subgraphPorts: 'environment' | 'any';
  host?: string;
  database?: Omit<CreateDatabaseOptions, 'schema'>;
  population: PopulationOptions | Population;
  linkageSecret: string;
  /**
   * Each agency's record grant key, which the partnership and that agency
   * share. Default: a fresh random key per agency, enough when every
   * subgraph runs in this one process (tests, benchmarks).
   */
  recordGrantKey?: (agency: string) => string;
  subgraphTimeoutMs?: number;
  subgraphs?: readonly SubgraphDefinition[];
  /** The key by which the gateway proves itself to the subgraphs; a random one when omitted. */
  gatewayKey?: string;
  /** Concurrent requests one officer may have at the gateway. */
  maxConcurrentPerOfficer?: number;
  /** Run the gateway in production mode (no introspection, suggestions or explorer). */
  production?: boolean;
  /** Serve the partnership dashboard's built files from this directory at /dashboard, with development sign-in. */
  dashboardDir?: string;
  log?: (message: string) => void;
}

export interface Federation {
  readonly gatewayUrl: string;
  readonly subgraphs: ReadonlyMap<string, StartedSubgraph>;
  readonly identityProvider: DevIdentityProvider;
  /** The gateway's key, which a subgraph requires before it tells its schema. */
  readonly gatewayKey: string;
  /** A person of the seeded data a health caseworker can search for (the explorer's first example uses it). */
  readonly caseworkerSample: CaseworkerSample | null;
  /** Collects tokens from every agency and rebuilds the person index. */
  relink(): Promise<LinkageSummary & { tokensByAgency: Record<string, number> }>;
  stop(): Promise<void>;
}

/**
 * Starts every subgraph (migrating and, on first start, seeding its
 * database), links the agencies' records into the person index when it is
 * empty, and puts the gateway in front: the whole federation over real HTTP.
 */
export async function startFederation(options: FederationOptions): Promise<Federation> {
  const log = options.log ?? (() => {});
  const verifyToken = createTokenVerifier(options.identityProvider.authConfig());
  const definitions = options.subgraphs ?? subgraphDefinitions;
  const gatewayKey = options.gatewayKey ?? randomBytes(32).toString('base64url');
  const generatedGrantKeys = new Map<string, string>();
  const recordGrantKey =
    options.recordGrantKey ?? ((agency: string) => generatedGrantKeys.get(agency) ?? generatedGrantKeys.set(agency, randomBytes(32).toString('base64url')).get(agency)!);
  let population: Population | undefined = 'records' in options.population ? options.population : undefined;
  const populationOnce = () => {
    if (population) return population;
    const generating = startStage('synthetic population: generating', { log });
    population = generatePopulation(options.population as PopulationOptions);
    generating.finish(`${population.people().length.toLocaleString('en-GB')} people`);
    return population;
  };

  const started = new Map<string, StartedSubgraph>();
  const stopAll = async () => {
    for (const subgraph of [...started.values()].reverse()) await subgraph.stop();
  };
  try {
    for (const definition of definitions) {
      const subgraph = await startSubgraph(definition, {
        port: options.subgraphPorts === 'environment' ? subgraphPortFromEnv(definition.name, definition.defaultPort) : 0,
        host: options.host,
        verifyToken,
        database: options.database,
        population: populationOnce,
        linkageSecret: () => options.linkageSecret,
        recordGrantKey,
        peerUrl: (name) => started.get(name)?.url,
        gatewayKey,
        log,
      });
      started.set(definition.name, subgraph);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }

  const personIndex = started.get(PERSON_INDEX.id);
  const relink = async () => {
    if (!personIndex) throw new Error('The person index subgraph is not running, so there is no person index to build.');
    const issueServiceToken = () =>
      options.identityProvider.issue({ officerId: 'partnership-service', agency: 'partnership', roles: ['service'], purpose: LINKAGE_PURPOSE }, { expiresIn: 600 });
    const agencies = [...started.values()].filter((subgraph) => isAgencyId(subgraph.name)).map((subgraph) => ({ agencyId: subgraph.name, url: subgraph.url }));
    return runLinkage(personIndex.database.db, agencies, issueServiceToken, log);
  };

  let gateway;
  let sample: CaseworkerSample | null = null;
  try {
    if (personIndex && (await personIndex.database.db.selectFrom('person_records').select('person_id').limit(1).execute()).length === 0) {
      const summary = await relink();
      log(`person index: ${summary.records.toLocaleString('en-GB')} agency records linked into ${summary.people.toLocaleString('en-GB')} people`);
    }
    sample = await caseworkerSample(started);
    gateway = await createGateway({
      examples: withCaseworkerVariables(sample as Record<string, unknown> | null),
      subgraphUrls: Object.fromEntries([...started].map(([name, subgraph]) => [name, subgraph.url])),
      verifyToken,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      gatewayKey,
      maxConcurrentPerOfficer: options.maxConcurrentPerOfficer,
      production: options.production,
      dashboard: options.dashboardDir
        ? { distDir: options.dashboardDir, issueDevToken: (officer) => options.identityProvider.issue(officer, { expiresIn: 8 * 3600 }) }
        : undefined,
    }).listen(options.gatewayPort, options.host);
  } catch (error) {
    await stopAll();
    throw error;
  }
  for (const subgraph of started.values()) subgraph.database.statements.reset();

  const running = gateway;
  return {
    gatewayUrl: running.url,
    subgraphs: started,
    identityProvider: options.identityProvider,
    gatewayKey,
    caseworkerSample: sample,
    relink,
    async stop() {
      await running.close();
      await stopAll();
    },
  };
}
