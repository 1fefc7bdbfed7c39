import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

/**
 * Hive Gateway over our committed supergraph, as a partnership would run it
 * instead of ours: `HIVE_PLANNER=router` uses the Rust query planner
 * (@graphql-hive/router-runtime), otherwise its default (stitching) planner.
 * It forwards the officer's token to the subgraphs, which verify it; it does
 * no token check, query limits or error masking of its own.
 * Env: PORT, SUPERGRAPH (path), SUBGRAPH_URLS (JSON: name -> URL).
 */
const urls = JSON.parse(process.env.SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const supergraph = readFileSync(process.env.SUPERGRAPH!, 'utf8').replace(
  /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
  (whole, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole),
);
const runtime = createGatewayRuntime({
  supergraph,
  logging: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
  ...(process.env.HIVE_PLANNER === 'router' ? { unifiedGraphHandler } : {}),
});
const server = createServer(runtime);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`Hive Gateway ready at http://127.0.0.1:${process.env.PORT}/graphql`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
