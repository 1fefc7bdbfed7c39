import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import { auditEntriesResolver } from '@joined-up/service';
import { housingIndicator } from './indicator/housing-indicator.js';
import { Area } from './area/area.type.js';
import { AreaResolver } from './area/area.resolver.js';
import { Person } from './person/person.type.js';
import { PersonHousingResolver, PersonResolver } from './person/person.resolver.js';
import { recordSearch } from './record-search.js';

/** The housing subgraph's schema. Representations carry all we need, so references resolve to themselves. */
export function buildHousingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [...recordSearch.resolvers, PersonResolver, PersonHousingResolver, AreaResolver, ...housingIndicator.resolvers, auditEntriesResolver('housing')], orphanedTypes: [...recordSearch.orphanedTypes, Person, Area, ...housingIndicator.orphanedTypes] },
    {
      ...housingIndicator.referenceResolvers,
      Person: { __resolveReference: (reference: Person) => reference },
      Area: { __resolveReference: (reference: Area) => reference },
    },
  );
}
