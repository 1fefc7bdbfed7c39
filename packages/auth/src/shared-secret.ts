import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { devKeysDir } from './auth-config.js';

/**
 * A secret that several services must share: the environment variable
 * `variable` in production (the same value everywhere), else one generated
 * once under the development key directory (`.data/keys/<fileName>`), readable
 * only by its owner, so every process on a laptop finds the same one.
 */
export function sharedSecretFromEnv(variable: string, fileName: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[variable];
  if (configured) return configured;
  const file = path.join(devKeysDir(env), fileName);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The gateway's key: `JOINED_UP_GATEWAY_KEY` in production (the same value for
 * the gateway and every subgraph), else one generated under `.data/keys`.
 */
export function gatewayKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return sharedSecretFromEnv('JOINED_UP_GATEWAY_KEY', 'gateway-key', env);
}
