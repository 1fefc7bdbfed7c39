import { subgraphUrlFromEnv, type SubgraphDefinition } from '@joined-up/service';
import { educationSubgraph } from '@joined-up/education-subgraph';
import { healthSubgraph } from '@joined-up/health-subgraph';
import { housingSubgraph } from '@joined-up/housing-subgraph';
import { partnershipSubgraph } from '@joined-up/partnership-subgraph';
import { policeSubgraph } from '@joined-up/police-subgraph';
import { voluntarySubgraph } from '@joined-up/voluntary-subgraph';

/**
 * Every subgraph of the federation. The partnership comes first: it keeps the
 * register of sharing agreements the others consult. Adding an agency means
 * adding it here and running `pnpm compose`.
 */
export const subgraphDefinitions: readonly SubgraphDefinition[] = [partnershipSubgraph, healthSubgraph, policeSubgraph, educationSubgraph, housingSubgraph, voluntarySubgraph];

/** The URL a subgraph is served at when run on its own with default ports. */
export function defaultSubgraphUrl(definition: SubgraphDefinition): string {
  return `http://localhost:${definition.defaultPort}/graphql`;
}

/**
 * Where the gateway finds each subgraph: `<NAME>_SUBGRAPH_URL` when set (one
 * container per agency), otherwise the default local port.
 */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    subgraphDefinitions.map((definition) => [
      definition.name,
      subgraphUrlFromEnv(definition.name, env) ?? defaultSubgraphUrl(definition),
    ]),
  );
}
