import { MEMBERS, type AgencyDeclaration } from '@joined-up/agencies';
import type { SubgraphDefinition } from '@joined-up/service';

/**
 * Loads a member's subgraph definition from where every subgraph lives,
 * `subgraphs/<id>/src/server.ts`: the export whose name is the member's id.
 */
async function loadSubgraphDefinition(member: AgencyDeclaration): Promise<SubgraphDefinition> {
  const module: Record<string, unknown> = await import(new URL(`../../../subgraphs/${member.id}/src/server.ts`, import.meta.url).href);
  const definition = Object.values(module).find((value): value is SubgraphDefinition => (value as SubgraphDefinition | undefined)?.name === member.id);
  if (!definition) throw new Error(`subgraphs/${member.id}/src/server.ts exports no subgraph definition named "${member.id}".`);
  return definition;
}

/**
 * Every subgraph of the federation, one per member declared in
 * `@joined-up/agencies`; the partnership comes first, as it keeps the
 * register of sharing agreements the others consult. Nothing to edit here
 * when an agency is added. For composition and the one-process stack only:
 * the gateway at run time knows subgraphs by name and URL, never by code, so
 * it depends on no subgraph package.
 */
export const subgraphDefinitions: readonly SubgraphDefinition[] = await Promise.all(MEMBERS.map(loadSubgraphDefinition));

/** The URL a subgraph is served at when run on its own with default ports. */
export function defaultSubgraphUrl(definition: SubgraphDefinition): string {
  return `http://localhost:${definition.defaultPort}/graphql`;
}
