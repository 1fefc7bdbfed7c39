import { useState, type FormEvent } from 'react';
import { graphql } from '../graphql.js';
import { idempotencyKey, useMutation, useQuery } from '../api/use-operation.js';
import { inputProblems } from '../api/errors.js';
import { DataTable } from '../components/data-table.js';
import { Loading, PageErrors } from '../components/refusal.js';
import { FieldError, FormError } from '../components/field-error.js';

export const ProposalsQuery = graphql(`
  query Proposals {
    proposals {
      id title state currentVersionNumber readyToAdopt
      outcome { id title }
      currentVersion { body changeNote }
      standing { agency { id name } answered stance response { reasons respondedBy { name } } }
    }
  }
`);

export const RespondToProposalMutation = graphql(`
  mutation RespondToProposal($proposalId: ID!, $input: ProposalAnswerInput!, $key: String!) {
    respondToProposal(proposalId: $proposalId, input: $input, idempotencyKey: $key) { id }
  }
`);

/** Policy proposals and where each delivering agency stands on the current version (principle 1). */
export function ProposalsPage() {
  const { data, errors, loading, reload } = useQuery(ProposalsQuery, {});
  return (
    <>
      <h1>Proposals and each agency's stance</h1>
      {loading && <Loading what="proposals" />}
      <PageErrors errors={errors} hasData={!!data} />
      {data?.proposals.map((proposal) => (
        <section key={proposal.id} className="card" aria-labelledby={`proposal-${proposal.id}`}>
          <h2 id={`proposal-${proposal.id}`}>{proposal.title}</h2>
          <p>
            For <a href={`#/outcome/${proposal.outcome.id}`}>{proposal.outcome.title}</a> · version {proposal.currentVersionNumber} · {proposal.state.toLowerCase()}
            {proposal.readyToAdopt ? ' · ready to adopt' : ''}
          </p>
          <p>{proposal.currentVersion.body}</p>
          <DataTable
            caption={`Where each delivering agency stands on “${proposal.title}”`}
            filename={`proposal-${proposal.id}`}
            rows={proposal.standing}
            columns={[
              { header: 'Agency', render: (standing) => standing.agency.name, csv: (standing) => standing.agency.name },
              { header: 'Stance', render: (standing) => (standing.answered ? (standing.stance === 'SIGN_OFF' ? 'signed off' : 'objects') : 'not answered'), csv: (standing) => standing.stance ?? 'not answered' },
              { header: 'Reasons', render: (standing) => standing.response?.reasons ?? '', csv: (standing) => standing.response?.reasons ?? '' },
              { header: 'Answered by', render: (standing) => standing.response?.respondedBy.name ?? '', csv: (standing) => standing.response?.respondedBy.name ?? '' },
            ]}
          />
          {proposal.state === 'CONSULTING' && <AnswerProposalForm proposalId={proposal.id} version={proposal.currentVersionNumber} onSaved={reload} />}
        </section>
      ))}
    </>
  );
}

type Stance = 'SIGN_OFF' | 'OBJECTION';

/** A delivering agency's lead answers the current version: sign off, or object and say why. */
function AnswerProposalForm({ proposalId, version, onSaved }: { proposalId: string; version: number; onSaved: () => void }) {
  const respond = useMutation(RespondToProposalMutation);
  const [stance, setStance] = useState<Stance>('SIGN_OFF');
  const [reasons, setReasons] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof inputProblems>>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `proposal-${proposalId}-${field}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await respond({ proposalId, key: idempotencyKey('respond'), input: { stance, version, reasons: reasons || null } });
    setBusy(false);
    setProblems(inputProblems(result.errors));
    if (result.errors.length === 0) {
      setReasons('');
      onSaved();
    }
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <h3>Answer for your agency (version {version})</h3>
      <div className="field">
        <label htmlFor={id('stance')}>Stance</label>
        <select id={id('stance')} value={stance} onChange={(event) => setStance(event.target.value as Stance)}>
          <option value="SIGN_OFF">Sign off</option>
          <option value="OBJECTION">Object</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('reasons')}>Reasons</label>
        <textarea id={id('reasons')} value={reasons} onChange={(event) => setReasons(event.target.value)} aria-invalid={!!problems.fields.reasons} aria-describedby={id('reasons-error')} />
        <FieldError id={id('reasons-error')} message={problems.fields.reasons} />
      </div>
      <FormError message={problems.form} />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send answer'}
      </button>
    </form>
  );
}
