import { databaseSchemaOf, PERSON_INDEX } from '@joined-up/agencies';
import { createDatabase } from '@joined-up/db';
import type { PersonIndexTables } from '../tables.js';
import { agencyEndpointsFromEnv } from './agency-endpoints.js';
import { runLinkage } from './index.js';
import { linkageServiceToken } from './service-token.js';

/**
 * `pnpm linkage:run`: collects linkage tokens from every running agency
 * subgraph and rebuilds the person index in its own database
 * (`PERSON_INDEX_DATABASE_URL`, `DATABASE_URL`, or the embedded one).
 */
const database = await createDatabase<PersonIndexTables>({ schema: databaseSchemaOf(PERSON_INDEX.id) });
try {
  const started = Date.now();
  const summary = await runLinkage(database.db, agencyEndpointsFromEnv(), linkageServiceToken, (line) => console.log(`  ${line}`));
  console.log(`Linked ${summary.records} agency records into ${summary.people} people (${summary.newPeople} new) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  for (const [agency, count] of Object.entries(summary.tokensByAgency)) console.log(`  ${agency}: ${count} records`);
} catch (error) {
  console.error(`Linkage failed: ${error instanceof Error ? error.message : error}`);
  console.error('Is the federation running (pnpm start)? Agency subgraph URLs come from <AGENCY>_SUBGRAPH_URL.');
  process.exitCode = 1;
} finally {
  await database.destroy();
}
