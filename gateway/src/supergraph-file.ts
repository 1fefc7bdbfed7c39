import { fileURLToPath } from 'node:url';

/**
 * The committed supergraph the gateway serves. `pnpm compose` writes it (from
 * `@joined-up/composition`); the gateway only reads it, so it never loads a
 * subgraph's code.
 */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
