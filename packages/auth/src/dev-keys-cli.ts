import { DevIdentityProvider } from './dev-identity-provider.js';
import { devKeysDir } from './auth-config.js';

/** Creates the development identity provider's keys if they do not exist (a one-shot container in docker-compose). */
const dir = devKeysDir();
await DevIdentityProvider.inDirectory(dir);
console.log(`Development token keys are in ${dir}`);
