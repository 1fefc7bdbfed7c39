import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { CountCell, type Controlled } from './count-cell.js';

export interface Combination {
  agencies: readonly { id: string; name: string }[];
  people: Controlled;
}

const ROW = 30;
const HEADER = 34;

/**
 * An UpSet-style chart: one row per combination of agencies, a dot matrix
 * saying which agencies it is, and a bar of its disclosure-controlled size
 * (Recharts). A suppressed combination has no bar and says "suppressed".
 */
export function UpSetChart({ combinations, agencies }: { combinations: readonly Combination[]; agencies: readonly { id: string; name: string }[] }) {
  const rows = [...combinations].sort((a, b) => (b.people.value ?? -1) - (a.people.value ?? -1));
  const data = rows.map((combination, index) => ({ key: String(index), size: combination.people.suppressed ? null : (combination.people.value ?? null), label: combination.people.suppressed ? 'suppressed' : String(combination.people.value ?? '') }));
  return (
    <figure className="upset" data-testid="upset-chart">
      <div className="upset-body">
        <table className="upset-matrix">
          <caption className="visually-hidden">Which agencies know the people of each combination, and how many they are</caption>
          <thead style={{ height: HEADER }}>
            <tr>
              {agencies.map((agency) => (
                <th key={agency.id} scope="col" className="upset-agency">
                  <abbr title={agency.name}>{agency.id}</abbr>
                </th>
              ))}
              <th scope="col">People</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((combination, index) => {
              const known = new Set(combination.agencies.map((agency) => agency.id));
              return (
                <tr key={index} style={{ height: ROW }}>
                  {agencies.map((agency) => (
                    <td key={agency.id} className="upset-dot-cell">
                      <span className={known.has(agency.id) ? 'upset-dot on' : 'upset-dot'} aria-label={known.has(agency.id) ? `known to ${agency.name}` : `not known to ${agency.name}`} role="img" />
                    </td>
                  ))}
                  <td>
                    <CountCell count={combination.people} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="upset-bars" aria-hidden="true">
          <ResponsiveContainer width="100%" height={HEADER + rows.length * ROW}>
            <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: HEADER, right: 60, bottom: 0, left: 0 }} barCategoryGap={6}>
              <XAxis type="number" hide domain={[0, 'dataMax']} />
              <YAxis type="category" dataKey="key" hide width={0} />
              <Bar dataKey="size" fill="#1d70b8" isAnimationActive={false}>
                <LabelList dataKey="label" position="right" fontSize={12} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
      <figcaption>People known to each combination of agencies, under disclosure control (counts of 1 to 7 suppressed, others rounded to the nearest 5).</figcaption>
    </figure>
  );
}
