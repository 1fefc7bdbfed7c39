import { runSubgraphProcess } from '@joined-up/service';
import { agencyEndpointsFromEnv } from './linkage-run/agency-endpoints.js';
import { runLinkage } from './linkage-run/index.js';
import { linkageServiceToken } from './linkage-run/service-token.js';
import { personIndexSubgraph } from './server.js';

/**
 * The person index on its own. On first start it is empty: once the agencies
 * answer, their tokens are collected and linked.
 */
runSubgraphProcess(personIndexSubgraph, (started) => {
  void (async () => {
    const empty = (await started.database.db.selectFrom('person_records').select('person_id').limit(1).execute()).length === 0;
    if (!empty) return;
    for (let attempt = 1; attempt <= 30; attempt++) {
      try {
        const summary = await runLinkage(started.database.db, agencyEndpointsFromEnv(), linkageServiceToken, console.log);
        console.log(`person index: ${summary.records} agency records linked into ${summary.people} people`);
        return;
      } catch (error) {
        console.log(`person index: agencies not ready (${error instanceof Error ? error.message : error}); retrying in 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 10_000));
      }
    }
    console.error('person index: gave up waiting for the agencies; run `pnpm linkage:run` once they are up.');
  })();
});
