import { MEMBERS, environmentNameOf } from '@joined-up/agencies';
import { ConfigurationError, portFromEnv, subgraphUrlFromEnv } from '@joined-up/service';

export interface GatewayProcessConfig {
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  port: number;
  host: string;
  production: boolean;
}

/**
 * The gateway process's configuration from the environment, checked before
 * anything starts: a bad value stops the process with one line naming the
 * variable. In production every `<NAME>_SUBGRAPH_URL` is required: falling
 * back to localhost there would only show up as every agency "unavailable".
 */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayProcessConfig {
  const production = env.NODE_ENV === 'production';
  const subgraphUrls: Record<string, string> = {};
  for (const member of MEMBERS) {
    const variable = `${environmentNameOf(member.id)}_SUBGRAPH_URL`;
    const value = env[variable];
    if (!value && production) {
      throw new ConfigurationError(variable, `is not set: in production the gateway needs every subgraph's URL, e.g. http://${member.id}:${member.defaultPort}/graphql`);
    }
    if (value && !isHttpUrl(value)) throw new ConfigurationError(variable, `must be an http(s) URL such as http://${member.id}:${member.defaultPort}/graphql, got "${value}"`);
    subgraphUrls[member.id] = subgraphUrlFromEnv(member.id, env)!;
  }
  const timeout = env.JOINED_UP_SUBGRAPH_TIMEOUT_MS;
  const subgraphTimeoutMs = Number(timeout || 5000);
  if (!Number.isInteger(subgraphTimeoutMs) || subgraphTimeoutMs <= 0) {
    throw new ConfigurationError('JOINED_UP_SUBGRAPH_TIMEOUT_MS', `must be a whole number of milliseconds, got "${timeout}"`);
  }
  return { subgraphUrls, subgraphTimeoutMs, port: portFromEnv('PORT', 4000, env), host: env.HOST || '0.0.0.0', production };
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
