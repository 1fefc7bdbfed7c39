/** Where each subgraph listens when run on its own. */
export const DEFAULT_SUBGRAPH_PORTS: Record<string, number> = {
  health: 4001,
  police: 4002,
  education: 4003,
  housing: 4004,
  voluntary: 4005,
  partnership: 4006,
};

/** A subgraph's URL: `<NAME>_SUBGRAPH_URL`, or its default local port. */
export function subgraphUrlFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env[`${name.toUpperCase()}_SUBGRAPH_URL`];
  if (configured) return configured;
  const port = DEFAULT_SUBGRAPH_PORTS[name];
  return port ? `http://localhost:${port}/graphql` : undefined;
}
