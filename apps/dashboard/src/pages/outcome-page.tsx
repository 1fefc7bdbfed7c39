import { graphql } from '../graphql.js';
import { useQuery } from '../api/use-operation.js';
import { errorAt, unavailableAgency } from '../api/errors.js';
import { DataTable } from '../components/data-table.js';
import { IndicatorChart } from '../components/indicator-chart.js';
import { Loading, PageErrors, Refusal } from '../components/refusal.js';
import { StatusBadge } from '../components/status-badge.js';
import { ReviewAgreementForm } from '../components/review-agreement-form.js';
import { recentMonths } from '../months.js';

export const OutcomeQuery = graphql(`
  query OutcomeDetail($id: ID!, $from: String!, $to: String!) {
    outcome(id: $id) {
      id title mischief status
      area { code name }
      lead { name jobTitle }
      indicators {
        id name unit polarity baseline baselinePeriod target targetDate granularity
        agency { id name }
        values(from: $from, to: $to) { period count denominator value suppressed }
        trend status
      }
      agreements {
        id title state freedoms conditions reviewDate reviewOverdue warning warningDetail
        parties { name }
        reviews { reviewedAt decision whatChanged reviewedBy { name } }
      }
      timeline { at kind summary }
    }
  }
`);

/** Two years of complete months: enough for the six-period trend and the three-period status. */
const WINDOW = recentMonths(24);

/** One outcome: each indicator against its trajectory, early warnings on its operating agreements, and everything that has happened to it. */
export function OutcomePage({ outcomeId }: { outcomeId: string }) {
  const { data, errors, loading, reload } = useQuery(OutcomeQuery, { id: outcomeId, ...WINDOW });
  const outcome = data?.outcome;
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
            <strong>Status:</strong> {errorAt(errors, ['outcome', 'status']) ? <Refusal error={errorAt(errors, ['outcome', 'status'])!} what="Status" /> : <StatusBadge value={outcome.status} />}{' '}
            <strong>Accountable lead:</strong> {outcome.lead ? `${outcome.lead.name}, ${outcome.lead.jobTitle}` : 'needs a lead'}
          </p>
          <p>
            <strong>The mischief:</strong> {outcome.mischief}
          </p>

          <h2>Indicators, {WINDOW.from} to {WINDOW.to}</h2>
          {outcome.indicators.map((indicator, index) => {
            const valuesError = errorAt(errors, ['outcome', 'indicators', index, 'values']) ?? unavailableAgency(errors, indicator.agency.id);
            return (
              <section key={indicator.id} className="card" aria-labelledby={`indicator-${indicator.id}`} data-indicator={indicator.id}>
                <h3 id={`indicator-${indicator.id}`}>
                  {indicator.name} <small>({indicator.agency.name})</small>
                </h3>
                <p>
                  Trend: {errorAt(errors, ['outcome', 'indicators', index, 'trend']) ? 'unavailable' : <StatusBadge value={indicator.trend} />} · Status:{' '}
                  {errorAt(errors, ['outcome', 'indicators', index, 'status']) ? 'unavailable' : <StatusBadge value={indicator.status} />} ·{' '}
                  {indicator.polarity === 'LOWER_IS_BETTER' ? 'lower is better' : 'higher is better'}
                </p>
                {valuesError ? (
                  <Refusal error={valuesError} what={`Values of ${indicator.name}`} />
                ) : (
                  <>
                    <IndicatorChart series={indicator} />
                    <details>
                      <summary>Values as a table</summary>
                      <DataTable
                        caption={`${indicator.name} by period`}
                        filename={`indicator-${indicator.id}`}
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
          {outcome.agreements.map((agreement, index) => (
            <section key={agreement.id} className={`card${agreement.warning ? ' warning' : ''}`} aria-labelledby={`agreement-${agreement.id}`}>
              <h3 id={`agreement-${agreement.id}`}>{agreement.title}</h3>
              {errorAt(errors, ['outcome', 'agreements', index, 'warning']) ? (
                <Refusal error={errorAt(errors, ['outcome', 'agreements', index, 'warning'])!} what="Early warning" />
              ) : agreement.warning ? (
                <p className="warning-text" role="note">
                  <strong>Early warning:</strong> {agreement.warningDetail}
                </p>
              ) : (
                <p>No early warning{agreement.warningDetail ? `: ${agreement.warningDetail}` : '.'}</p>
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
          ))}

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
