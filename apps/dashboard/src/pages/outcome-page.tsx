import { graphql } from '../graphql.js';
import { useQuery } from '../api/use-operation.js';
import { unavailableAgency } from '../api/errors.js';
import { DataTable } from '../components/data-table.js';
import { IndicatorChart } from '../components/indicator-chart.js';
import { Loading, PageErrors, Refusal } from '../components/refusal.js';
import { StatusBadge } from '../components/status-badge.js';
import { ReviewAgreementForm } from '../components/review-agreement-form.js';
import { recentMonths } from '../months.js';

/** What the partnership itself holds: it answers even when an agency does not. */
export const OutcomeQuery = graphql(`
  query OutcomeDetail($id: ID!) {
    outcome(id: $id) {
      id title mischief
      area { code name }
      lead { name jobTitle }
      indicators { id name unit polarity baseline baselinePeriod target targetDate granularity agency { id name } }
      agreements {
        id title state freedoms conditions reviewDate reviewOverdue
        parties { name }
        reviews { reviewedAt decision whatChanged reviewedBy { name } }
      }
      timeline { at kind summary }
    }
  }
`);

/**
 * What the agencies compute live. Asked separately because these fields are
 * non-null: one agency that does not answer nulls the whole outcome, and the
 * partnership's part of the page should still show.
 */
export const OutcomeLiveQuery = graphql(`
  query OutcomeLiveFigures($id: ID!, $from: String!, $to: String!) {
    outcome(id: $id) {
      status
      indicators { id values(from: $from, to: $to) { period count denominator value suppressed } trend status }
      agreements { id warning warningDetail }
    }
  }
`);

/** Two years of complete months: enough for the six-period trend and the three-period status. */
const WINDOW = recentMonths(24);

/** One outcome: each indicator against its trajectory, early warnings on its operating agreements, and everything that has happened to it. */
export function OutcomePage({ outcomeId }: { outcomeId: string }) {
  const { data, errors, loading, reload } = useQuery(OutcomeQuery, { id: outcomeId });
  const live = useQuery(OutcomeLiveQuery, { id: outcomeId, ...WINDOW });
  const outcome = data?.outcome;
  const liveOutcome = live.data?.outcome;
  /** Why an agency's live figures are missing: its own outage, or the first error that stopped the live answer. */
  const liveError = (agencyId?: string) => (agencyId && unavailableAgency(live.errors, agencyId)) || (liveOutcome ? undefined : live.errors[0]);
  return (
    <>
      <h1>{outcome?.title ?? 'Outcome'}</h1>
      {loading && <Loading what="the outcome" />}
      <PageErrors errors={errors} hasData={!!data} />
      {outcome && (
        <>
          <p>
            <a href={`#/outcomes/${outcome.area.code}`}>All outcomes in {outcome.area.name}</a>
          </p>
          <p>
            <strong>Status:</strong> {live.loading ? <span className="loading">loading…</span> : liveError() ? 'unavailable (see below)' : <StatusBadge value={liveOutcome?.status} />}{' '}
            <strong>Accountable lead:</strong> {outcome.lead ? `${outcome.lead.name}, ${outcome.lead.jobTitle}` : 'needs a lead'}
          </p>
          <p>
            <strong>The mischief:</strong> {outcome.mischief}
          </p>

          <h2>Indicators, {WINDOW.from} to {WINDOW.to}</h2>
          {outcome.indicators.map((definition) => {
            const indicator = liveOutcome?.indicators.find((item) => item.id === definition.id);
            const valuesError = liveError(definition.agency.id) ?? (indicator ? undefined : live.errors[0]);
            return (
              <section key={definition.id} className="card" aria-labelledby={`indicator-${definition.id}`} data-indicator={definition.id}>
                <h3 id={`indicator-${definition.id}`}>
                  {definition.name} <small>({definition.agency.name})</small>
                </h3>
                {live.loading && !indicator ? (
                  <Loading what={`${definition.name} from ${definition.agency.name}`} />
                ) : valuesError || !indicator ? (
                  <Refusal
                    error={valuesError ?? { message: 'No figures came back for this indicator.' }}
                    what={valuesError?.extensions?.service && valuesError.extensions.service !== definition.agency.id ? `Values of ${definition.name} (asked together with another agency's)` : `Values of ${definition.name}`}
                  />
                ) : (
                  <>
                    <p>
                      Trend: <StatusBadge value={indicator.trend} /> · Status: <StatusBadge value={indicator.status} /> ·{' '}
                      {definition.polarity === 'LOWER_IS_BETTER' ? 'lower is better' : 'higher is better'}
                    </p>
                    <IndicatorChart series={{ ...definition, values: indicator.values }} />
                    <details>
                      <summary>Values as a table</summary>
                      <DataTable
                        caption={`${definition.name} by period`}
                        filename={`indicator-${definition.id}`}
                        rows={indicator.values}
                        columns={[
                          { header: 'Period', render: (value) => value.period, csv: (value) => value.period },
                          { header: 'Value', render: (value) => (value.suppressed ? <span className="suppressed">suppressed</span> : (value.value ?? '—')), csv: (value) => (value.suppressed ? 'suppressed' : (value.value ?? '')) },
                          { header: 'Count', render: (value) => value.count ?? '', csv: (value) => value.count ?? '' },
                          { header: 'Denominator', render: (value) => value.denominator ?? '', csv: (value) => value.denominator ?? '' },
                        ]}
                      />
                    </details>
                  </>
                )}
              </section>
            );
          })}

          <h2>Operating agreements</h2>
          {outcome.agreements.length === 0 && <p>No operating agreement on this outcome.</p>}
          {outcome.agreements.map((agreement) => {
            const warning = liveOutcome?.agreements.find((item) => item.id === agreement.id);
            return (
            <section key={agreement.id} className={`card${warning?.warning ? ' warning' : ''}`} aria-labelledby={`agreement-${agreement.id}`}>
              <h3 id={`agreement-${agreement.id}`}>{agreement.title}</h3>
              {live.loading && !warning ? (
                <Loading what="early warnings" />
              ) : !warning ? (
                <Refusal error={liveError() ?? { message: 'The early warning could not be worked out.' }} what="Early warning" />
              ) : warning.warning ? (
                <p className="warning-text" role="note">
                  <strong>Early warning:</strong> {warning.warningDetail}
                </p>
              ) : (
                <p>No early warning{warning.warningDetail ? `: ${warning.warningDetail}` : '.'}</p>
              )}
              <p>
                Parties: {agreement.parties.map((party) => party.name).join(', ')} · Review by {agreement.reviewDate}
                {agreement.reviewOverdue ? ' (overdue)' : ''} · {agreement.state}
              </p>
              <div className="columns">
                <div>
                  <h4>Freedoms</h4>
                  <ul>{agreement.freedoms.map((freedom) => <li key={freedom}>{freedom}</li>)}</ul>
                </div>
                <div>
                  <h4>Conditions</h4>
                  <ul>{agreement.conditions.map((condition) => <li key={condition}>{condition}</li>)}</ul>
                </div>
              </div>
              <DataTable
                caption={`Reviews of “${agreement.title}”`}
                filename={`reviews-${agreement.id}`}
                rows={agreement.reviews}
                empty="Not reviewed yet."
                columns={[
                  { header: 'Reviewed', render: (review) => <time dateTime={review.reviewedAt}>{review.reviewedAt.slice(0, 10)}</time>, csv: (review) => review.reviewedAt },
                  { header: 'By', render: (review) => review.reviewedBy.name, csv: (review) => review.reviewedBy.name },
                  { header: 'Decision', render: (review) => review.decision.toLowerCase(), csv: (review) => review.decision },
                  { header: 'What changed', render: (review) => review.whatChanged, csv: (review) => review.whatChanged },
                ]}
              />
              {agreement.state === 'open' && <ReviewAgreementForm agreementId={agreement.id} onSaved={reload} />}
            </section>
            );
          })}

          <h2>Timeline</h2>
          <DataTable
            caption={`Everything that has happened to “${outcome.title}”`}
            filename={`timeline-${outcome.id}`}
            rows={outcome.timeline}
            columns={[
              { header: 'When', render: (event) => <time dateTime={event.at}>{event.at.slice(0, 10)}</time>, csv: (event) => event.at },
              { header: 'What', render: (event) => event.kind.toLowerCase().replaceAll('_', ' '), csv: (event) => event.kind },
              { header: 'Summary', render: (event) => event.summary, csv: (event) => event.summary },
            ]}
          />
        </>
      )}
    </>
  );
}
