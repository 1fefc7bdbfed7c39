import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Kysely } from 'kysely';
import { AGENCY_IDS, PARTNERSHIP, PERSON_INDEX, recordIdsField } from '@joined-up/agencies';
import { badUserInput, forbidden } from '@joined-up/federation';
import type { AuditTables } from '@joined-up/audit';
import { AuditEntry, mayReadAuditLog, readAuditEntries, SUBJECT_ACCESS_PURPOSE } from '@joined-up/service';
import type { PersonIndexContext } from '../context.js';
import { loadPerson } from '../person/person.resolver.js';
import { fetchAgencyAudit } from './fetch-agency-audit.js';

@Resolver(() => AuditEntry)
export class AuditTrailResolver {
  @Query(() => [AuditEntry], {
    description:
      "Who looked at personal data, when and why, newest first, from each holding agency's own audit log. With `personId`: a subject access answer across every agency holding the person's records (the partnership's data protection officer, purpose subject-access-request). With `agencyId`: that agency's whole trail (its own data protection officer).",
  })
  async auditTrail(
    @Ctx() context: PersonIndexContext,
    @Arg('personId', () => ID, { nullable: true, description: 'The person (partnership id) who asked who has seen their records.' }) personId?: string,
    @Arg('agencyId', () => ID, { nullable: true, description: "One agency's trail." }) agencyId?: string,
    @Arg('from', () => String, { nullable: true, description: 'From this date, YYYY-MM-DD.' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Up to this date, YYYY-MM-DD, inclusive.' }) to?: string,
  ): Promise<AuditEntry[]> {
    if (!personId && !agencyId) throw badUserInput('Give `personId` (a subject access request) or `agencyId` (an agency\'s trail).');
    if (!context.identity.roles.includes('dpo')) throw forbidden('Only data protection officers may read audit trails.');
    if (personId && !(context.identity.agency === 'partnership' && context.identity.purpose === SUBJECT_ACCESS_PURPOSE)) {
      throw forbidden(`A person's trail across agencies is read by the partnership's data protection officer, with purpose ${SUBJECT_ACCESS_PURPOSE}.`);
    }

    // 4,000 entries of twelve fields stay within every subgraph's cost limit (50,000).
    const filter = { from, to, limit: 4000 };
    const targets: { agency: string; recordIds?: string[] }[] = [];
    if (personId) {
      const person = await loadPerson(personId, context);
      // The person index's own log (look-ups of the index), then the partnership's (kept from before the index had its own).
      targets.push({ agency: PERSON_INDEX.id }, { agency: PARTNERSHIP.id });
      for (const agency of AGENCY_IDS) {
        const recordIds = person[recordIdsField(agency)];
        if (recordIds.length > 0 && (!agencyId || agencyId === agency)) targets.push({ agency, recordIds });
      }
    } else {
      targets.push({ agency: agencyId! });
    }

    const trails = await Promise.all(
      targets.map(({ agency, recordIds }) => {
        const agencyFilter = { ...filter, subjectPersonId: personId, subjectRecordIds: recordIds };
        if (agency !== PERSON_INDEX.id) return fetchAgencyAudit(agency, agencyFilter, context);
        // The index is the partnership's: its data protection officer reads the index's log.
        if (!mayReadAuditLog(context.identity, PARTNERSHIP.id)) throw forbidden("Only the partnership's data protection officer may read the person index's audit log.");
        return readAuditEntries(context.db as unknown as Kysely<AuditTables>, PERSON_INDEX.id, agencyFilter);
      }),
    );
    return trails.flat().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }
}
