import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import { auditEntriesResolver } from '@joined-up/service';
import { policeIndicator } from './indicator/police-indicator.js';
import { Area } from './area/area.type.js';
import { AreaResolver } from './area/area.resolver.js';
import { Person } from './person/person.type.js';
import { PersonPoliceResolver, PersonResolver } from './person/person.resolver.js';
import { recordSearch } from './record-search.js';

/** The police subgraph's schema. Representations carry all we need, so references resolve to themselves. */
export function buildPoliceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [...recordSearch.resolvers, PersonResolver, PersonPoliceResolver, AreaResolver, ...policeIndicator.resolvers, auditEntriesResolver('police')], orphanedTypes: [...recordSearch.orphanedTypes, Person, Area, ...policeIndicator.orphanedTypes] },
    {
      ...policeIndicator.referenceResolvers,
      Person: { __resolveReference: (reference: Person) => reference },
      Area: { __resolveReference: (reference: Area) => reference },
    },
  );
}
