import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../graphql/index.js';

export const CouncilsQuery = graphql(`
  query Councils {
    councils(first: 500) {
      nodes {
        id
        gssCode
        name
        type
        region
      }
    }
  }
`);

const TYPE_LABEL: Record<string, string> = {
  CTY: 'county',
  UA: 'unitary',
  MD: 'metropolitan',
  LBO: 'London borough',
  CC: 'City of London',
};

/** The current English councils, grouped by region; changing it keeps the view. */
export function CouncilPicker({ gss, onChange }: { gss: string; onChange: (gss: string) => void }) {
  const { data, error } = useQuery(CouncilsQuery);
  const regions = useMemo(() => {
    const byRegion = new Map<string, Array<{ gssCode: string; name: string; type: string }>>();
    for (const c of data?.councils.nodes ?? []) {
      const list = byRegion.get(c.region) ?? [];
      list.push(c);
      byRegion.set(c.region, list);
    }
    return [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [data]);
  const known = data?.councils.nodes.some((c) => c.gssCode === gss) ?? true;
  return (
    <label className="council-picker">
      <span className="council-picker__label">Council</span>
      <select
        value={gss}
        onChange={(e) => onChange(e.target.value)}
        disabled={!data}
        aria-describedby={error ? 'council-picker-error' : undefined}
      >
        {!data && <option value={gss}>{error ? gss : 'Loading councils…'}</option>}
        {data && !known && <option value={gss}>{gss} (unknown)</option>}
        {regions.map(([region, councils]) => (
          <optgroup key={region} label={region}>
            {councils.map((c) => (
              <option key={c.gssCode} value={c.gssCode}>
                {c.name} ({TYPE_LABEL[c.type] ?? c.type})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error && (
        <span id="council-picker-error" className="visually-hidden">
          The list of councils could not be loaded.
        </span>
      )}
    </label>
  );
}
