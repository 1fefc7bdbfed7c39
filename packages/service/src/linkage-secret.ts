import { sharedSecretFromEnv } from '@joined-up/auth';

/**
 * The secret the agencies share to key their linkage tokens. The partnership
 * never holds it: with it, anyone could hash a guessed name and date of birth
 * and look for a match. Set `JOINED_UP_LINKAGE_SECRET` in every agency's
 * deployment; on a laptop one is generated under `.data/keys`.
 */
export function linkageSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return sharedSecretFromEnv('JOINED_UP_LINKAGE_SECRET', 'linkage-secret', env);
}
