import path from 'node:path';
import { DevIdentityProvider, devKeysDir } from '@joined-up/auth';
import { runMain, linkageSecretFromEnv, populationOptionsFromEnv } from '@joined-up/service';
import { ensureDashboardBuilt } from '@joined-up/dashboard/build';
import { startFederation } from './start-federation.js';

/**
 * `pnpm start`: the whole federation on this machine. Every subgraph runs in
 * this one process on its own port and schema of one embedded PostgreSQL
 * (one PGlite costs ~750 MB, so one is shared), or on real PostgreSQL when
 * DATABASE_URL or <AGENCY>_DATABASE_URL is set. The synthetic population is
 * seeded on first start and reused after.
 */
runMain(async () => {
  const started = Date.now();
  const identityProvider = await DevIdentityProvider.inDirectory(devKeysDir());
  const federation = await startFederation({
    identityProvider,
    gatewayPort: Number(process.env.PORT || 4000),
    subgraphPorts: 'default',
    host: process.env.HOST || '127.0.0.1',
    population: populationOptionsFromEnv(),
    linkageSecret: linkageSecretFromEnv(),
    // Built on first start (and after its sources change); reused otherwise.
    dashboardDir: ensureDashboardBuilt((message) => console.log(`  ${message}`)),
    log: (message) => console.log(`  ${message}`),
  });
  const dataDir = path.resolve(process.env.JOINED_UP_DATA_DIR || '.data');
  console.log(`
Joined-Up is running (${((Date.now() - started) / 1000).toFixed(1)} s).

  Gateway:   ${federation.gatewayUrl}
  Explorer:  ${federation.gatewayUrl.replace(/\/graphql$/, '/explorer')}
  Dashboard: ${federation.gatewayUrl.replace(/\/graphql$/, '/dashboard')}
  Data:      ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}

Get a token to query with:
  pnpm -s run token --agency police --role analyst --purpose youth-crime-prevention
`);
  return federation;
});
