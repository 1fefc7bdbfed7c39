import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { subjectsOf } from '@joined-up/service';
import type { VoluntaryContext } from '../tables.js';
import { Client } from '../client/client.type.js';
import { clientsOfSubject } from '../client/client.loader.js';
import { ServiceParticipation } from '../service-participation/service-participation.type.js';
import { participationOfSubject } from '../service-participation/service-participation.loader.js';
import { ServiceReferral } from '../service-referral/service-referral.type.js';
import { referralsOfSubject } from '../service-referral/service-referral.loader.js';
import { PersonVoluntary } from './person-voluntary.type.js';

@Resolver(() => PersonVoluntary)
export class PersonVoluntaryResolver {
  @FieldResolver(() => [Client], {
    nullable: true,
    description: 'Client records, normally one; more where organisations registered the person twice. Category voluntary.client.',
  })
  async clients(@Root() view: PersonVoluntary, @Ctx() context: VoluntaryContext): Promise<Client[]> {
    return (await context.loaders.loadFlat(clientsOfSubject, subjectsOf(view.personId, view.recordIds))).map(Client.fromRecord);
  }

  @FieldResolver(() => [ServiceReferral], {
    nullable: true,
    description: 'Referrals to voluntary services, newest first, each with the service. Category voluntary.referrals.',
  })
  async referrals(@Root() view: PersonVoluntary, @Ctx() context: VoluntaryContext): Promise<ServiceReferral[]> {
    const rows = await context.loaders.loadFlat(referralsOfSubject, subjectsOf(view.personId, view.recordIds));
    // Each client record's referrals come newest first; a person with two records needs them merged.
    return rows.map(ServiceReferral.fromRecord).sort((a, b) => b.referredOn.localeCompare(a.referredOn) || b.id.localeCompare(a.id));
  }

  @FieldResolver(() => [ServiceParticipation], {
    nullable: true,
    description: 'Sessions attended at each service, month by month, newest month first. Category voluntary.referrals.',
  })
  async participation(@Root() view: PersonVoluntary, @Ctx() context: VoluntaryContext): Promise<ServiceParticipation[]> {
    const rows = await context.loaders.loadFlat(participationOfSubject, subjectsOf(view.personId, view.recordIds));
    return rows.map(ServiceParticipation.fromRecord).sort((a, b) => b.month.localeCompare(a.month) || a.service.id.localeCompare(b.service.id));
  }
}
