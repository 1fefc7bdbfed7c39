import { OperatingAgreement } from './operating-agreement.type.js';
import type { AgreementRow } from './operating-agreement.loaders.js';

export function toOperatingAgreement(row: AgreementRow): OperatingAgreement {
  return Object.assign(new OperatingAgreement(), {
    id: row.agreement_id,
    title: row.title,
    freedoms: row.freedoms,
    reviewDate: row.review_date,
    state: row.state,
    outcomeId: row.outcome_id,
    parties: row.parties,
    conditionIds: row.condition_ids,
  });
}
