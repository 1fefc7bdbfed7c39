import { authConfigFromEnv, createTokenVerifier, gatewayKeyFromEnv } from '@joined-up/auth';
import { runMain } from '@joined-up/service';
import { gatewayConfigFromEnv } from './gateway-config.js';
import { createGateway, maxConcurrentPerOfficerFromEnv } from './server.js';

runMain(async () => {
  const config = gatewayConfigFromEnv();
  const gateway = createGateway({
    subgraphUrls: config.subgraphUrls,
    verifyToken: createTokenVerifier(authConfigFromEnv()),
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    gatewayKey: gatewayKeyFromEnv(),
    maxConcurrentPerOfficer: maxConcurrentPerOfficerFromEnv(),
    production: config.production,
  });
  const running = await gateway.listen(config.port, config.host);
  console.log(`Joined-Up gateway ready at ${running.url}`);
  return { stop: running.close };
}, 'gateway');
