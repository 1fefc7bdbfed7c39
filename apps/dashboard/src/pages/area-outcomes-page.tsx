import { graphql } from '../graphql.js';
import { useQuery } from '../api/use-operation.js';
import { DataTable } from '../components/data-table.js';
import { Loading, PageErrors, Refusal } from '../components/refusal.js';
import { StatusBadge, statusLabel } from '../components/status-badge.js';
import { AreaPicker } from '../components/area-picker.js';
import { navigate } from '../routes.js';

export const AreaOutcomesQuery = graphql(`
  query AreaOutcomes($areaCode: ID!) {
    area(code: $areaCode) { code name }
    outcomes(areaCode: $areaCode) {
      id title mischief stage needsLead
      lead { id name jobTitle agency { id name } }
      leadHistory { officer { name jobTitle } heldFrom heldUntil reason }
      roles { agency { id name } role commitments }
    }
  }
`);

/**
 * Each outcome's status, from its indicators' owning agencies. Asked apart
 * from the rest: `status` is non-null, so one agency that does not answer
 * would otherwise null every outcome on the page.
 */
export const AreaOutcomeStatusesQuery = graphql(`
  query AreaOutcomeStatuses($areaCode: ID!) {
    outcomes(areaCode: $areaCode) { id status }
  }
`);

/** The shared outcomes of one area: how each is doing, its mischief, who answers for it and what each agency does. */
export function AreaOutcomesPage({ areaCode }: { areaCode: string }) {
  const { data, errors, loading } = useQuery(AreaOutcomesQuery, { areaCode });
  const statuses = useQuery(AreaOutcomeStatusesQuery, { areaCode });
  const statusOf = (id: string) => statuses.data?.outcomes.find((outcome) => outcome.id === id)?.status;
  /** The status in place: loading, the reason it is missing, or the badge. */
  const Status = ({ id }: { id: string }) =>
    statuses.loading ? <span className="loading">loading…</span> : statusOf(id) ? <StatusBadge value={statusOf(id)} /> : <Refusal error={statuses.errors[0] ?? { message: 'No status came back.' }} what="Status" />;
  return (
    <>
      <h1>Shared outcomes{data?.area ? ` in ${data.area.name}` : ''}</h1>
      <AreaPicker label="Area" value={areaCode} onChange={(code) => navigate(`/outcomes/${code}`)} />
      {loading && <Loading what="outcomes" />}
      <PageErrors errors={errors} hasData={!!data} />
      {data && (
        <>
          <DataTable
            caption={`Outcomes in ${data.area.name} and their status`}
            filename={`outcomes-${areaCode}`}
            rows={data.outcomes.map((outcome) => ({ outcome }))}
            columns={[
              { header: 'Outcome', render: ({ outcome }) => <a href={`#/outcome/${outcome.id}`}>{outcome.title}</a>, csv: ({ outcome }) => outcome.title },
              {
                header: 'Status',
                render: ({ outcome }) => <Status id={outcome.id} />,
                csv: ({ outcome }) => statusLabel(statusOf(outcome.id)) || 'unavailable',
              },
              { header: 'Stage', render: ({ outcome }) => outcome.stage.toLowerCase(), csv: ({ outcome }) => outcome.stage },
              {
                header: 'Accountable lead',
                render: ({ outcome }) => (outcome.lead ? `${outcome.lead.name}, ${outcome.lead.jobTitle} (${outcome.lead.agency.name})` : <strong className="warning-text">Needs a lead</strong>),
                csv: ({ outcome }) => (outcome.lead ? `${outcome.lead.name}, ${outcome.lead.jobTitle}` : 'needs a lead'),
              },
            ]}
          />
          {data.outcomes.map((outcome) => (
            <section key={outcome.id} className="card" aria-labelledby={`outcome-${outcome.id}`}>
              <h2 id={`outcome-${outcome.id}`}>
                <a href={`#/outcome/${outcome.id}`}>{outcome.title}</a> {statusOf(outcome.id) && <StatusBadge value={statusOf(outcome.id)} />}
              </h2>
              <p>
                <strong>The mischief:</strong> {outcome.mischief}
              </p>
              <DataTable
                caption={`Who has held the lead for “${outcome.title}”`}
                filename={`lead-history-${outcome.id}`}
                rows={outcome.leadHistory}
                empty="Nobody has held the lead yet."
                columns={[
                  { header: 'Officer', render: (term) => `${term.officer.name}, ${term.officer.jobTitle}`, csv: (term) => term.officer.name },
                  { header: 'From', render: (term) => <time dateTime={term.heldFrom}>{term.heldFrom.slice(0, 10)}</time>, csv: (term) => term.heldFrom },
                  { header: 'Until', render: (term) => term.heldUntil?.slice(0, 10) ?? 'now', csv: (term) => term.heldUntil ?? '' },
                  { header: 'Reason', render: (term) => term.reason ?? '', csv: (term) => term.reason ?? '' },
                ]}
              />
              <DataTable
                caption={`Each agency's role and commitments for “${outcome.title}”`}
                filename={`roles-${outcome.id}`}
                rows={outcome.roles}
                columns={[
                  { header: 'Agency', render: (role) => role.agency.name, csv: (role) => role.agency.name },
                  { header: 'Role', render: (role) => role.role.toLowerCase(), csv: (role) => role.role },
                  {
                    header: 'Commitments',
                    render: (role) => (
                      <ul>
                        {role.commitments.map((commitment) => (
                          <li key={commitment}>{commitment}</li>
                        ))}
                      </ul>
                    ),
                    csv: (role) => role.commitments.join('; '),
                  },
                ]}
              />
            </section>
          ))}
        </>
      )}
    </>
  );
}
