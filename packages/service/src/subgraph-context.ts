import type { Kysely } from 'kysely';
import type { AccessPolicy } from '@joined-up/access';
import { LoaderRegistry, type RequestContext } from '@joined-up/federation';

/** The context every subgraph resolver receives. */
export interface SubgraphContext<DB> extends RequestContext {
  /** The agency's own database. */
  readonly db: Kysely<DB>;
  /** Fresh DataLoaders for this request. */
  readonly loaders: LoaderRegistry<SubgraphContext<DB>>;
  /** Whether this officer may see this agency's personal data, by category. */
  readonly access: AccessPolicy;
  /** Where another subgraph answers, for the rare calls one service makes to another. */
  readonly peerUrl: (name: string) => string | undefined;
  /** The key the person index signs an agency's record grants with (the partnership holds each agency's; an agency its own). */
  readonly recordGrantKey: (agency: string) => string;
}

export function createSubgraphContext<DB>(
  request: RequestContext,
  db: Kysely<DB>,
  access: AccessPolicy,
  peerUrl: (name: string) => string | undefined,
  recordGrantKey: (agency: string) => string,
): SubgraphContext<DB> {
  const loaders = new LoaderRegistry<SubgraphContext<DB>>();
  const context: SubgraphContext<DB> = { ...request, db, loaders, access, peerUrl, recordGrantKey };
  loaders.bind(context);
  return context;
}
