import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { SUPERGRAPH_PATH } from '@joined-up/gateway/supergraph';
import { defaultSubgraphUrl, subgraphDefinitions } from './subgraph-registry.js';

export { SUPERGRAPH_PATH };

export type Composition = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/**
 * Composes the supergraph from every subgraph's SDL with Apollo's own
 * composition, exactly as a schema registry would, so an agency learns
 * before merging whether its change still composes.
 */
export async function composeSupergraph(): Promise<Composition> {
  const services = await Promise.all(
    subgraphDefinitions.map(async (definition) => ({
      name: definition.name,
      url: defaultSubgraphUrl(definition),
      typeDefs: parse(printSubgraphSchema(await definition.buildSchema())),
    })),
  );
  const result = composeServices(services);
  if (result.errors?.length) {
    return { ok: false, errors: result.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`) };
  }
  return { ok: true, supergraphSdl: `${result.supergraphSdl!.trimEnd()}\n` };
}

export async function readCommittedSupergraph(): Promise<string> {
  return readFile(SUPERGRAPH_PATH, 'utf8');
}
