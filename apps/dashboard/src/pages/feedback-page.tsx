import { useState, type FormEvent } from 'react';
import { graphql } from '../graphql.js';
import { idempotencyKey, useMutation, useQuery } from '../api/use-operation.js';
import { inputProblems } from '../api/errors.js';
import { DataTable } from '../components/data-table.js';
import { Loading, PageErrors } from '../components/refusal.js';
import { FieldError, FormError } from '../components/field-error.js';

export const WaitingFeedbackQuery = graphql(`
  query WaitingFeedback($olderThanDays: Int!) {
    unansweredFeedback(olderThanDays: $olderThanDays) {
      id message subjectKind subjectId daysWaiting
      from { kind name }
      to { name }
      outcome { id title }
      accountableLead { name jobTitle }
    }
  }
`);

export const AnswerFeedbackMutation = graphql(`
  mutation AnswerFeedback($feedbackId: ID!, $response: String!, $key: String!) {
    answerFeedback(feedbackId: $feedbackId, response: $response, idempotencyKey: $key) { id answered }
  }
`);

/** Feedback that has waited longer than the threshold, and a place for its recipient or the accountable lead to answer it. */
export function FeedbackPage() {
  const [days, setDays] = useState(14);
  const { data, errors, loading, reload } = useQuery(WaitingFeedbackQuery, { olderThanDays: days });
  return (
    <>
      <h1>Feedback waiting for an answer</h1>
      <div className="field inline">
        <label htmlFor="feedback-days">Waiting more than</label>
        <select id="feedback-days" value={days} onChange={(event) => setDays(Number(event.target.value))}>
          {[0, 7, 14, 28].map((value) => (
            <option key={value} value={value}>
              {value} days
            </option>
          ))}
        </select>
      </div>
      {loading && <Loading what="feedback" />}
      <PageErrors errors={errors} hasData={!!data} />
      {data && (
        <>
          <DataTable
            caption="Feedback waiting for an answer"
            filename="feedback-waiting"
            rows={data.unansweredFeedback}
            empty="No feedback is waiting that long."
            columns={[
              { header: 'From', render: (item) => item.from.name, csv: (item) => item.from.name },
              { header: 'To', render: (item) => item.to.name, csv: (item) => item.to.name },
              { header: 'Outcome', render: (item) => <a href={`#/outcome/${item.outcome.id}`}>{item.outcome.title}</a>, csv: (item) => item.outcome.title },
              { header: 'Message', render: (item) => item.message, csv: (item) => item.message },
              { header: 'Days waiting', render: (item) => item.daysWaiting, csv: (item) => item.daysWaiting },
              { header: 'Accountable lead', render: (item) => item.accountableLead?.name ?? '', csv: (item) => item.accountableLead?.name ?? '' },
            ]}
          />
          {data.unansweredFeedback.map((item) => (
            <AnswerForm key={item.id} feedbackId={item.id} summary={`${item.from.name}: ${item.message}`} onAnswered={reload} />
          ))}
        </>
      )}
    </>
  );
}

function AnswerForm({ feedbackId, summary, onAnswered }: { feedbackId: string; summary: string; onAnswered: () => void }) {
  const answer = useMutation(AnswerFeedbackMutation);
  const [response, setResponse] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof inputProblems>>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const id = `answer-${feedbackId}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await answer({ feedbackId, response, key: idempotencyKey('answer') });
    setBusy(false);
    setProblems(inputProblems(result.errors));
    if (result.errors.length === 0) onAnswered();
  }
  return (
    <form className="card inline-form" onSubmit={submit} noValidate data-feedback={feedbackId} aria-label={`Answer feedback ${feedbackId}`}>
      <p>{summary}</p>
      <div className="field">
        <label htmlFor={id}>Answer to {feedbackId}</label>
        <textarea id={id} value={response} onChange={(event) => setResponse(event.target.value)} aria-invalid={!!problems.fields.response} aria-describedby={`${id}-error`} />
        <FieldError id={`${id}-error`} message={problems.fields.response} />
      </div>
      <FormError message={problems.form} />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send answer'}
      </button>
    </form>
  );
}
