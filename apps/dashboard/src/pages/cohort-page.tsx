import { useState } from 'react';
import { graphql } from '../graphql.js';
import { useQuery } from '../api/use-operation.js';
import { errorAt } from '../api/errors.js';
import { DataTable } from '../components/data-table.js';
import { Loading, PageErrors, Refusal } from '../components/refusal.js';
import { CountCell, countCsv } from '../components/count-cell.js';
import { UpSetChart } from '../components/upset-chart.js';
import { AreaPicker } from '../components/area-picker.js';

export const CohortQuery = graphql(`
  query Cohort($areaCode: ID!, $minAgencies: Int!, $ageFrom: Int!, $ageTo: Int!) {
    agencies { id name }
    cohort(areaCode: $areaCode, minAgencies: $minAgencies, ageFrom: $ageFrom, ageTo: $ageTo) {
      size { value suppressed reason }
      combinations { agencies { id name } people { value suppressed reason } }
      members { id knownTo { id name } }
    }
  }
`);

/**
 * The Lambeth question: the young people known to several agencies. Sizes
 * and overlaps are for every officer; the members only for an officer whose
 * purpose an agreement on the person index covers.
 */
export function CohortPage() {
  const [areaCode, setAreaCode] = useState('E09000022');
  const [minAgencies, setMinAgencies] = useState(3);
  const [ages, setAges] = useState({ ageFrom: 10, ageTo: 17 });
  const { data, errors, loading } = useQuery(CohortQuery, { areaCode, minAgencies, ...ages });
  const membersError = errorAt(errors, ['cohort', 'members']);
  const cohort = data?.cohort;
  return (
    <>
      <h1>The cohort: people known to several agencies</h1>
      <div className="filters">
        <AreaPicker label="Area" value={areaCode} onChange={setAreaCode} id="cohort-area" />
        <div className="field inline">
          <label htmlFor="cohort-min">Known to at least</label>
          <select id="cohort-min" value={minAgencies} onChange={(event) => setMinAgencies(Number(event.target.value))}>
            {[2, 3, 4, 5].map((count) => (
              <option key={count} value={count}>
                {count} agencies
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor="cohort-ages">Ages</label>
          <select id="cohort-ages" value={`${ages.ageFrom}-${ages.ageTo}`} onChange={(event) => { const [ageFrom, ageTo] = event.target.value.split('-').map(Number); setAges({ ageFrom: ageFrom!, ageTo: ageTo! }); }}>
            <option value="10-17">10 to 17</option>
            <option value="0-17">0 to 17</option>
            <option value="18-24">18 to 24</option>
            <option value="0-120">everyone</option>
          </select>
        </div>
      </div>
      {loading && <Loading what="the cohort" />}
      <PageErrors errors={errors} hasData={!!data} />
      {cohort && data && (
        <>
          <p className="headline">
            Cohort size: <CountCell count={cohort.size} />
          </p>
          <UpSetChart combinations={cohort.combinations} agencies={data.agencies} />
          <DataTable
            caption="People by combination of agencies"
            filename={`cohort-combinations-${areaCode}`}
            rows={cohort.combinations}
            columns={[
              { header: 'Agencies', render: (combination) => combination.agencies.map((agency) => agency.name).join(', '), csv: (combination) => combination.agencies.map((agency) => agency.id).join(' ') },
              { header: 'People', render: (combination) => <CountCell count={combination.people} />, csv: (combination) => countCsv(combination.people) },
            ]}
          />
          <h2>Members</h2>
          {membersError ? (
            <Refusal error={membersError} what="Members" />
          ) : (
            <DataTable
              caption="Members of the cohort (pseudonymous partnership ids)"
              filename={`cohort-members-${areaCode}`}
              rows={cohort.members ?? []}
              columns={[
                { header: 'Person', render: (member) => member.id, csv: (member) => member.id },
                { header: 'Known to', render: (member) => member.knownTo?.map((agency) => agency.id).join(', ') ?? '', csv: (member) => member.knownTo?.map((agency) => agency.id).join(' ') ?? '' },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
