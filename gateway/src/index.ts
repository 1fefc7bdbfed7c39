import { authConfigFromEnv, createTokenVerifier, gatewayKeyFromEnv } from '@joined-up/auth';
import { runMain, subgraphUrlsFromEnv } from '@joined-up/service';
import { createGateway, maxConcurrentPerOfficerFromEnv } from './server.js';

runMain(async () => {
  const gateway = createGateway({
    subgraphUrls: subgraphUrlsFromEnv(),
    verifyToken: createTokenVerifier(authConfigFromEnv()),
    subgraphTimeoutMs: Number(process.env.JOINED_UP_SUBGRAPH_TIMEOUT_MS || 5000),
    gatewayKey: gatewayKeyFromEnv(),
    maxConcurrentPerOfficer: maxConcurrentPerOfficerFromEnv(),
    production: process.env.NODE_ENV === 'production',
  });
  const running = await gateway.listen(Number(process.env.PORT || 4000), process.env.HOST || '0.0.0.0');
  console.log(`Joined-Up gateway ready at ${running.url}`);
  return { stop: running.close };
});
