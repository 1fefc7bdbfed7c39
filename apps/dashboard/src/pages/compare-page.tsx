import { useState } from 'react';
import { graphql, readFragment, type ResultOf } from '../graphql.js';
import { useQuery } from '../api/use-operation.js';
import { errorAt, unavailableAgency } from '../api/errors.js';
import { DataTable } from '../components/data-table.js';
import { Loading, PageErrors, Refusal } from '../components/refusal.js';
import { CountCell, countCsv, type Controlled } from '../components/count-cell.js';
import { AreaPicker } from '../components/area-picker.js';
import { recentMonths } from '../months.js';

const AreaFiguresFragment = graphql(`
  fragment AreaFigures on Area {
    code name
    health(from: $from, to: $to) { aeAttendances { value suppressed reason } selfHarmAdmissions { value suppressed reason } camhsReferrals { value suppressed reason } }
    police(from: $from, to: $to) { recordedOffences { value suppressed reason } youthSuspects { value suppressed reason } firstTimeEntrants { value suppressed reason } }
    education(from: $from, to: $to) { persistentAbsence { value suppressed reason } suspensions { value suppressed reason } permanentExclusions { value suppressed reason } }
    housing(from: $from, to: $to) { homelessnessApplications { value suppressed reason } householdsInTemporaryAccommodation { value suppressed reason } }
    voluntary(from: $from, to: $to) { participants { value suppressed reason } referrals { value suppressed reason } }
  }
`);

export const CompareAreasQuery = graphql(
  `
  query CompareAreas($left: ID!, $right: ID!, $from: String!, $to: String!) {
    left: area(code: $left) { ...AreaFigures }
    right: area(code: $right) { ...AreaFigures }
  }
`,
  [AreaFiguresFragment],
);

type Figures = ResultOf<typeof AreaFiguresFragment>;
type Agency = 'health' | 'police' | 'education' | 'housing' | 'voluntary';

/** The rows of the comparison: which agency's figure, and how to read it. */
const ROWS: { agency: Agency; label: string; pick: (figures: Figures) => Controlled | undefined }[] = [
  { agency: 'health', label: 'A&E attendances', pick: (f) => f.health?.aeAttendances },
  { agency: 'health', label: 'Self-harm admissions', pick: (f) => f.health?.selfHarmAdmissions },
  { agency: 'health', label: 'CAMHS referrals', pick: (f) => f.health?.camhsReferrals },
  { agency: 'police', label: 'Recorded offences', pick: (f) => f.police?.recordedOffences },
  { agency: 'police', label: 'Youth suspects', pick: (f) => f.police?.youthSuspects },
  { agency: 'police', label: 'First-time entrants', pick: (f) => f.police?.firstTimeEntrants },
  { agency: 'education', label: 'Persistent absence (rate)', pick: (f) => f.education?.persistentAbsence },
  { agency: 'education', label: 'Suspensions', pick: (f) => f.education?.suspensions },
  { agency: 'education', label: 'Permanent exclusions', pick: (f) => f.education?.permanentExclusions },
  { agency: 'housing', label: 'Homelessness applications', pick: (f) => f.housing?.homelessnessApplications },
  { agency: 'housing', label: 'Households in temporary accommodation', pick: (f) => f.housing?.householdsInTemporaryAccommodation },
  { agency: 'voluntary', label: 'Participants', pick: (f) => f.voluntary?.participants },
  { agency: 'voluntary', label: 'Referrals', pick: (f) => f.voluntary?.referrals },
];

const WINDOW = recentMonths(12);

/** Two areas side by side, each figure under disclosure control: a suppressed cell says so, it is never a zero. */
export function ComparePage() {
  const [left, setLeft] = useState('E09000022');
  const [right, setRight] = useState('E09000023');
  const { data, errors, loading } = useQuery(CompareAreasQuery, { left, right, ...WINDOW });
  const sides = data ? ([['left', readFragment(AreaFiguresFragment, data.left)], ['right', readFragment(AreaFiguresFragment, data.right)]] as const) : [];
  const cell = (side: 'left' | 'right', figures: Figures, row: (typeof ROWS)[number]) => {
    const error = errorAt(errors, [side, row.agency]) ?? unavailableAgency(errors, row.agency);
    if (error) return { error };
    return { count: row.pick(figures) };
  };
  return (
    <>
      <h1>Compare two areas</h1>
      <div className="filters">
        <AreaPicker label="First area" value={left} onChange={setLeft} id="compare-left" />
        <AreaPicker label="Second area" value={right} onChange={setRight} id="compare-right" />
      </div>
      <p>
        Figures for {WINDOW.from} to {WINDOW.to}.
      </p>
      {loading && <Loading what="figures" />}
      <PageErrors errors={errors} hasData={!!data} />
      {data && (
        <DataTable
          caption={`${sides.map(([, figures]) => figures.name).join(' and ')} side by side`}
          filename={`compare-${left}-${right}`}
          rows={ROWS}
          columns={[
            { header: 'Figure', render: (row) => `${row.label} (${row.agency})`, csv: (row) => row.label },
            ...sides.map(([side, figures]) => ({
              key: side,
              header: figures.name,
              render: (row: (typeof ROWS)[number]) => {
                const { error, count } = cell(side, figures, row);
                return error ? <Refusal error={error} what={row.agency} /> : <CountCell count={count} />;
              },
              csv: (row: (typeof ROWS)[number]) => {
                const { error, count } = cell(side, figures, row);
                return error ? `unavailable: ${error.extensions?.code}` : countCsv(count);
              },
            })),
          ]}
        />
      )}
    </>
  );
}
