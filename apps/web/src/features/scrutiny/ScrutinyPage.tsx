import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { CascadeQuery } from '../cascade/queries.js';
import { flattenCascade, type CascadeNode } from '../cascade/tree.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { Exceptions } from './ExceptionsCard.js';
import { PriorityLink, PriorityScrutiny } from './PriorityScrutiny.js';
import { CouncilTargetsQuery, LateDataQuery } from './queries.js';
import './scrutiny.css';

export function ScrutinyPage({ gss, priorityId, params }: { gss: string; priorityId: string | null; params: URLSearchParams }) {
  const period = params.get('period') ?? DEFAULT_PERIOD;
  return (
    <WithCouncil gss={gss}>
      {(council) => (
        <Scrutiny gss={gss} council={council} priorityId={priorityId} period={period} exceptionsPeriod={params.get('exceptions')} />
      )}
    </WithCouncil>
  );
}

function Scrutiny({
  gss,
  council,
  priorityId,
  period,
  exceptionsPeriod,
}: {
  gss: string;
  council: { id: string; name: string };
  priorityId: string | null;
  period: string;
  exceptionsPeriod: string | null;
}) {
  const { data, loading, error, refetch } = useQuery(CascadeQuery, { variables: { councilId: council.id, period } });
  const index = useMemo(() => (data ? flattenCascade(data.cascade.corporate, data.cascade.detached) : null), [data]);
  const affects = useMemo(() => (index ? prioritiesByIndicator(index) : new Map<string, CascadeNode[]>()), [index]);
  const setPeriod = (p: string) => navigate(routePath(gss, 'scrutiny', priorityId, { period: p === DEFAULT_PERIOD ? null : p }));
  if (error) return <ErrorState title="The priorities could not be loaded" error={error} onRetry={() => void refetch()} />;
  if (loading || !data || !index) return <Loading label="Loading the priorities…" />;
  if (priorityId) {
    const node = index.byId.get(priorityId);
    if (!node)
      return (
        <ErrorState
          title="Priority not found"
          error={`No priority with this id in ${period}. It may be of another year, or not yet communicated.`}
        />
      );
    return <PriorityScrutiny gss={gss} councilId={council.id} node={node} index={index} period={period} />;
  }
  return (
    <Page labelledBy="scrutiny-title">
      <div className="page__head">
        <div>
          <h1 id="scrutiny-title">Scrutiny</h1>
          <p className="lead">
            Pick a priority to drill down to its objectives and the indicators that measure it; exceptions show what is off target, in the
            bottom quartile or worse than its previous figure.
          </p>
        </div>
        <div className="page__tools">
          <PeriodPicker value={period} onChange={setPeriod} />
        </div>
      </div>
      <div className="grid-2">
        <div>
          <div className="card">
            <h2>Priorities of {period}</h2>
            <ul className="cascade" aria-label="Priorities to scrutinise">
              {data.cascade.corporate.map((p) => (
                <PriorityLink key={p.id} node={p as CascadeNode} gss={gss} period={period} depth={0} />
              ))}
            </ul>
            {data.cascade.corporate.length === 0 && <p className="muted">No priorities for {period}.</p>}
          </div>
          <TargetsCard gss={gss} councilId={council.id} />
        </div>
        <div className="scrutiny__exceptions">
          <Exceptions
            key={`${period}|${exceptionsPeriod ?? ''}`}
            gss={gss}
            chosen={exceptionsPeriod}
            year={period}
            affects={affects}
            qp={period === DEFAULT_PERIOD ? null : period}
            onPeriod={(p) =>
              navigate(routePath(gss, 'scrutiny', null, { period: period === DEFAULT_PERIOD ? null : period, exceptions: p }), {
                replace: true,
              })
            }
          />
          <LateData gss={gss} />
        </div>
      </div>
    </Page>
  );
}

/** The priorities each indicator's targets are linked to (on the priority or an objective delivering it). */
function prioritiesByIndicator(index: ReturnType<typeof flattenCascade>): Map<string, CascadeNode[]> {
  const out = new Map<string, CascadeNode[]>();
  const add = (indicatorId: string, node: CascadeNode) => {
    const list = out.get(indicatorId) ?? [];
    if (!list.includes(node)) out.set(indicatorId, [...list, node]);
  };
  for (const node of index.byId.values()) {
    for (const t of node.targets) add(t.indicatorId, node);
    for (const o of node.objectives) for (const t of o.targets) add(t.indicatorId, node);
  }
  return out;
}

function LateData({ gss }: { gss: string }) {
  const viewer = useViewer();
  const member = viewer.memberOf(gss);
  const { data, loading, error } = useQuery(LateDataQuery, { variables: { gss, from: '2024-04', to: '2025-03' }, skip: !member });
  if (!member) return null;
  return (
    <div className="card">
      <h2>Late or unvalidated data, 2024-25</h2>
      {error ? (
        <ErrorState title="Late data could not be loaded" error={error} compact />
      ) : loading || !data ? (
        <Loading label="Checking for late data…" compact />
      ) : data.lateData.length === 0 ? (
        <p className="muted">Nothing is late.</p>
      ) : (
        <ul className="finding-list">
          {data.lateData.slice(0, 8).map((d, i) => (
            <li key={i} className="small">
              <span className={`status-tag status-tag--${d.dataStatus === 'DRAFT' ? 'DRAFT' : 'NONE'}`}>
                {d.dataStatus === 'DRAFT' ? 'Not validated' : 'Missing'}
              </span>{' '}
              <Link href={routePath(gss, 'indicator', d.indicator.id)}>{d.indicator.title}</Link>, {d.period}: {d.daysLate} days late
            </li>
          ))}
          {data.lateData.length > 8 && <li className="muted small">and {data.lateData.length - 8} more.</li>}
        </ul>
      )}
    </div>
  );
}

function TargetsCard({ gss, councilId }: { gss: string; councilId: string }) {
  const { data, loading, error } = useQuery(CouncilTargetsQuery, { variables: { councilId } });
  const byIndicator = useMemo(() => {
    const m = new Map<string, { id: string; title: string; code: string; framework: string; periods: string[] }>();
    for (const t of data?.targets ?? []) {
      const e = m.get(t.indicator.id) ?? {
        id: t.indicator.id,
        title: t.indicator.title,
        code: t.indicator.code,
        framework: t.indicator.framework,
        periods: [],
      };
      e.periods.push(t.period);
      m.set(t.indicator.id, e);
    }
    return [...m.values()].sort((a, b) => a.framework.localeCompare(b.framework) || a.code.localeCompare(b.code));
  }, [data]);
  return (
    <div className="card">
      <h2>Indicators with targets</h2>
      {error ? (
        <ErrorState title="Targets could not be loaded" error={error} compact />
      ) : loading ? (
        <Loading label="Loading targets…" compact />
      ) : byIndicator.length === 0 ? (
        <p className="muted">No targets set.</p>
      ) : (
        <ul className="people-list">
          {byIndicator.map((i) => (
            <li key={i.id}>
              <Link className="person-link" href={routePath(gss, 'indicator', i.id)}>
                <span className="person-link__name">{i.title}</span>
                <span className="person-link__title">
                  {i.framework} {i.code} · targets for {i.periods.sort().join(', ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
