import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { categoriesOf } from '@joined-up/access';
import { badUserInput, notFound } from '@joined-up/federation';
import type { PersonIndexContext } from '../context.js';
import { AGENCY_IDS as RECORD_AGENCIES } from '@joined-up/agencies';
import { Person } from './person.type.js';
import { loadPerson } from './person.resolver.js';
import { personOfRecord } from './person-of-record.loader.js';

/** The agencies whose record ids this officer may look up, for the NOT_FOUND message. */
async function agenciesOpenTo(context: PersonIndexContext): Promise<string[]> {
  const open = await Promise.all(RECORD_AGENCIES.map(async (agency) => (await context.access.forOwner(agency).decideAny(categoriesOf(agency))).allowed));
  return RECORD_AGENCIES.filter((_agency, index) => open[index]);
}

@Resolver(() => Person)
export class PersonByRecordResolver {
  @Query(() => Person, {
    description:
      "The person one of your agency's records belongs to, e.g. a health officer's NHS number: personByRecord(agency: \"health\", recordId: \"<NHS number>\"). You may look up your own agency's record ids, and another agency's only where a sharing agreement covers your purpose. Every look-up, granted or refused, is written to the partnership's audit log.",
  })
  async personByRecord(
    @Arg('agency', () => ID, { description: 'The agency whose record id this is: health, police, education, housing or voluntary.' }) agency: string,
    @Arg('recordId', () => ID, { description: "That agency's own record id: an NHS number, a UPN, a police or housing reference, a voluntary client id." })
    recordId: string,
    @Ctx() context: PersonIndexContext,
  ): Promise<Person> {
    if (!(RECORD_AGENCIES as readonly string[]).includes(agency)) {
      throw badUserInput(`"${agency}" is not an agency of the person index. Use one of: ${RECORD_AGENCIES.join(', ')}.`, { argument: 'agency' });
    }
    const personId = await context.loaders.load(personOfRecord, { agency, recordId, field: 'personByRecord' });
    if (personId === null) {
      const open = await agenciesOpenTo(context);
      throw notFound(
        `The person index holds no ${agency} record "${recordId}". As a ${context.identity.agency} officer acting for "${context.identity.purpose}" you may look up ids of: ${open.join(', ') || 'no agency'} (your own agency's, and those a sharing agreement covering your purpose opens).`,
        { argument: 'recordId', agenciesYouMayLookUp: open },
      );
    }
    return loadPerson(personId, context);
  }
}
