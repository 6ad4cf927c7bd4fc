import { useQuery } from '@apollo/client/react';
import { navigate } from '../../app/router.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ActionForm } from './ActionForm.js';
import { ActionList } from './ActionList.js';
import { ActionsQuery } from './actions.queries.js';
import { CsvPanel } from './CsvPanel.js';
import { ACTION_SOURCE, words } from './format.js';
import { governancePath } from './paths.js';
import { useGovernance } from './useGovernance.js';

const SOURCES = [
  'RISK_MITIGATION',
  'COMPLAINT_LESSON',
  'BEST_VALUE_RECOMMENDATION',
  'SCRUTINY_RECOMMENDATION',
  'EXCEPTION',
  'FINDING',
  'COMMENTARY',
  'OTHER',
] as const;
const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
type Show = 'all' | 'mine' | 'overdue';

/** Every action of the council: mine, overdue, by source and by status; progress and moves on each. */
export function ActionsView({ params }: { params: URLSearchParams }) {
  const { gss, councilId, councilName, can } = useGovernance();
  const show: Show = params.get('show') === 'mine' ? 'mine' : params.get('show') === 'overdue' ? 'overdue' : 'all';
  const source = (SOURCES as readonly string[]).includes(params.get('source') ?? '')
    ? (params.get('source') as (typeof SOURCES)[number])
    : null;
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as (typeof STATUSES)[number])
    : null;
  const q = useQuery(ActionsQuery, {
    variables: { councilId, mine: show === 'mine' ? true : null, overdue: show === 'overdue' ? true : null, source, status },
    fetchPolicy: 'cache-and-network',
  });
  const set = (changes: Record<string, string | null>) =>
    navigate(governancePath(gss, 'actions', null, { show: show === 'all' ? null : show, source, status, ...changes }), { replace: true });
  return (
    <>
      <div className="page__head">
        <div>
          <h1 id="governance-title">Actions</h1>
          <p className="lead">
            Everything {councilName} has said it will do: from risks, complaints’ lessons, Best Value and scrutiny recommendations,
            exceptions and findings.
          </p>
        </div>
      </div>
      <form className="filters" aria-label="Filter the actions" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="segmented" aria-label="Which actions">
          {(['all', 'mine', 'overdue'] as const).map((s) => (
            <label key={s} className={show === s ? 'is-on' : undefined}>
              <input type="radio" name="show" value={s} checked={show === s} onChange={() => set({ show: s === 'all' ? null : s })} />
              {s === 'all' ? 'All' : s === 'mine' ? 'Mine' : 'Overdue'}
            </label>
          ))}
        </fieldset>
        <label>
          From
          <select value={source ?? ''} onChange={(e) => set({ source: e.target.value || null })}>
            <option value="">Any source</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {words(s, ACTION_SOURCE)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status ?? ''} onChange={(e) => set({ status: e.target.value || null })}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {can.addAction && <ActionForm onSaved={() => void q.refetch()} />}
      <CsvPanel file="actions.csv" what="Actions" onApplied={() => void q.refetch()} />
      {q.error && !q.data ? (
        <ErrorState title="The actions could not be loaded" error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading label="Loading the actions…" />
      ) : (
        <>
          <p role="status" className="muted">
            {q.data.actions.totalCount} action{q.data.actions.totalCount === 1 ? '' : 's'}
          </p>
          {q.data.actions.nodes.length === 0 ? (
            <p>No actions match.</p>
          ) : (
            <ActionList actions={q.data.actions.nodes} onChanged={() => void q.refetch()} />
          )}
        </>
      )}
    </>
  );
}
