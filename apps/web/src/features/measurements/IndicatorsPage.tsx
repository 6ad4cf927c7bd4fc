import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useState } from 'react';
import { Link } from '../../app/Link.js';
import { navigate, routePath } from '../../app/router.js';
import type { IndicatorFramework } from '../../graphql/graphql.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ComparatorGroups } from './ComparatorGroups.js';
import { IndicatorEditor } from './IndicatorEditor.js';
import { IndicatorForm } from './IndicatorForm.js';
import { IndicatorListQuery } from './indicators.queries.js';
import './indicators.css';

export const GROUPS_PATH = 'comparator-groups';
const NEW = 'new';
const FRAMEWORKS: Array<{ value: '' | IndicatorFramework; label: string }> = [
  { value: '', label: 'Every framework' },
  { value: 'LOCAL', label: 'Local (the council’s own)' },
  { value: 'ASCOF', label: 'ASCOF' },
  { value: 'OFLOG', label: 'Oflog' },
  { value: 'PAF', label: 'PAF' },
];

/**
 * The council's indicators for its own people: the local ones it defined and the national ones, with
 * who owns the data; the chosen one's details, changed in place by those `viewerCan` allows (a new
 * local indicator, its definition, its deletion, its data owner and responsible manager); and the
 * comparator groups (/comparator-groups).
 */
export function IndicatorsPage({ gss, nodeId }: { gss: string; nodeId: string | null }) {
  return <WithCouncil gss={gss}>{(council) => <Indicators gss={gss} councilId={council.id} nodeId={nodeId} />}</WithCouncil>;
}

function Indicators({ gss, councilId, nodeId }: { gss: string; councilId: string; nodeId: string | null }) {
  const groups = nodeId === GROUPS_PATH;
  return (
    <Page labelledBy="ind-title">
      <div className="page__head">
        <div>
          <h1 id="ind-title">Indicators</h1>
          <p className="lead">
            The council’s own local indicators and the national ones, who owns each one’s data and who answers for it, and the councils it
            compares itself with.
          </p>
        </div>
      </div>
      <nav className="ind-tabs" aria-label="Indicators">
        <ul>
          <li>
            <Link href={routePath(gss, 'indicators')} aria-current={groups ? undefined : 'page'}>
              Indicators and owners
            </Link>
          </li>
          <li>
            <Link href={routePath(gss, 'indicators', GROUPS_PATH)} aria-current={groups ? 'page' : undefined}>
              Comparator groups
            </Link>
          </li>
        </ul>
      </nav>
      {groups ? <ComparatorGroups councilId={councilId} /> : <IndicatorList gss={gss} councilId={councilId} nodeId={nodeId} />}
    </Page>
  );
}

function IndicatorList({ gss, councilId, nodeId }: { gss: string; councilId: string; nodeId: string | null }) {
  const [search, setSearch] = useState('');
  const [framework, setFramework] = useState<'' | IndicatorFramework>('');
  const deferred = useDeferredValue(search.trim());
  const q = useQuery(IndicatorListQuery, {
    variables: { councilId, search: deferred || null, framework: framework || null },
    fetchPolicy: 'cache-and-network',
  });
  const can = q.data?.council?.indicatorsViewerCan;
  const nodes = q.data?.indicators.nodes ?? [];
  const total = q.data?.indicators.totalCount ?? 0;
  const creating = nodeId === NEW && can?.createIndicator;
  return (
    <div className={nodeId ? 'ind-split ind-split--chosen' : 'ind-split'}>
      <nav className="card" aria-labelledby="ind-list-title">
        <h2 id="ind-list-title">The council’s indicators</h2>
        {can?.createIndicator && (
          <p>
            <Link className="button button--primary" href={routePath(gss, 'indicators', NEW)} aria-current={creating ? 'page' : undefined}>
              New local indicator
            </Link>
          </p>
        )}
        <div className="ind-filters">
          <div className="field">
            <label htmlFor="ind-search">Find an indicator</label>
            <input
              id="ind-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              autoComplete="off"
              aria-describedby="ind-count"
            />
          </div>
          <div className="field">
            <label htmlFor="ind-framework">Framework</label>
            <select id="ind-framework" value={framework} onChange={(e) => setFramework(e.target.value as '' | IndicatorFramework)}>
              {FRAMEWORKS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="small muted" id="ind-count" aria-live="polite">
          {q.loading && !q.data
            ? 'Loading…'
            : `${total} indicator${total === 1 ? '' : 's'}${total > nodes.length ? `, the first ${nodes.length} shown` : ''}`}
        </p>
        {q.error && <ErrorState compact title="The indicators could not be loaded" error={q.error} onRetry={() => void q.refetch()} />}
        <ul className="ind-list" aria-label="Indicators">
          {nodes.map((i) => (
            <li key={i.id}>
              <Link href={routePath(gss, 'indicators', i.id)} aria-current={i.id === nodeId ? 'page' : undefined}>
                <span className="ind-list__title">{i.title}</span>
                <span className="ind-list__meta">
                  {i.framework === 'LOCAL' ? 'Local' : i.framework} {i.displayCode ?? i.code} ·{' '}
                  {i.ownership?.dataOwner ? `data owner: ${i.ownership.dataOwner.name}` : <strong>⚠ no data owner</strong>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div>
        {creating ? (
          <section className="card" aria-labelledby="ind-new-title">
            <h2 id="ind-new-title">New local indicator</h2>
            <IndicatorForm
              councilId={councilId}
              onSaved={(id) => {
                void q.refetch();
                navigate(routePath(gss, 'indicators', id));
              }}
              onCancel={() => navigate(routePath(gss, 'indicators'))}
            />
          </section>
        ) : nodeId && nodeId !== NEW ? (
          <IndicatorEditor
            key={nodeId}
            gss={gss}
            councilId={councilId}
            indicatorId={nodeId}
            onChanged={() => void q.refetch()}
            onDeleted={() => {
              void q.refetch();
              navigate(routePath(gss, 'indicators'));
            }}
          />
        ) : q.loading && !q.data ? (
          <Loading label="Loading…" />
        ) : (
          <div className="card">
            <h2>Choose an indicator</h2>
            <p className="muted">Pick an indicator to see its definition and who owns its data.</p>
          </div>
        )}
      </div>
    </div>
  );
}
