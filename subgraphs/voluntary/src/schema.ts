import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import { auditEntriesResolver } from '@joined-up/service';
import { voluntaryIndicator } from './indicator/voluntary-indicator.js';
import { Area } from './area/area.type.js';
import { AreaResolver } from './area/area.resolver.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { Person } from './person/person.type.js';
import { PersonResolver, PersonVoluntaryResolver } from './person/person.resolver.js';
import { ServiceResolver } from './service/service.resolver.js';
import { recordSearch } from './record-search.js';

/** The voluntary subgraph's schema. Representations carry all we need, so references resolve to themselves. */
export function buildVoluntarySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [...recordSearch.resolvers, PersonResolver, PersonVoluntaryResolver, AreaResolver, ServiceResolver, OrganisationResolver, ...voluntaryIndicator.resolvers, auditEntriesResolver('voluntary')],
      orphanedTypes: [...recordSearch.orphanedTypes, Person, Area, ...voluntaryIndicator.orphanedTypes],
    },
    {
      ...voluntaryIndicator.referenceResolvers,
      Person: { __resolveReference: (reference: Person) => reference },
      Area: { __resolveReference: (reference: Area) => reference },
    },
  );
}
