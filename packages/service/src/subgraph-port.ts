import { environmentNameOf } from '@joined-up/agencies';
import { ConfigurationError } from './configuration-error.js';

/**
 * The port a subgraph listens on: `<NAME>_SUBGRAPH_PORT` (e.g.
 * `HEALTH_SUBGRAPH_PORT`), `0` for any free port, or the agency's default.
 * Setting them lets two stacks run on one machine.
 */
export function subgraphPortFromEnv(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): number {
  const variable = `${environmentNameOf(name)}_SUBGRAPH_PORT`;
  return portFromEnv(variable, defaultPort, env);
}

/** A TCP port from `variable`, or `fallback` when unset; anything but 0–65535 stops the process. */
export function portFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new ConfigurationError(variable, `must be a port number from 0 (any free port) to 65535, got "${raw}"`);
  }
  return port;
}
