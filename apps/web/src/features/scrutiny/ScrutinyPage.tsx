import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { CascadeQuery } from '../cascade/queries.js';
import { flattenCascade, type CascadeNode } from '../cascade/tree.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ExceptionCommentary } from './Commentary.js';
import { LEVEL, PriorityLink, PriorityScrutiny } from './PriorityScrutiny.js';
import { CouncilTargetsQuery, ExceptionsQuery, LateDataQuery } from './queries.js';
import './scrutiny.css';

/** The periods exceptions are judged for: financial years newest first, then the months of the newest (monthly indicators). */
const EXCEPTION_YEARS = ['2025-26', '2024-25', '2023-24', '2022-23', '2021-22', '2020-21', '2019-20', '2018-19'];
const EXCEPTION_MONTHS = ['2025-03', '2025-02', '2025-01', '2024-12', '2024-09', '2024-06'];
const REASON: Record<string, string> = {
  RED: 'Off target',
  BOTTOM_QUARTILE: 'Bottom quartile',
  DETERIORATING: 'Worse than the previous figure',
};

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

/** Years looked back from the year picker's when it has no exceptions yet (national figures come out a year or two late). */
const LOOK_BACK = 3;

/**
 * A period's exceptions: the one chosen, or the year picker's year; while that year has none (its
 * figures are not out yet), the year before, at most LOOK_BACK years back, saying so.
 */
function Exceptions(props: {
  gss: string;
  chosen: string | null;
  year: string;
  affects: Map<string, CascadeNode[]>;
  qp: string | null;
  onPeriod: (p: string) => void;
}) {
  const { gss, chosen, affects, onPeriod } = props;
  const [back, setBack] = useState(0);
  const start = EXCEPTION_YEARS.indexOf(props.year);
  const period = chosen ?? (start >= 0 ? (EXCEPTION_YEARS[Math.min(start + back, EXCEPTION_YEARS.length - 1)] ?? props.year) : props.year);
  const { data, loading, error, refetch } = useQuery(ExceptionsQuery, { variables: { gss, period } });
  const empty = data?.performanceExceptions.length === 0;
  useEffect(() => {
    if (!chosen && empty && start >= 0 && back < LOOK_BACK && start + back + 1 < EXCEPTION_YEARS.length) setBack(back + 1);
  }, [chosen, empty, start, back]);
  const skipped = chosen || start < 0 ? [] : EXCEPTION_YEARS.slice(start, start + back);
  return (
    <section className="card" aria-labelledby="exceptions-title">
      <div className="page__head">
        <h2 id="exceptions-title">Exceptions</h2>
        <div className="page__tools">
          <label>
            Period
            <select value={period} onChange={(e) => onPeriod(e.target.value)}>
              {![...EXCEPTION_YEARS, ...EXCEPTION_MONTHS].includes(period) && <option>{period}</option>}
              <optgroup label="Financial years">
                {EXCEPTION_YEARS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </optgroup>
              <optgroup label="Months (monthly indicators)">
                {EXCEPTION_MONTHS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </optgroup>
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
        <>
          {skipped.length > 0 && (
            <p className="small muted" role="status">
              No exceptions in {skipped.join(' or ')} yet (no figures out): these are {period}'s, the newest year with any.
            </p>
          )}
          <p className="small muted" data-testid="exceptions-rule">
            “Worse than the previous figure” is the direction of travel: {period}'s figure against the one before it, beyond a 2%
            no-significant-change band. The longer-run trend is on each indicator's page and does not make exceptions.
          </p>
          <ul className="finding-list" aria-label={`Exceptions in ${period}`}>
            {data.performanceExceptions.map((e, i) => (
              <li key={i} className={`finding-card finding-card--${e.severity}`}>
                <h3>
                  <span className={`sev sev--${e.severity}`}>{e.severity}</span>
                  <Link href={routePath(gss, 'indicator', e.indicator.id, { period: e.period ?? null })}>{e.indicator.title}</Link>
                </h3>
                <p>{e.message}</p>
                <Affects gss={gss} qp={props.qp} year={props.year} priorities={affects.get(e.indicator.id) ?? []} />
                <p className="small">
                  {e.reasons.map((r) => (
                    <span key={r} className="tag tag--warn">
                      {r === 'DETERIORATING' ? '↘' : r === 'BOTTOM_QUARTILE' ? '▁' : '✕'} {REASON[r] ?? r}
                    </span>
                  ))}
                </p>
                <ExceptionCommentary
                  gss={gss}
                  indicatorId={e.indicator.id}
                  period={e.period}
                  commentary={e.commentary}
                  mayComment={e.viewerMayComment}
                  onSaved={() => void refetch()}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Affects({ gss, qp, year, priorities }: { gss: string; qp: string | null; year: string; priorities: CascadeNode[] }) {
  if (priorities.length === 0) return <p className="small muted">Affects no priority of {year}: no priority's target uses it.</p>;
  return (
    <p className="small">
      Affects{' '}
      {priorities.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ', '}
          {LEVEL[p.level]?.toLowerCase()} priority <Link href={routePath(gss, 'scrutiny', p.id, { period: qp })}>{p.name}</Link>
        </span>
      ))}
    </p>
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
