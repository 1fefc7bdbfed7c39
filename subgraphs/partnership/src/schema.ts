import type { GraphQLSchema } from 'graphql';
import { auditEntriesResolver } from '@joined-up/service';
import { buildFederatedSchema } from '@joined-up/federation';
import type { PartnershipContext } from './context.js';
import { directoryReferences, directoryResolvers } from './directory/index.js';
import { engagementResolvers } from './engagement/index.js';
import { outcomesOrphanedTypes, outcomesReferences, outcomesResolvers } from './outcomes/index.js';
import { AuditTrailResolver } from './audit-trail/audit-trail.resolver.js';
import { AgencyCombinationResolver, CohortResolver } from './cohort/cohort.resolver.js';
import { LinkageResolver } from './linkage/linkage.resolver.js';
import { agencyRecordIdsResolvers } from './person/agency-record-ids.resolver.js';
import { agencyRecordEntities, agencyRecordTypeName } from './person/agency-record.types.js';
import { PersonByRecordResolver } from './person/person-by-record.resolver.js';
import { PersonResolver, loadPerson } from './person/person.resolver.js';

// The person index: people, their agencies' records, linkage, cohorts and the audit trail of person-level reads.
// Kept apart from the modules above because it is moving to a subgraph of its own.
const personIndexResolvers = [
  PersonResolver,
  ...agencyRecordIdsResolvers,
  PersonByRecordResolver,
  ...agencyRecordEntities.map((entity) => entity.resolver),
  AuditTrailResolver,
  LinkageResolver,
  CohortResolver,
  AgencyCombinationResolver,
];
const personIndexOrphanedTypes = agencyRecordEntities.map((entity) => entity.type);
const personIndexReferences = {
  Person: { __resolveReference: ({ id }: { id: string }, context: PartnershipContext) => loadPerson(id, context) },
  // An agency's record needs nothing but its id: `person` is looked up (and audited) when asked for.
  ...Object.fromEntries(
    agencyRecordEntities.map(({ agency }) => [agencyRecordTypeName(agency), { __resolveReference: (reference: { recordId: string }) => reference }]),
  ),
};

/** The partnership subgraph's schema: the directory, shared outcomes, and the engagement and learning around them (and, for now, the person index). */
export function buildPartnershipSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      // The partnership's own audit log (who changed what), as every subgraph has.
      resolvers: [auditEntriesResolver('partnership'), ...directoryResolvers, ...outcomesResolvers, ...engagementResolvers, ...personIndexResolvers],
      orphanedTypes: [...outcomesOrphanedTypes, ...personIndexOrphanedTypes],
    },
    { ...directoryReferences, ...outcomesReferences, ...personIndexReferences },
  );
}
