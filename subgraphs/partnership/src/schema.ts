import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@joined-up/federation';
import type { PartnershipContext } from './context.js';
import { AgencyResolver } from './agency/agency.resolver.js';
import { agencyById } from './agency/agency.loader.js';
import { Agency } from './agency/agency.type.js';
import { AreaResolver, areaByCode } from './area/area.resolver.js';
import { OfficerResolver } from './officer/officer.resolver.js';
import { officerById } from './officer/officer.loader.js';
import { Officer } from './officer/officer.type.js';
import { PersonResolver, loadPerson } from './person/person.resolver.js';
import { SharingAgreementResolver } from './sharing-agreement/sharing-agreement.resolver.js';

/** The partnership subgraph's schema: it owns Agency, Officer, Area and Person. */
export function buildPartnershipSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AgencyResolver, OfficerResolver, AreaResolver, PersonResolver, SharingAgreementResolver] },
    {
      Agency: {
        __resolveReference: async ({ id }: { id: string }, context: PartnershipContext) => {
          const record = await context.loaders.load(agencyById, id);
          return record ? Agency.fromRecord(record) : null;
        },
      },
      Officer: {
        __resolveReference: async ({ id }: { id: string }, context: PartnershipContext) => {
          const record = await context.loaders.load(officerById, id);
          return record ? Officer.fromRecord(record) : null;
        },
      },
      Area: { __resolveReference: ({ code }: { code: string }) => areaByCode(code) },
      Person: { __resolveReference: ({ id }: { id: string }, context: PartnershipContext) => loadPerson(id, context) },
    },
  );
}
