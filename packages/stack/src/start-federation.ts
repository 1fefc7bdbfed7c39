import { DevIdentityProvider, createTokenVerifier } from '@joined-up/auth';
import type { CreateDatabaseOptions } from '@joined-up/db';
import { createGateway } from '@joined-up/gateway';
import { subgraphDefinitions } from '@joined-up/gateway/registry';
import { runLinkage, type LinkageSummary } from '@joined-up/partnership-subgraph';
import { LINKAGE_PURPOSE, startSubgraph, type StartedSubgraph, type SubgraphDefinition } from '@joined-up/service';
import { generatePopulation, type Population, type PopulationOptions } from '@joined-up/synthetic';

export interface FederationOptions {
  identityProvider: DevIdentityProvider;
  /** Port of the gateway; 0 for any free port. */
  gatewayPort: number;
  /** Subgraph ports: each definition's default, or 0 (any free port) for all. */
  subgraphPorts: 'default' | 'any';
  host?: string;
  database?: Omit<CreateDatabaseOptions, 'schema'>;
  population: PopulationOptions | Population;
  linkageSecret: string;
  subgraphTimeoutMs?: number;
  subgraphs?: readonly SubgraphDefinition[];
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
  let population: Population | undefined = 'records' in options.population ? options.population : undefined;
  const populationOnce = () => (population ??= generatePopulation(options.population as PopulationOptions));

  const started = new Map<string, StartedSubgraph>();
  const stopAll = async () => {
    for (const subgraph of [...started.values()].reverse()) await subgraph.stop();
  };
  try {
    for (const definition of definitions) {
      const subgraph = await startSubgraph(definition, {
        port: options.subgraphPorts === 'default' ? definition.defaultPort : 0,
        host: options.host,
        verifyToken,
        database: options.database,
        population: populationOnce,
        linkageSecret: () => options.linkageSecret,
        peerUrl: (name) => started.get(name)?.url,
        log,
      });
      started.set(definition.name, subgraph);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }

  const partnership = started.get('partnership');
  const relink = async () => {
    if (!partnership) throw new Error('The partnership subgraph is not running, so there is no person index to build.');
    const serviceToken = await options.identityProvider.issue(
      { officerId: 'partnership-service', agency: 'partnership', roles: ['service'], purpose: LINKAGE_PURPOSE },
      { expiresIn: 600 },
    );
    const agencies = [...started.values()]
      .filter((subgraph) => subgraph.name !== 'partnership')
      .map((subgraph) => ({ agencyId: subgraph.name, url: subgraph.url }));
    return runLinkage(partnership.database.db, agencies, serviceToken);
  };

  let gateway;
  try {
    if (partnership && (await partnership.database.db.selectFrom('person_records').select('person_id').limit(1).execute()).length === 0) {
      const summary = await relink();
      log(`person index: ${summary.records} agency records linked into ${summary.people} people`);
    }
    gateway = await createGateway({
      subgraphUrls: Object.fromEntries([...started].map(([name, subgraph]) => [name, subgraph.url])),
      verifyToken,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
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
    relink,
    async stop() {
      await running.close();
      await stopAll();
    },
  };
}
