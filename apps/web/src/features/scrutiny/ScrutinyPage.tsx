import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { CascadeQuery } from '../cascade/queries.js';
import { PerformanceBadge, PerformanceExplained } from '../cascade/PerformanceStatus.js';
import { flattenCascade, indicatorsUnder, objectivesUnder, pathTo, type CascadeNode } from '../cascade/tree.js';
import { Breadcrumbs, Page, WithCouncil } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { Rag, ROLLUP_TEXT, ragOf, StatusTag } from '../../ui/Rag.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { DIRECTION, ordinal } from './periods.js';
import { ExceptionCommentary } from './Commentary.js';
import { CouncilTargetsQuery, ExceptionsQuery, LateDataQuery, PriorityIndicatorsQuery } from './queries.js';

const EXCEPTION_PERIODS = ['2022-23', '2021-22', '2020-21', '2019-20', '2018-19', '2025-03', '2024-12', '2024-09'];
const REASON: Record<string, string> = { RED: 'Off target', BOTTOM_QUARTILE: 'Bottom quartile', DETERIORATING: 'Getting worse' };
const LEVEL: Record<string, string> = { CORPORATE: 'Corporate', DIRECTORATE: 'Directorate', SERVICE: 'Service' };

export function ScrutinyPage({ gss, priorityId, params }: { gss: string; priorityId: string | null; params: URLSearchParams }) {
  const period = params.get('period') ?? DEFAULT_PERIOD;
  return (
    <WithCouncil gss={gss}>
      {(council) => <Scrutiny gss={gss} council={council} priorityId={priorityId} period={period} exceptionsPeriod={params.get('exceptions') ?? '2020-21'} />}
    </WithCouncil>
  );
}

function Scrutiny({ gss, council, priorityId, period, exceptionsPeriod }: { gss: string; council: { id: string; name: string }; priorityId: string | null; period: string; exceptionsPeriod: string }) {
  const { data, loading, error, refetch } = useQuery(CascadeQuery, { variables: { councilId: council.id, period } });
  const index = useMemo(() => (data ? flattenCascade(data.cascade.corporate, data.cascade.detached) : null), [data]);
  const setPeriod = (p: string) => navigate(routePath(gss, 'scrutiny', priorityId, { period: p === DEFAULT_PERIOD ? null : p }));
  if (error) return <ErrorState title="The priorities could not be loaded" error={error} onRetry={() => void refetch()} />;
  if (loading || !data || !index) return <Loading label="Loading the priorities…" />;
  if (priorityId) {
    const node = index.byId.get(priorityId);
    if (!node) return <ErrorState title="Priority not found" error={`No priority with this id in ${period}. It may be of another year, or not yet communicated.`} />;
    return <PriorityScrutiny gss={gss} node={node} index={index} period={period} />;
  }
  return (
    <Page labelledBy="scrutiny-title">
      <div className="page__head">
        <div>
          <h1 id="scrutiny-title">Scrutiny</h1>
          <p className="lead">Pick a priority to drill down to its objectives and the indicators that measure it; exceptions show what is off target, in the bottom quartile or getting worse.</p>
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
        <div>
          <Exceptions gss={gss} period={exceptionsPeriod} onPeriod={(p) => navigate(routePath(gss, 'scrutiny', null, { period: period === DEFAULT_PERIOD ? null : period, exceptions: p }), { replace: true })} />
          <LateData gss={gss} />
        </div>
      </div>
    </Page>
  );
}

function PriorityLink({ node, gss, period, depth }: { node: CascadeNode; gss: string; period: string; depth: number }) {
  return (
    <li>
      <div className="cascade__row">
        <div className="cascade__main">
          <span className="cascade__level">{LEVEL[node.level]}</span>{' '}
          <Link className="cascade__name" href={routePath(gss, 'scrutiny', node.id, { period: period === DEFAULT_PERIOD ? null : period })}>
            {node.name}
          </Link>
          <div className="cascade__meta">
            {node.rollup.objectives} objective{node.rollup.objectives === 1 ? '' : 's'} · {node.rollup.targets} target{node.rollup.targets === 1 ? '' : 's'}
          </div>
          <div className="cascade__perf">
            <PerformanceBadge p={node.performanceStatus} />
          </div>
        </div>
      </div>
      {depth < 1 && (node.children ?? []).length > 0 && (
        <ul>
          {(node.children ?? []).map((c) => (
            <PriorityLink key={c.id} node={c} gss={gss} period={period} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Exceptions({ gss, period, onPeriod }: { gss: string; period: string; onPeriod: (p: string) => void }) {
  const { data, loading, error, refetch } = useQuery(ExceptionsQuery, { variables: { gss, period } });
  return (
    <section className="card" aria-labelledby="exceptions-title">
      <div className="page__head">
        <h2 id="exceptions-title">Exceptions</h2>
        <div className="page__tools">
          <label>
            Period
            <select value={period} onChange={(e) => onPeriod(e.target.value)}>
              {(EXCEPTION_PERIODS.includes(period) ? EXCEPTION_PERIODS : [period, ...EXCEPTION_PERIODS]).map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {error ? (
        <ErrorState title="Exceptions could not be loaded" error={error} onRetry={() => void refetch()} compact />
      ) : loading || !data ? (
        <Loading label="Loading exceptions…" compact />
      ) : data.performanceExceptions.length === 0 ? (
        <p className="muted">No exceptions in {period}.</p>
      ) : (
        <ul className="finding-list" aria-label={`Exceptions in ${period}`}>
          {data.performanceExceptions.map((e, i) => (
            <li key={i} className={`finding-card finding-card--${e.severity}`}>
              <h3>
                <span className={`sev sev--${e.severity}`}>{e.severity}</span>
                <Link href={routePath(gss, 'indicator', e.indicator.id, { period: e.period ?? null })}>{e.indicator.title}</Link>
              </h3>
              <p>{e.message}</p>
              <p className="small">
                {e.reasons.map((r) => (
                  <span key={r} className="tag tag--warn">
                    {r === 'DETERIORATING' ? '↘' : r === 'BOTTOM_QUARTILE' ? '▁' : '✕'} {REASON[r] ?? r}
                  </span>
                ))}
              </p>
              <ExceptionCommentary gss={gss} indicatorId={e.indicator.id} period={e.period} commentary={e.commentary} mayComment={e.viewerMayComment} onSaved={() => void refetch()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
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
              <span className={`status-tag status-tag--${d.dataStatus === 'DRAFT' ? 'DRAFT' : 'NONE'}`}>{d.dataStatus === 'DRAFT' ? 'Not validated' : 'Missing'}</span>{' '}
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
      const e = m.get(t.indicator.id) ?? { id: t.indicator.id, title: t.indicator.title, code: t.indicator.code, framework: t.indicator.framework, periods: [] };
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

function PriorityScrutiny({ gss, node, index, period }: { gss: string; node: CascadeNode; index: ReturnType<typeof flattenCascade>; period: string }) {
  const path = pathTo(index, node.id).map((id) => index.byId.get(id)!);
  const objectives = objectivesUnder(node);
  const indicators = indicatorsUnder(node);
  const ids = indicators.map((i) => i.indicatorId);
  const start = `${Number(period.slice(0, 4)) - 1}-${period.slice(2, 4)}`;
  const series = useQuery(PriorityIndicatorsQuery, { variables: { ids, gss, from: start, to: period }, skip: ids.length === 0 });
  const seriesById = new Map((series.data?.indicatorSeries ?? []).map((s) => [s.indicator.id, s]));
  const qp = period === DEFAULT_PERIOD ? null : period;
  return (
    <Page labelledBy="sp-title">
      <Breadcrumbs items={[{ label: 'Scrutiny', href: routePath(gss, 'scrutiny', null, { period: qp }) }, ...path.map((p) => ({ label: p.name, ...(p.id === node.id ? {} : { href: routePath(gss, 'scrutiny', p.id, { period: qp }) }) }))]} />
      <div className="page__head">
        <div>
          <h1 id="sp-title">{node.name}</h1>
          <p className="lead">
            {LEVEL[node.level]} priority, {period} · {node.owner ? `owned by ${node.owner.name}` : '⚠ no owner'}
          </p>
        </div>
        <div className="page__tools">
          <StatusTag status={node.status} />
          <Link className="button" href={routePath(gss, 'priorities', node.id, { period: qp })}>
            Show in the cascade
          </Link>
        </div>
      </div>
      <div className="card">
        <PerformanceExplained p={node.performanceStatus} gss={gss} headingId="sp-performance" />
      </div>
      {(node.children ?? []).length > 0 && (
        <div className="card">
          <h2>Priorities under it ({(node.children ?? []).length})</h2>
          <ul className="cascade">
            {(node.children ?? []).map((c) => (
              <PriorityLink key={c.id} node={c} gss={gss} period={period} depth={1} />
            ))}
          </ul>
        </div>
      )}
      <div className="card">
        <h2>Objectives delivering it ({objectives.length})</h2>
        {objectives.length === 0 ? (
          <p className="warning-text">⚠ No service-plan objective delivers this priority.</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>Objective</th>
                  <th>Service</th>
                  <th>Milestones</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {objectives.map((o) => (
                  <tr key={o.id}>
                    <td>{o.name}</td>
                    <td>{o.service.name}</td>
                    <td>
                      {o.rollup.milestones.complete} done, {o.rollup.milestones.overdue} overdue of {o.rollup.milestones.total}
                    </td>
                    <td>
                      <Rag value={o.rollup.status} text={ROLLUP_TEXT[ragOf(o.rollup.status)]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <div className="card">
        <h2>Indicators measuring it ({indicators.length})</h2>
        {indicators.length === 0 ? (
          <p className="warning-text">⚠ No target measures this priority: add one to an objective.</p>
        ) : series.error ? (
          <ErrorState title="The figures could not be loaded" error={series.error} onRetry={() => void series.refetch()} compact />
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>Indicator</th>
                  <th className="num">Target</th>
                  <th className="num">Latest</th>
                  <th>Against target</th>
                  <th>Direction</th>
                  <th>Rank</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((i) => {
                  const ser = seriesById.get(i.indicatorId);
                  const t = [...i.targets].sort((a, b) => b.period.localeCompare(a.period))[0];
                  const d = DIRECTION[ser?.direction ?? 'UNKNOWN'] ?? DIRECTION.UNKNOWN!;
                  return (
                    <tr key={i.indicatorId}>
                      <td>
                        <Link href={routePath(gss, 'indicator', i.indicatorId, { priority: node.id })}>{i.indicatorName}</Link>
                      </td>
                      <td className="num">{t ? `${t.value.toLocaleString('en-GB')} (${t.period})` : '—'}</td>
                      <td className="num">
                        {series.loading ? '…' : ser?.latest ? `${ser.latest.value?.toLocaleString('en-GB') ?? '—'} (${ser.latest.period})` : 'No figure yet'}
                      </td>
                      <td>
                        {ser?.latest ? <Rag value={ser.latest.rag} text={ser.latest.rag === 'NONE' ? 'No target' : undefined} /> : <Rag value="NONE" />}
                      </td>
                      <td>
                        <span aria-hidden="true">{d.icon}</span> {d.text}
                      </td>
                      <td>{ser?.position?.rank ? `${ordinal(ser.position.rank)} of ${ser.position.count}` : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Page>
  );
}
