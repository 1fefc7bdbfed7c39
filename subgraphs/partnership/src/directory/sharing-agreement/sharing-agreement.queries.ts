import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { SharingAgreement } from './sharing-agreement.type.js';
import { inForce, readSharingAgreements } from './sharing-agreement.loaders.js';

@Resolver(() => SharingAgreement)
export class SharingAgreementQueries {
  @Query(() => [SharingAgreement], {
    description: 'The register of information sharing agreements. Open to any authenticated officer: it describes what may be shared, not the data itself.',
  })
  async sharingAgreements(
    @Ctx() { db }: PartnershipContext,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Also list agreements not yet approved, expired or not yet in force.' })
    includeInactive: boolean,
  ): Promise<SharingAgreement[]> {
    const agreements = await readSharingAgreements(db);
    return includeInactive ? agreements : agreements.filter((agreement) => inForce(agreement));
  }
}
