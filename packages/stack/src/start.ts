import path from 'node:path';
import { MEMBERS } from '@joined-up/agencies';
import { DevIdentityProvider, devKeysDir, gatewayKeyFromEnv } from '@joined-up/auth';
import { maxConcurrentPerOfficerFromEnv } from '@joined-up/gateway';
import { runMain, linkageSecretFromEnv, populationOptionsFromEnv, portFromEnv, recordGrantKeyFromEnv } from '@joined-up/service';
import { ensureDashboardBuilt } from '@joined-up/dashboard/build';
import { startFederation } from './start-federation.js';

/**
 * `pnpm start`: the whole federation on this machine. Every subgraph runs in
 * this one process on its own port and schema of one embedded PostgreSQL
 * (one PGlite costs ~750 MB, so one is shared), or on real PostgreSQL when
 * DATABASE_URL or <AGENCY>_DATABASE_URL is set. The synthetic population is
 * seeded on first start and reused after. `PORT` and `<NAME>_SUBGRAPH_PORT`
 * (0 for any free port) move it, so two stacks can run on one machine.
 */
runMain(async () => {
  const started = Date.now();
  const dataDir = path.resolve(process.env.JOINED_UP_DATA_DIR || '.data');
  // Say at once what is about to happen: a first start spends minutes seeding before the banner.
  console.log(
    `Starting Joined-Up: ${MEMBERS.length} subgraphs and the gateway on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}.\n` +
      '  The first start generates, seeds and links the synthetic population (one line per stage below); later starts reuse it.',
  );
  const identityProvider = await DevIdentityProvider.inDirectory(devKeysDir());
  const federation = await startFederation({
    identityProvider,
    gatewayPort: portFromEnv('PORT', 4000),
    subgraphPorts: 'environment',
    host: process.env.HOST || '127.0.0.1',
    population: populationOptionsFromEnv(),
    linkageSecret: linkageSecretFromEnv(),
    gatewayKey: gatewayKeyFromEnv(),
    maxConcurrentPerOfficer: maxConcurrentPerOfficerFromEnv(),
    recordGrantKey: (agency) => recordGrantKeyFromEnv(agency),
    // Built on first start (and after its sources change); reused otherwise.
    dashboardDir: ensureDashboardBuilt((message) => console.log(`  ${message}`)),
    log: (message) => console.log(`  ${message}`),
  });
  console.log(`
Joined-Up is running (${((Date.now() - started) / 1000).toFixed(1)} s).

  Gateway:   ${federation.gatewayUrl}
  Explorer:  ${federation.gatewayUrl.replace(/\/graphql$/, '/explorer')}
  Dashboard: ${federation.gatewayUrl.replace(/\/graphql$/, '/dashboard')}
  Data:      ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}

Get a token to query with (in another terminal, in this directory):
  npx -y pnpm@12.21.0 -s run token --agency health --role caseworker --purpose direct-care
  npx -y pnpm@12.21.0 -s run token --list     (every agency, role and purpose)
`);
  return federation;
});
