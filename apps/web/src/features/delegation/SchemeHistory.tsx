import { formatDateTime } from '../../ui/dates.js';
import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading } from '../../ui/Status.js';
import { SchemeHistoryQuery } from './delegation.queries.js';

const KIND: Record<string, string> = {
  BODY_CREATED: 'Decision body added',
  POWER_CREATED: 'Power added',
  DELEGATED: 'Delegated',
  SUB_DELEGATED: 'Passed on',
  UPDATED: 'Changed',
  REVOKED: 'Revoked',
  OWNER_SET: 'Accountable owner set',
  MI_MANAGER_SET: 'MI-responsible manager set',
  BODY_DELETED: 'Decision body deleted',
  POWER_DELETED: 'Power deleted',
};

/** What the after-state (or a deletion's before-state) names: the power and to whom, or the body's or power's name. */
function what(state: string | null): string {
  if (!state) return '';
  try {
    const a = JSON.parse(state) as Record<string, unknown>;
    if (typeof a.power === 'string') return `“${a.power}”${typeof a.to === 'string' ? ` to ${a.to}` : ''}`;
    return typeof a.name === 'string' ? `“${a.name}”` : '';
  } catch {
    return '';
  }
}

/** The latest changes to the scheme (who, when, what), newest first (the page remounts it after each of its writes). */
export function SchemeHistory({ councilId }: { councilId: string }) {
  const q = useQuery(SchemeHistoryQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  if (q.error) return <ErrorState title="The changes could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data?.council) return <Loading label="Loading the changes…" />;
  const events = q.data.council.delegationEvents.nodes;
  return (
    <section className="card" aria-labelledby="sod-history">
      <h2 id="sod-history">Latest changes</h2>
      {events.length === 0 && <p className="muted">No changes recorded yet.</p>}
      <ol className="sod-list" aria-label="Latest changes">
        {events.map((e) => (
          <li key={e.id}>
            <strong>{KIND[e.kind] ?? e.kind}</strong> {what(e.after ?? e.before)}{' '}
            <span className="small muted">
              {formatDateTime(e.at)} by {e.actorLabel}
              {e.note ? ` (${e.note})` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
