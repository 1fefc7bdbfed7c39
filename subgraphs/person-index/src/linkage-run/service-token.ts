import { DevIdentityProvider, devKeysDir } from '@joined-up/auth';
import { LINKAGE_PURPOSE } from '@joined-up/service';

/**
 * The linkage service's own token: `JOINED_UP_SERVICE_TOKEN` when the identity
 * provider issued one, else signed by the development provider's keys.
 */
export async function linkageServiceToken(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.JOINED_UP_SERVICE_TOKEN) return env.JOINED_UP_SERVICE_TOKEN;
  const provider = await DevIdentityProvider.inDirectory(devKeysDir(env));
  return provider.issue(
    { officerId: 'partnership-service', agency: 'partnership', roles: ['service'], purpose: LINKAGE_PURPOSE },
    { expiresIn: 3600 },
  );
}
