import { runSubgraphProcess } from '@joined-up/service';
import { agencyEndpointsFromEnv } from './person-index/agency-endpoints.js';
import { runLinkage } from './person-index/index.js';
import { linkageServiceToken } from './person-index/service-token.js';
import { partnershipSubgraph } from './server.js';

/**
 * The partnership subgraph on its own. On first start the person index is
 * empty: once the agencies answer, their tokens are collected and linked.
 */
runSubgraphProcess(partnershipSubgraph, (started) => {
  void (async () => {
    const empty = (await started.database.db.selectFrom('person_records').select('person_id').limit(1).execute()).length === 0;
    if (!empty) return;
    for (let attempt = 1; attempt <= 30; attempt++) {
      try {
        const summary = await runLinkage(started.database.db, agencyEndpointsFromEnv(), await linkageServiceToken(), console.log);
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
