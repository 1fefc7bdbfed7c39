import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { defaultSubgraphUrl, subgraphDefinitions } from './subgraph-registry.js';

/** The committed supergraph the gateway serves. */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

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
