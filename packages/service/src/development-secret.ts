import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * A secret from the environment variable `variable`, or on a laptop one kept
 * in `.data/keys/<file>` (made on first use). Several services may ask at
 * once (one container each, sharing the keys directory): the first to create
 * the file wins and the others read it.
 */
export function secretFromEnv(variable: string, file: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[variable];
  if (configured) return configured;
  const keyFile = path.resolve(env.JOINED_UP_DATA_DIR || '.data', 'keys', file);
  mkdirSync(path.dirname(keyFile), { recursive: true });
  try {
    writeFileSync(keyFile, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(keyFile, 'utf8').trim();
}
