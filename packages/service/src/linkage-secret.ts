import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The secret the agencies share to key their linkage tokens. The partnership
 * never holds it: with it, anyone could hash a guessed name and date of birth
 * and look for a match. Set `JOINED_UP_LINKAGE_SECRET` in every agency's
 * deployment; on a laptop one is generated under `.data/keys`.
 */
export function linkageSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JOINED_UP_LINKAGE_SECRET) return env.JOINED_UP_LINKAGE_SECRET;
  const file = path.resolve(env.JOINED_UP_DATA_DIR || '.data', 'keys', 'linkage-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
