import { environmentNameOf } from '@joined-up/agencies';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway in front of the committed supergraph, as a partnership that
 * already runs Hive would deploy it:
 *
 *   npx hive-gateway supergraph gateway/supergraph.graphql -c gateway/hive-gateway.config.ts
 *
 * Subgraph URLs come from `<NAME>_SUBGRAPH_URL` (the same variables our own
 * gateway reads); a subgraph without one keeps the URL composed into the
 * supergraph (`http://localhost:<default port>/graphql`). The officer's token
 * is forwarded unchanged: every subgraph verifies it itself, so Hive Gateway
 * needs no keys and enforces nothing the subgraphs would not.
 */
const supergraphPath = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

/** The subgraph names the supergraph was composed from (`@join__graph(name: ...)`). */
function subgraphNames(supergraph: string): string[] {
  return [...supergraph.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1]);
}

function subgraphLocations(env: NodeJS.ProcessEnv): Record<string, { location: string }> {
  const entries: Record<string, { location: string }> = {};
  for (const name of subgraphNames(readFileSync(supergraphPath, 'utf8'))) {
    const url = env[`${environmentNameOf(name)}_SUBGRAPH_URL`];
    if (url) entries[name] = { location: url };
  }
  return entries;
}

/** The same per-subgraph limit as our gateway (JOINED_UP_SUBGRAPH_TIMEOUT_MS, default 5 s). */
function subgraphTimeoutMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.JOINED_UP_SUBGRAPH_TIMEOUT_MS || 5000);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`JOINED_UP_SUBGRAPH_TIMEOUT_MS must be a whole number of milliseconds, got "${env.JOINED_UP_SUBGRAPH_TIMEOUT_MS}".`);
  }
  return value;
}

export const gatewayConfig = defineConfig({
  supergraph: supergraphPath,
  transportEntries: subgraphLocations(process.env),
  propagateHeaders: {
    // Only the token and the request id: subgraphs decide access from the
    // signed token alone, and the request id lines up audit entries.
    fromClientToSubgraphs: ({ request, context }) => ({
      authorization: request.headers.get('authorization'),
      'x-request-id': (context as { requestId?: string }).requestId ?? null,
    }),
  },
  upstreamTimeout: subgraphTimeoutMs(process.env),
  // The limits our gateway applies (gateway/src/query-limits.ts).
  maxDepth: 10,
  maxTokens: 3000,
  blockFieldSuggestions: process.env.NODE_ENV === 'production',
  graphiql: process.env.NODE_ENV !== 'production',
});
