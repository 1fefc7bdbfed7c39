import type { GraphQLSchema } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import type { Population } from '@joined-up/synthetic';
import type { AgreementRegister } from '@joined-up/access';
import type { LinkageRecordPager } from './linkage-export.js';

/**
 * Everything the platform needs to know to run one agency's subgraph. Each
 * subgraph package exports one; the local stack, the tests, the gateway's
 * composition and each subgraph's own process all start it the same way.
 */
export interface SubgraphDefinition<DB = any> {
  /** Name in the supergraph and the agency's database schema: `health`, `police`, ... */
  readonly name: string;
  /**
   * Whose data this subgraph serves, when not its own name: the person index
   * serves the partnership's data, so a partnership officer reads it as their
   * own agency's. Default: the subgraph's name.
   */
  readonly dataOwner?: string;
  /** Default port when run on its own. */
  readonly defaultPort: number;
  readonly migrations: Record<string, Migration>;
  buildSchema(): Promise<GraphQLSchema>;
  /** True when the agency's tables already hold data, so a restart does not seed again. */
  hasData(db: Kysely<DB>): Promise<boolean>;
  /** Loads the agency's own view of the synthetic population. */
  seed(db: Kysely<DB>, population: Population): Promise<void>;
  /** The agency's person records, paged, for encoding into linkage tokens (agencies only). */
  linkageRecords?: LinkageRecordPager<DB>;
  /**
   * The register of sharing agreements read from this subgraph's own
   * database: only the partnership, which keeps the register, has one. Every
   * other subgraph reads it from the partnership over HTTP.
   */
  agreementRegister?: (db: Kysely<DB>) => AgreementRegister;
}
