import { DevIdentityProvider, devKeysDir } from '@joined-up/auth';
import { MEMBERS, environmentNameOf } from '@joined-up/agencies';
import { ConfigurationError, portFromEnv, runMain, subgraphPortFromEnv } from '@joined-up/service';
import { startServiceProcesses } from './service-processes.js';

/**
 * `pnpm start:services`: every subgraph and the gateway as separate processes
 * on PostgreSQL, from the entry points docker-compose and Kubernetes run.
 * Ports come from `<NAME>_SUBGRAPH_PORT` and `PORT`; databases from
 * `DATABASE_URL` or `<AGENCY>_DATABASE_URL`.
 */
runMain(async () => {
  const started = Date.now();
  const missing = MEMBERS.filter((member) => !process.env[`${environmentNameOf(member.id)}_DATABASE_URL`]);
  if (!process.env.DATABASE_URL && missing.length > 0) {
    throw new ConfigurationError(
      'DATABASE_URL',
      `is not set (nor ${missing.map((member) => `${environmentNameOf(member.id)}_DATABASE_URL`).join(', ')}): pnpm start:services runs each service on PostgreSQL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/joined_up (pnpm start runs everything in one process on the embedded database)`,
    );
  }
  // Development token keys, created once; with JOINED_UP_JWKS_URL the identity provider's keys are used instead.
  if (!process.env.JOINED_UP_JWKS_URL) await DevIdentityProvider.inDirectory(devKeysDir());
  const services = await startServiceProcesses({
    env: {},
    subgraphPorts: Object.fromEntries(MEMBERS.map((member) => [member.id, subgraphPortFromEnv(member.id, member.defaultPort)])),
    gatewayPort: portFromEnv('PORT', 4000),
    host: process.env.HOST || '127.0.0.1',
    log: (line) => console.log(line),
  });
  console.log(`
Joined-Up is running as ${services.services.length} processes (${((Date.now() - started) / 1000).toFixed(1)} s).

  Gateway:    ${services.gatewayUrl}
${Object.entries(services.subgraphUrls)
  .map(([name, url]) => `  ${name.padEnd(11)} ${url}`)
  .join('\n')}

Get a token to query with:
  npx -y pnpm@12.21.0 -s run token --agency police --role analyst --purpose youth-crime-prevention
`);
  return services;
});
