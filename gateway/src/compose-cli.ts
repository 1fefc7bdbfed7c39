import { writeFile } from 'node:fs/promises';
import { composeSupergraph, readCommittedSupergraph, SUPERGRAPH_PATH } from './compose.js';

/**
 * `pnpm compose` writes gateway/supergraph.graphql; `pnpm compose:check`
 * fails when composition fails (listing every error) or the committed file
 * is not what the subgraphs compose to today.
 */
const mode = process.argv[2];
if (mode !== 'write' && mode !== 'check') {
  console.error('Usage: compose-cli.ts write|check');
  process.exit(2);
}

const composition = await composeSupergraph();
if (!composition.ok) {
  console.error(`Composition failed with ${composition.errors.length} error(s):`);
  for (const error of composition.errors) console.error(`  - ${error}`);
  process.exit(1);
}
if (mode === 'write') {
  await writeFile(SUPERGRAPH_PATH, composition.supergraphSdl);
  console.log(`Wrote ${SUPERGRAPH_PATH}`);
} else {
  const committed = await readCommittedSupergraph().catch(() => '');
  if (committed !== composition.supergraphSdl) {
    console.error('gateway/supergraph.graphql is stale: the subgraphs compose to something else. Run `pnpm compose` and commit the result.');
    process.exit(1);
  }
  console.log('Supergraph is current.');
}
