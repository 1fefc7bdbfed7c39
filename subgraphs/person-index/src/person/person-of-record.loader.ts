import { categoriesOf, type AccessDecision } from '@joined-up/access';
import { writeAuditEntries } from '@joined-up/audit';
import { limitStatementTime } from '@joined-up/db';
import { defineLoader, remainingMs } from '@joined-up/federation';
import { auditEntryOf } from '@joined-up/service';
import type { PersonIndexContext } from '../context.js';

/** One agency's record, looked up in the person index, and the field that asked (recorded in the audit entry). */
export interface RecordLookup {
  agency: string;
  recordId: string;
  field: string;
}

/** The category under which look-ups of the index are audited: which person an agency's record belongs to. */
const CATEGORY = 'partnership.person-index';

/**
 * The partnership id of each agency record, or null when the index does not
 * hold it. Which person a record belongs to is shown only to officers who may
 * see something of that agency's data: their own agency's records, or another
 * agency's under an agreement covering their purpose (the decision every
 * person read makes). Every look-up is written to the partnership's audit
 * log, in the transaction that reads the index, and so is every refusal.
 */
export const personOfRecord = defineLoader<PersonIndexContext, RecordLookup, string | null>(
  'personOfRecord',
  async (lookups, context) => {
    const decisions = new Map<string, AccessDecision>();
    for (const agency of new Set(lookups.map((lookup) => lookup.agency))) {
      decisions.set(agency, await context.access.forOwner(agency).decideAny(categoriesOf(agency)));
    }
    const allowed = lookups.filter((lookup) => decisions.get(lookup.agency)!.allowed);
    return context.db.transaction().execute(async (trx) => {
      await limitStatementTime(trx, remainingMs(context.deadline));
      const rows =
        allowed.length === 0
          ? []
          : await trx
              .selectFrom('person_records')
              .select(['agency_id', 'record_id', 'person_id'])
              .where((eb) => eb.or(allowed.map((lookup) => eb.and([eb('agency_id', '=', lookup.agency), eb('record_id', '=', lookup.recordId)]))))
              .execute();
      const personOf = new Map(rows.map((row) => [`${row.agency_id}:${row.record_id}`, row.person_id]));
      await writeAuditEntries(
        trx,
        lookups.map((lookup) => {
          const decision = decisions.get(lookup.agency)!;
          const subject = { recordId: `${lookup.agency}:${lookup.recordId}`, personId: personOf.get(`${lookup.agency}:${lookup.recordId}`) ?? null };
          return auditEntryOf(context, decision.allowed ? decision.basis : 'refused', subject, CATEGORY, [lookup.field]);
        }),
      );
      return lookups.map((lookup) => {
        const decision = decisions.get(lookup.agency)!;
        return decision.allowed ? (personOf.get(`${lookup.agency}:${lookup.recordId}`) ?? null) : decision.error;
      });
    });
  },
  { cacheKey: (lookup) => `${lookup.agency}:${lookup.recordId}:${lookup.field}` },
);
