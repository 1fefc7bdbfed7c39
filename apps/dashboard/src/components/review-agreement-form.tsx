import { useState, type FormEvent } from 'react';
import { graphql } from '../graphql.js';
import { idempotencyKey, useMutation } from '../api/use-operation.js';
import { inputProblems } from '../api/errors.js';
import { FieldError, FormError } from './field-error.js';

export const ReviewAgreementMutation = graphql(`
  mutation ReviewOperatingAgreement($agreementId: ID!, $input: AgreementReviewInput!, $key: String!) {
    reviewOperatingAgreement(agreementId: $agreementId, input: $input, idempotencyKey: $key) { id reviewDate }
  }
`);

type Decision = 'CONTINUE' | 'AMEND' | 'END';

/** A lead records the review of an operating agreement: what changed, the decision and the next review date. */
export function ReviewAgreementForm({ agreementId, onSaved }: { agreementId: string; onSaved: () => void }) {
  const review = useMutation(ReviewAgreementMutation);
  const [decision, setDecision] = useState<Decision>('CONTINUE');
  const [whatChanged, setWhatChanged] = useState('');
  const [nextReviewDate, setNextReviewDate] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof inputProblems>>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `review-${agreementId}-${field}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await review({ agreementId, key: idempotencyKey('review'), input: { decision, whatChanged, nextReviewDate: nextReviewDate || null } });
    setBusy(false);
    setProblems(inputProblems(answer.errors));
    if (answer.errors.length === 0) {
      setWhatChanged('');
      onSaved();
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <h4>Record a review</h4>
      <div className="field">
        <label htmlFor={id('decision')}>Decision</label>
        <select id={id('decision')} value={decision} onChange={(event) => setDecision(event.target.value as Decision)}>
          <option value="CONTINUE">Continue</option>
          <option value="AMEND">Amend</option>
          <option value="END">End</option>
        </select>
        <FieldError id={id('decision-error')} message={problems.fields.decision} />
      </div>
      <div className="field">
        <label htmlFor={id('whatChanged')}>What changed</label>
        <textarea id={id('whatChanged')} value={whatChanged} onChange={(event) => setWhatChanged(event.target.value)} aria-invalid={!!problems.fields.whatChanged} aria-describedby={id('whatChanged-error')} />
        <FieldError id={id('whatChanged-error')} message={problems.fields.whatChanged} />
      </div>
      <div className="field">
        <label htmlFor={id('nextReviewDate')}>Next review date (YYYY-MM-DD)</label>
        <input id={id('nextReviewDate')} value={nextReviewDate} onChange={(event) => setNextReviewDate(event.target.value)} aria-invalid={!!problems.fields.nextReviewDate} aria-describedby={id('nextReviewDate-error')} />
        <FieldError id={id('nextReviewDate-error')} message={problems.fields.nextReviewDate} />
      </div>
      <FormError message={problems.form} />
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Record review'}
      </button>
    </form>
  );
}
