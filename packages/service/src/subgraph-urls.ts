import { MEMBERS, environmentNameOf } from '@joined-up/agencies';

/** Where each subgraph listens when run on its own, as each member declares it. */
export const DEFAULT_SUBGRAPH_PORTS: Readonly<Record<string, number>> = Object.fromEntries(MEMBERS.map((member) => [member.id, member.defaultPort]));

/** A subgraph's URL: `<NAME>_SUBGRAPH_URL`, or its default local port. */
export function subgraphUrlFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env[`${environmentNameOf(name)}_SUBGRAPH_URL`];
  if (configured) return configured;
  const port = DEFAULT_SUBGRAPH_PORTS[name];
  return port ? `http://localhost:${port}/graphql` : undefined;
}

/**
 * Where the gateway finds every member's subgraph: `<NAME>_SUBGRAPH_URL` when
 * set (one container per agency), otherwise the default local port.
 */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(MEMBERS.map((member) => [member.id, subgraphUrlFromEnv(member.id, env)!]));
}
