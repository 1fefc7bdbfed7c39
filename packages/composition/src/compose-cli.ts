import { appendFile, writeFile } from 'node:fs/promises';
import { composeSupergraph, readCommittedSupergraph, SUPERGRAPH_PATH } from './compose.js';
import { apiSchemaSdl, BREAKING_CHANGES_PATH, PUBLISHED_SCHEMA_PATH, readPublishedSchema, schemaChanges, type SchemaChanges } from './schema-changes.js';

/**
 * `pnpm compose` writes gateway/supergraph.graphql and the published API
 * schema; it refuses a change that breaks partner apps' queries unless given
 * `--accept-breaking "<why>"`, which also announces it in BREAKING-CHANGES.md.
 * `pnpm compose:check` (CI) fails when composition fails (listing every
 * error), when either committed file is not what the subgraphs compose to
 * today, or when the difference would break clients.
 */
const [mode, flag, reason] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || (flag !== undefined && (flag !== '--accept-breaking' || !reason?.trim()))) {
  console.error('Usage: compose-cli.ts check | write [--accept-breaking "<why the partnership agreed to break clients>"]');
  process.exit(2);
}

const composition = await composeSupergraph();
if (!composition.ok) {
  console.error(`Composition failed with ${composition.errors.length} error(s):`);
  for (const error of composition.errors) console.error(`  - ${error}`);
  process.exit(1);
}
const currentApi = apiSchemaSdl(composition.supergraphSdl);
const publishedApi = await readPublishedSchema();
const changes: SchemaChanges = publishedApi === null ? { breaking: [], dangerous: [] } : schemaChanges(publishedApi, currentApi);
printList('Changes that may alter what working clients see', changes.dangerous);

if (mode === 'write') {
  if (changes.breaking.length > 0 && !reason) {
    printList('Breaking changes for partner apps against gateway/published-schema.graphql', changes.breaking);
    console.error('Nothing written. Deprecate instead of removing (`@deprecated(reason: ...)`), or, once the partnership has agreed the break, run `pnpm compose --accept-breaking "<why>"`.');
    process.exit(1);
  }
  await writeFile(SUPERGRAPH_PATH, composition.supergraphSdl);
  await writeFile(PUBLISHED_SCHEMA_PATH, currentApi);
  if (changes.breaking.length > 0) await announce(changes.breaking, reason!);
  console.log(`Wrote ${SUPERGRAPH_PATH} and ${PUBLISHED_SCHEMA_PATH}`);
} else {
  const committed = await readCommittedSupergraph().catch(() => '');
  const stale = [
    committed !== composition.supergraphSdl && 'gateway/supergraph.graphql is stale: the subgraphs compose to something else.',
    publishedApi !== currentApi && 'gateway/published-schema.graphql is not the API schema the subgraphs compose to.',
  ].filter((line): line is string => !!line);
  if (stale.length > 0) {
    printList('Breaking changes for partner apps, not accepted (`pnpm compose --accept-breaking "<why>"` once agreed)', changes.breaking);
    for (const line of stale) console.error(line);
    console.error('Run `pnpm compose` and commit the result.');
    process.exit(1);
  }
  console.log('Supergraph and published API schema are current.');
}

function printList(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  console.error(`${title} (${lines.length}):`);
  for (const line of lines) console.error(`  - ${line}`);
}

async function announce(breaking: readonly string[], why: string): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  await appendFile(BREAKING_CHANGES_PATH, `\n## ${day}\n\n${why.trim()}\n\n${breaking.map((line) => `- ${line}`).join('\n')}\n`);
}
