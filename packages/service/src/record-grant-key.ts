import { sharedSecretFromEnv } from '@joined-up/auth';

/**
 * The key with which the person index signs what it hands one agency
 * (`<AGENCY>_RECORD_GRANT_KEY`, e.g. `HEALTH_RECORD_GRANT_KEY`): the
 * partnership holds every agency's, each agency only its own, so no agency
 * can vouch for another's records. On a laptop each is generated under `.data/keys`.
 */
export function recordGrantKeyFromEnv(agency: string, env: NodeJS.ProcessEnv = process.env): string {
  return sharedSecretFromEnv(`${agency.toUpperCase()}_RECORD_GRANT_KEY`, `record-grant-${agency}`, env);
}
