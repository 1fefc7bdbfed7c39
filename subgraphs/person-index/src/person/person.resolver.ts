import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, notFound } from '@joined-up/federation';
import type { PersonIndexContext } from '../context.js';
import { AgencyReference } from '../agency/agency.type.js';
import { Person } from './person.type.js';
import { personById } from './person.loader.js';
import { PERSON_ID_PATTERN } from './person-id.js';
import { agencyRecordsOfPerson } from './person-index.loader.js';
import { subjectsOf } from '@joined-up/service';

/** Loads a person from the index, or explains why the id is wrong. */
export async function loadPerson(id: string, context: PersonIndexContext): Promise<Person> {
  if (!PERSON_ID_PATTERN.test(id)) {
    throw badUserInput(`"${id}" is not a partnership person id: JU followed by ten letters and digits.`, { argument: 'id' });
  }
  const entry = await context.loaders.load(personById, id);
  if (!entry) throw notFound(`No person has partnership id ${id}.`, { argument: 'id' });
  return Person.fromRecords(entry.personId, entry.records);
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    description: "One person by partnership id, with each agency's view of them. Don't know the id? Start from your own record: personByRecord(agency, recordId), or your agency's record search (e.g. searchHealthRecords).",
  })
  person(@Arg('id', () => ID, { description: 'Partnership id: JU followed by ten letters and digits, as returned by personByRecord, people or cohort members.' }) id: string, @Ctx() context: PersonIndexContext): Promise<Person> {
    return loadPerson(id, context);
  }

  @Query(() => [Person], { description: 'Several people by partnership id, in the order asked; at most 500.' })
  async people(@Arg('ids', () => [ID], { description: 'Partnership ids.' }) ids: string[], @Ctx() context: PersonIndexContext): Promise<Person[]> {
    if (ids.length > 500) throw badUserInput('Ask for at most 500 people at a time.', { argument: 'ids' });
    return Promise.all(ids.map((id) => loadPerson(id, context)));
  }

  @FieldResolver(() => [AgencyReference], {
    nullable: true,
    description:
      'The agencies that hold at least one record of this person. Personal data (category partnership.person-index): served only under a sharing agreement covering it, and audited by the partnership.',
  })
  async knownTo(@Root() person: Person, @Ctx() context: PersonIndexContext): Promise<AgencyReference[]> {
    const rows = await context.loaders.loadFlat(agencyRecordsOfPerson, subjectsOf(person.id, [person.id]));
    return rows.map((row) => AgencyReference.of(row.agency_id));
  }
}
