import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import type { PersonIndexContext } from './context.js';
import { PersonResolver, loadPerson } from './person/person.resolver.js';
import { agencyRecordIdsResolvers } from './person/agency-record-ids.resolver.js';
import { PersonByRecordResolver } from './person/person-by-record.resolver.js';
import { agencyRecordEntities, agencyRecordTypeName } from './person/agency-record.types.js';
import { AuditTrailResolver } from './audit-trail/audit-trail.resolver.js';
import { LinkageResolver } from './linkage/linkage.resolver.js';
import { AgencyCombinationResolver, CohortResolver } from './cohort/cohort.resolver.js';

/**
 * The person index's schema: it owns Person (the partnership id, each
 * agency's record ids and their signed grants), adds `person` to each
 * agency's record, and serves look-up by record, cohorts, the linkage and
 * the cross-agency audit trail.
 */
export function buildPersonIndexSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        PersonResolver,
        ...agencyRecordIdsResolvers,
        PersonByRecordResolver,
        ...agencyRecordEntities.map((entity) => entity.resolver),
        AuditTrailResolver,
        LinkageResolver,
        CohortResolver,
        AgencyCombinationResolver,
      ],
      orphanedTypes: agencyRecordEntities.map((entity) => entity.type),
    },
    {
      Person: { __resolveReference: ({ id }: { id: string }, context: PersonIndexContext) => loadPerson(id, context) },
      // An agency's record needs nothing but its id: `person` is looked up (and audited) when asked for.
      ...Object.fromEntries(
        agencyRecordEntities.map(({ agency }) => [agencyRecordTypeName(agency), { __resolveReference: (reference: { recordId: string }) => reference }]),
      ),
    },
  );
}
