/**
 * The council's "four eyes on data" setting (`Council.fourEyesOnData`, `setFourEyesOnData`), for its administrators:
 * turning it on is done at once; turning it off asks first, saying what it lets through. The audit trail records both.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql/index.js';
import { apiError } from '../../ui/errors.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { Confirm, Feedback } from './parts.js';

export const FourEyesQuery = graphql(`
  query FourEyes($councilId: ID!) {
    node(id: $councilId) {
      __typename
      id
      ... on Council {
        fourEyesOnData
      }
    }
  }
`);

export const SetFourEyesMutation = graphql(`
  mutation SetFourEyes($councilId: ID!, $on: Boolean!) {
    setFourEyesOnData(councilId: $councilId, on: $on) {
      fourEyesOnData
      council {
        id
        fourEyesOnData
      }
    }
  }
`);

export function FourEyes({ councilId }: { councilId: string }) {
  const q = useQuery(FourEyesQuery, { variables: { councilId } });
  const [set, setting] = useMutation(SetFourEyesMutation);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const council = q.data?.node?.__typename === 'Council' ? q.data.node : null;
  const on = council?.fourEyesOnData ?? true;

  const save = async (next: boolean) => {
    setError(null);
    setDone(null);
    try {
      await set({ variables: { councilId, on: next } });
      setConfirming(false);
      setDone(
        next
          ? 'Four eyes on data is on: each figure is validated by someone other than the person who entered it.'
          : 'Four eyes on data is off: the person who entered a figure may now validate it.',
      );
    } catch (e) {
      setError(apiError(e).message);
    }
  };

  return (
    <section className="card" aria-labelledby="four-eyes-title">
      <h2 id="four-eyes-title">Four eyes on data</h2>
      <p className="small muted">
        With four eyes on, the person who enters a figure may not validate it: someone else checks it before it can be published. Turn it
        off only where a team is too small for a second person; the manager responsible for management information still sees each figure
        validated by the person who entered it, and the audit trail records who changed this setting.
      </p>
      <Feedback error={error} done={done} />
      {q.error && !q.data ? (
        <ErrorState title="The setting could not be loaded" error={q.error} onRetry={() => void q.refetch()} compact />
      ) : !council ? (
        <Loading label="Loading the setting…" compact />
      ) : (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={on}
              disabled={setting.loading || confirming}
              onChange={(e) => (e.target.checked ? void save(true) : setConfirming(true))}
            />{' '}
            A second person validates each figure (four eyes on data)
          </label>
          {confirming && (
            <Confirm
              question={
                'Turn four eyes on data off? The person who entered a figure could then validate it themselves, with no second ' +
                'check before it is published.'
              }
              yes="Yes, turn four eyes off"
              onYes={() => void save(false)}
              onNo={() => setConfirming(false)}
            />
          )}
        </>
      )}
    </section>
  );
}
