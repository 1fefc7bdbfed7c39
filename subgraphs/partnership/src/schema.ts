import type { GraphQLSchema } from 'graphql';
import { auditEntriesResolver } from '@joined-up/service';
import { buildFederatedSchema } from '@joined-up/federation';
import { directoryReferences, directoryResolvers } from './directory/index.js';
import { engagementResolvers } from './engagement/index.js';
import { outcomesOrphanedTypes, outcomesReferences, outcomesResolvers } from './outcomes/index.js';

/** The partnership subgraph's schema: the directory, shared outcomes, and the engagement and learning around them. */
export function buildPartnershipSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      // The partnership's own audit log (who changed what), as every subgraph has.
      resolvers: [auditEntriesResolver('partnership'), ...directoryResolvers, ...outcomesResolvers, ...engagementResolvers],
      orphanedTypes: [...outcomesOrphanedTypes],
    },
    { ...directoryReferences, ...outcomesReferences },
  );
}
