import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/index.js';
import { errorOf, Field, InPlaceForm, inputProps, text } from './forms.js';

export const PriorityLimitsQuery = graphql(`
  query PriorityLimits($councilId: ID!) {
    node(id: $councilId) {
      ... on Council {
        __typename
        id
        priorityLimits {
          level
          limit
        }
        cascadeViewerCan {
          setPriorityLimit
        }
      }
    }
  }
`);

export const SetPriorityLimitMutation = graphql(`
  mutation SetPriorityLimitInPlace($councilId: ID!, $level: PriorityLevel!, $limit: Int) {
    setPriorityLimit(councilId: $councilId, level: $level, limit: $limit) {
      limits {
        level
        limit
      }
    }
  }
`);

const LEVEL: Record<string, string> = { CORPORATE: 'Corporate', DIRECTORATE: 'Directorate', SERVICE: 'Service' };

/**
 * The council's limits on active priorities per level (TOO_MANY_PRIORITIES counts against them), for
 * those who may set them (`cascadeViewerCan.setPriorityLimit`: the chief executive and administrators).
 */
export function PriorityLimits({ councilId, onChanged }: { councilId: string; onChanged: () => void }) {
  const { data, refetch } = useQuery(PriorityLimitsQuery, { variables: { councilId } });
  const [editing, setEditing] = useState<string | null>(null);
  const [set] = useMutation(SetPriorityLimitMutation);
  const council = data?.node?.__typename === 'Council' ? data.node : null;
  if (!council?.cascadeViewerCan.setPriorityLimit) return null;
  return (
    <section className="card" aria-labelledby="limits-title">
      <h2 id="limits-title">Limits on active priorities</h2>
      <p className="small muted">More active priorities at a level than its limit is a finding (too many priorities).</p>
      <ul className="edit-list">
        {council.priorityLimits.map((l) => {
          const level = LEVEL[l.level] ?? l.level;
          return (
            <li key={l.level}>
              <strong>{level}:</strong> {l.limit ?? 'no limit'}{' '}
              {editing !== l.level && (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Change the limit of ${level.toLowerCase()} priorities`}
                  onClick={() => setEditing(l.level)}
                >
                  Change
                </button>
              )}
              {editing === l.level && (
                <InPlaceForm
                  title={`Limit of ${level.toLowerCase()} priorities`}
                  submitLabel="Save the limit"
                  fields={['limit']}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (d) => {
                    const value = text(d, 'limit');
                    const limit = value === '' ? null : Number(value);
                    if (limit !== null && !Number.isInteger(limit))
                      throw new Error('A limit is a whole number from 1 to 100; blank for none.');
                    await set({ variables: { councilId, level: l.level, limit } });
                    setEditing(null);
                    await refetch();
                    onChanged();
                  }}
                >
                  {(f) => (
                    <Field id={`pl-${l.level}`} label="Most active priorities (blank: no limit)" error={errorOf(f, 'limit')}>
                      <input {...inputProps(`pl-${l.level}`, 'limit', f)} inputMode="numeric" defaultValue={l.limit ?? ''} />
                    </Field>
                  )}
                </InPlaceForm>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
