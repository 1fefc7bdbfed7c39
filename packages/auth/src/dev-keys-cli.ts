import { DevIdentityProvider } from './dev-identity-provider.js';
import { devKeysDir } from './auth-config.js';
import { gatewayKeyFromEnv } from './shared-secret.js';

/** Creates the development identity provider's keys if they do not exist (a one-shot container in docker-compose). */
const dir = devKeysDir();
await DevIdentityProvider.inDirectory(dir);
// Made here, once, so the gateway and the subgraphs that share this directory
// do not each race to create their own.
gatewayKeyFromEnv();
console.log(`Development token keys are in ${dir}`);
