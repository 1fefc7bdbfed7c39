import { authConfigFromEnv, createTokenVerifier, gatewayKeyFromEnv } from '@joined-up/auth';
import { generatePopulation } from '@joined-up/synthetic';
import { linkageSecretFromEnv } from './linkage-secret.js';
import { recordGrantKeyFromEnv } from './record-grant-key.js';
import { populationOptionsFromEnv } from './population-options.js';
import { runMain } from './run-main.js';
import { startSubgraph, type StartedSubgraph } from './start-subgraph.js';
import { portFromEnv, subgraphPortFromEnv } from './subgraph-port.js';
import { subgraphUrlFromEnv } from './subgraph-urls.js';
import type { SubgraphDefinition } from './subgraph-definition.js';

/**
 * The entry point of a subgraph deployed on its own (one container per
 * agency): `PORT`, the agency's database URL, token keys and the synthetic
 * population size all come from the environment.
 */
export function runSubgraphProcess<DB>(definition: SubgraphDefinition<DB>, afterStart?: (started: StartedSubgraph<DB>) => void): void {
  runMain(async () => {
    const started = await startSubgraph(definition, {
      port: portFromEnv('PORT', subgraphPortFromEnv(definition.name, definition.defaultPort)),
      host: process.env.HOST || '127.0.0.1',
      verifyToken: createTokenVerifier(authConfigFromEnv()),
      population: () => generatePopulation(populationOptionsFromEnv()),
      log: (message) => console.log(message),
      linkageSecret: () => linkageSecretFromEnv(),
      recordGrantKey: rememberedPerAgency(recordGrantKeyFromEnv),
      peerUrl: (name) => subgraphUrlFromEnv(name),
      gatewayKey: gatewayKeyFromEnv(),
    });
    console.log(`${definition.name} subgraph ready at ${started.url} on ${started.database.description}`);
    afterStart?.(started);
    return started;
  }, definition.name);
}

/**
 * `keyOf`, looked up once per agency. A grant is checked for every person an
 * `_entities` call names, and on a laptop the key lives in a file: reading it
 * each time was 3% of the subgraphs' CPU on a person query. A key is read once in
 * production too (the environment does not change under a running process).
 */
function rememberedPerAgency(keyOf: (agency: string) => string): (agency: string) => string {
  const keys = new Map<string, string>();
  return (agency) => {
    let key = keys.get(agency);
    if (key === undefined) keys.set(agency, (key = keyOf(agency)));
    return key;
  };
}
