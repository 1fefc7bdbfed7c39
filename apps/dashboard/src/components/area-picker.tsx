import { graphql } from '../graphql.js';
import { useQuery } from '../api/use-operation.js';

export const LocalAuthoritiesQuery = graphql(`
  query LocalAuthorities {
    areas(kind: LOCAL_AUTHORITY) { code name }
  }
`);

/** A labelled choice of the local authorities the partnership covers. */
export function AreaPicker({ label, value, onChange, id = 'area-picker' }: { label: string; value: string; onChange: (code: string) => void; id?: string }) {
  const { data } = useQuery(LocalAuthoritiesQuery, {});
  const areas = data?.areas ?? [{ code: value, name: value }];
  return (
    <div className="field inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {areas.map((area) => (
          <option key={area.code} value={area.code}>
            {area.name} ({area.code})
          </option>
        ))}
      </select>
    </div>
  );
}
