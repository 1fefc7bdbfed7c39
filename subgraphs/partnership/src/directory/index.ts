import type { PartnershipContext } from '../context.js';
import { AgencyQueries } from './agency/agency.queries.js';
import { agencyById } from './agency/agency.loaders.js';
import { Agency } from './agency/agency.type.js';
import { AreaQueries } from './area/area.queries.js';
import { loadArea } from './area/area.loaders.js';
import { OfficerQueries } from './officer/officer.queries.js';
import { officerById } from './officer/officer.loaders.js';
import { Officer } from './officer/officer.type.js';
import { SharingAgreementQueries } from './sharing-agreement/sharing-agreement.queries.js';

/** The directory: who the partners are (agencies and their officers), the places they serve, and the agreements under which they share. */
export const directoryResolvers = [AgencyQueries, OfficerQueries, AreaQueries, SharingAgreementQueries];

/** How the gateway turns another subgraph's reference to an agency, officer or area into the whole entity. */
export const directoryReferences = {
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
  Area: { __resolveReference: ({ code }: { code: string }) => loadArea(code) },
};
