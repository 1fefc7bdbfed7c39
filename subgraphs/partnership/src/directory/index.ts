import type { PartnershipContext } from '../context.js';
import { AgencyResolver } from './agency/agency.resolver.js';
import { agencyById } from './agency/agency.loader.js';
import { Agency } from './agency/agency.type.js';
import { AreaResolver, areaByCode } from './area/area.resolver.js';
import { OfficerResolver } from './officer/officer.resolver.js';
import { officerById } from './officer/officer.loader.js';
import { Officer } from './officer/officer.type.js';
import { SharingAgreementResolver } from './sharing-agreement/sharing-agreement.resolver.js';

/** The directory: who the partners are (agencies and their officers), the places they serve, and the agreements under which they share. */
export const directoryResolvers = [AgencyResolver, OfficerResolver, AreaResolver, SharingAgreementResolver];

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
  Area: { __resolveReference: ({ code }: { code: string }) => areaByCode(code) },
};
