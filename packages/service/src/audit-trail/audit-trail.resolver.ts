import { Arg, Ctx, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { sql, type Kysely } from 'kysely';
import { badUserInput, forbidden, isCalendarDate } from '@joined-up/federation';
import type { AuditTables } from '@joined-up/audit';
import type { SubgraphContext } from '../subgraph-context.js';
import { AuditEntry } from './audit-entry.type.js';

/** The purpose under which the partnership answers a person's subject access request across agencies. */
export const SUBJECT_ACCESS_PURPOSE = 'subject-access-request';

/**
 * Who may read an agency's audit log: its own data protection officer, and
 * the partnership's data protection officer answering a subject access
 * request. Nobody else, whatever their purpose.
 */
export function mayReadAuditLog(identity: SubgraphContext<unknown>['identity'], holder: string): boolean {
  if (!identity.roles.includes('dpo')) return false;
  return identity.agency === holder || (identity.agency === 'partnership' && identity.purpose === SUBJECT_ACCESS_PURPOSE);
}

export interface AuditEntryFilter {
  subjectPersonId?: string;
  subjectRecordIds?: string[];
  from?: string;
  to?: string;
  limit?: number;
}

/** Reads one holder's audit log, newest first. Callers check `mayReadAuditLog` first. */
export async function readAuditEntries(db: Kysely<AuditTables>, holder: string, filter: AuditEntryFilter): Promise<AuditEntry[]> {
  const { subjectPersonId, subjectRecordIds, from, to, limit = 500 } = filter;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value && !isCalendarDate(value)) throw badUserInput(`\`${name}\` must be a date written YYYY-MM-DD.`, { argument: name });
  }
  if (limit < 1 || limit > 5000) throw badUserInput('`limit` must be between 1 and 5,000.', { argument: 'limit' });
  let query = db.selectFrom('audit_entries').selectAll().orderBy('seq', 'desc').limit(limit);
  if (subjectPersonId || subjectRecordIds?.length) {
    query = query.where((eb) =>
      eb.or([
        ...(subjectPersonId ? [eb('subject_person_id', '=', subjectPersonId)] : []),
        ...(subjectRecordIds?.length ? [eb('subject_record_id', 'in', subjectRecordIds)] : []),
      ]),
    );
  }
  if (from) query = query.where('at', '>=', sql<Date>`${from}::date`);
  if (to) query = query.where('at', '<', sql<Date>`${to}::date + 1`);
  return (await query.execute()).map((row) =>
    Object.assign(new AuditEntry(), {
      at: new Date(row.at).toISOString(),
      officer: row.officer_id,
      agency: row.officer_agency,
      purpose: row.purpose,
      basis: row.basis,
      agreementId: row.agreement_id,
      heldBy: holder,
      subjectPersonId: row.subject_person_id,
      subjectRecordId: row.subject_record_id,
      category: row.category,
      fields: row.fields,
      requestId: row.request_id,
    }),
  );
}

/**
 * `auditEntries`: one agency's audit log, for its data protection officer and
 * for the partnership's subject access requests. Every subgraph declares it
 * (`@shareable`) and none offers it to clients (`@inaccessible`): the
 * partnership calls each agency directly, with the officer's own token.
 */
export function auditEntriesResolver(holder: string) {
  @Resolver(() => AuditEntry)
  class AuditEntriesResolver {
    @Query(() => [AuditEntry], { description: 'This agency\'s audit log, newest first; for data protection officers.' })
    @Directive('@shareable')
    @Directive('@inaccessible')
    async auditEntries(
      @Ctx() context: SubgraphContext<AuditTables>,
      @Arg('subjectPersonId', () => ID, { nullable: true, description: 'Only reads of this person (partnership id).' }) subjectPersonId?: string,
      @Arg('subjectRecordIds', () => [ID], { nullable: true, description: "Only reads of these of the agency's own records." }) subjectRecordIds?: string[],
      @Arg('from', () => String, { nullable: true, description: 'From this date, YYYY-MM-DD.' }) from?: string,
      @Arg('to', () => String, { nullable: true, description: 'Up to this date, YYYY-MM-DD, inclusive.' }) to?: string,
      @Arg('limit', () => Int, { defaultValue: 500, description: 'At most this many entries (1 to 5,000).' }) limit = 500,
    ): Promise<AuditEntry[]> {
      if (!mayReadAuditLog(context.identity, holder)) {
        throw forbidden(`Only ${holder}'s data protection officer, or the partnership's answering a subject access request, may read ${holder}'s audit log.`);
      }
      return readAuditEntries(context.db as Kysely<AuditTables>, holder, { subjectPersonId, subjectRecordIds, from, to, limit });
    }
  }
  return AuditEntriesResolver;
}
