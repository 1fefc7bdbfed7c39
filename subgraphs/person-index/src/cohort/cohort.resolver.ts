import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, limitExceeded, OPERATION_LIMITS } from '@joined-up/federation';
import { findArea } from '@joined-up/geography';
import { discloseCount } from '@joined-up/statistics';
import { definePersonalLoader, subjectsOf } from '@joined-up/service';
import type { PersonIndexContext } from '../context.js';
import { AgencyReference } from '../agency/agency.type.js';
import { Person } from '../person/person.type.js';
import { personById } from '../person/person.loader.js';
import type { PersonIndexTables } from '../tables.js';
import { AgencyCombination, Cohort } from './cohort.types.js';
import { cohortMembers } from './cohort-members.js';

/**
 * Listing a cohort's members says of each person that several agencies know
 * them: personal data from the person index, access-controlled and audited
 * one entry per member, in the transaction that reads them.
 */
const memberIndexEntries = definePersonalLoader<PersonIndexTables, { person_id: string }>({
  name: 'cohortMemberIndexEntries',
  category: 'partnership.person-index',
  field: 'cohort.members',
  read: (db, personIds) => db.selectFrom('people').select('person_id').where('person_id', 'in', personIds),
  recordIdOf: (row) => row.person_id,
});

@Resolver(() => Cohort)
export class CohortResolver {
  @Query(() => Cohort, { description: 'People of a local authority, within an age band, known to at least `minAgencies` agencies.' })
  async cohort(
    @Ctx() context: PersonIndexContext,
    @Arg('areaCode', () => ID, { description: 'A local authority GSS code, e.g. E09000022 (Lambeth).' }) areaCode: string,
    @Arg('minAgencies', () => Int, { description: 'Known to at least this many agencies (1 to 5).' }) minAgencies: number,
    @Arg('ageFrom', () => Int, { description: 'Youngest age, in whole years.' }) ageFrom: number,
    @Arg('ageTo', () => Int, { description: 'Oldest age, in whole years.' }) ageTo: number,
  ): Promise<Cohort> {
    const area = findArea(areaCode);
    if (!area || area.kind !== 'LOCAL_AUTHORITY') {
      throw badUserInput(`\`areaCode\` must be a local authority the partnership covers (e.g. E09000022); got "${areaCode}".`, { argument: 'areaCode' });
    }
    if (!Number.isInteger(minAgencies) || minAgencies < 1 || minAgencies > 5) throw badUserInput('`minAgencies` must be between 1 and 5.', { argument: 'minAgencies' });
    if (ageFrom < 0 || ageTo > 120 || ageFrom > ageTo) throw badUserInput('Ages must satisfy 0 ≤ ageFrom ≤ ageTo ≤ 120.', { argument: 'ageFrom' });

    const members = await cohortMembers(context.db, { areaCode, minAgencies, ageFrom, ageTo });
    const combinations = new Map<string, number>();
    for (const member of members) combinations.set(member.agencies.join(','), (combinations.get(member.agencies.join(',')) ?? 0) + 1);
    return Object.assign(new Cohort(), {
      areaCode,
      minAgencies,
      ageFrom,
      ageTo,
      size: discloseCount(members.length),
      combinations: [...combinations]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([agencies, count]) => Object.assign(new AgencyCombination(), { agencyIds: agencies.split(','), people: discloseCount(count) })),
      memberIds: members.map((member) => member.personId),
    });
  }

  @FieldResolver(() => [Person], {
    nullable: true,
    description:
      "The people themselves, each with every agency's view through the federated Person fields. Only for officers whose purpose an information sharing agreement covering the person index allows (otherwise null with FORBIDDEN); every member listed is audited. At most 500 people: a larger cohort answers LIST_SIZE_LIMIT (narrow it; its size is still given).",
  })
  async members(@Root() cohort: Cohort, @Ctx() context: PersonIndexContext): Promise<Person[]> {
    // A whole population (both boroughs, ages 0 to 120) would send every
    // agency thousands of people at once: its size is told, its members not.
    if (cohort.memberIds.length > OPERATION_LIMITS.maxCohortMembers) {
      throw limitExceeded('listSize', cohort.memberIds.length, OPERATION_LIMITS.maxCohortMembers, null);
    }
    await context.loaders.loadFlat(memberIndexEntries, cohort.memberIds.flatMap((id) => subjectsOf(id, [id])));
    const entries = await context.loaders.loadFound(personById, cohort.memberIds);
    return entries.map((entry) => Person.fromRecords(entry.personId, entry.records));
  }
}

@Resolver(() => AgencyCombination)
export class AgencyCombinationResolver {
  @FieldResolver(() => [AgencyReference], { description: 'The agencies, all of which know these people and no other does.' })
  agencies(@Root() combination: AgencyCombination): AgencyReference[] {
    return combination.agencyIds.map(AgencyReference.of);
  }
}
