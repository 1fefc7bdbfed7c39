import type { AccessBasis } from '@joined-up/access';
import type { AuditEntryInput } from '@joined-up/audit';
import type { RequestContext } from '@joined-up/federation';

/** Whose records a read touches: the agency's record id, and the partnership id when known. */
export interface Subject {
  recordId: string;
  personId: string | null;
}

/** The audit entry for one subject of a read (or, with `refused`, of an attempt the access decision turned down). */
export function auditEntryOf(
  context: RequestContext,
  basis: AccessBasis | 'refused',
  subject: Subject,
  category: string,
  fields: string[],
): AuditEntryInput {
  return {
    officerId: context.identity.officerId,
    officerAgency: context.identity.agency,
    purpose: context.identity.purpose,
    basis: basis === 'refused' ? 'refused' : basis.kind,
    agreementId: basis !== 'refused' && basis.kind === 'agreement' ? basis.agreement.id : null,
    subjectPersonId: subject.personId,
    subjectRecordId: subject.recordId,
    category,
    fields,
    requestId: context.requestId,
  };
}
