import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import { auditEntriesResolver } from '@joined-up/service';
import { Area } from './area/area.type.js';
import { AreaResolver } from './area/area.resolver.js';
import { healthIndicator } from './indicator/health-indicator.js';
import { Person } from './person/person.type.js';
import { PersonHealthResolver, PersonResolver } from './person/person.resolver.js';
import { recordSearch } from './record-search.js';

/** The health subgraph's schema. Representations carry all we need, so references resolve to themselves. */
export function buildHealthSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [...recordSearch.resolvers, PersonResolver, PersonHealthResolver, AreaResolver, ...healthIndicator.resolvers, auditEntriesResolver('health')],
      orphanedTypes: [...recordSearch.orphanedTypes, Person, Area, ...healthIndicator.orphanedTypes],
    },
    {
      ...healthIndicator.referenceResolvers,
      Person: { __resolveReference: (reference: Person) => reference },
      Area: { __resolveReference: (reference: Area) => reference },
    },
  );
}
