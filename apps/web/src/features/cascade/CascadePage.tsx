import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import type { CascadeObjectiveFieldsFragment, CascadePriorityFieldsFragment } from '../../graphql/graphql.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { Rag, ROLLUP_TEXT, ragOf, StatusTag } from '../../ui/Rag.js';
import { PerformanceBadge, PerformanceLegend } from './PerformanceStatus.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { CascadeQuery, CoverageQuery } from './queries.js';
import { PriorityEditor } from '../priorities/PriorityEditor.js';
import { PriorityLimits } from '../priorities/PriorityLimits.js';
import { PriorityDetails } from './PriorityDetails.js';
import { flattenCascade, pathTo, type CascadeNode } from './tree.js';

const LEVEL: Record<string, string> = { CORPORATE: 'Corporate', DIRECTORATE: 'Directorate', SERVICE: 'Service' };

export function CascadePage({ gss, priorityId, params }: { gss: string; priorityId: string | null; params: URLSearchParams }) {
  return (
    <WithCouncil gss={gss}>
      {(council) => <Cascade gss={gss} council={council} priorityId={priorityId} period={params.get('period') ?? DEFAULT_PERIOD} />}
    </WithCouncil>
  );
}

function Cascade({
  gss,
  council,
  priorityId,
  period,
}: {
  gss: string;
  council: { id: string; name: string };
  priorityId: string | null;
  period: string;
}) {
  const viewer = useViewer();
  const member = viewer.memberOf(gss);
  const { data, loading, error, refetch } = useQuery(CascadeQuery, { variables: { councilId: council.id, period } });
  const coverage = useQuery(CoverageQuery, { variables: { councilId: council.id, period }, skip: !member });
  const cascade = data?.cascade;
  const index = useMemo(() => (cascade ? flattenCascade(cascade.corporate, cascade.detached) : null), [cascade]);
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  // A deep link (or a click further down) opens the branches above the selected priority.
  useEffect(() => {
    if (!priorityId || !index) return;
    const path = pathTo(index, priorityId);
    if (path.length) setOpen((prev) => new Set([...prev, ...path]));
  }, [priorityId, index]);
  const selected = priorityId && index ? (index.byId.get(priorityId) ?? null) : null;
  const go = (id: string | null, p = period) => navigate(routePath(gss, 'priorities', id, { period: p === DEFAULT_PERIOD ? null : p }));
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Page labelledBy="cascade-title">
      <div className="page__head">
        <div>
          <h1 id="cascade-title">Priority cascade</h1>
          <p className="lead">
            {council.name}, {period}: corporate priorities down to directorate and service priorities, the service-plan objectives that
            deliver them, and their targets.
          </p>
        </div>
        <div className="page__tools">
          <PeriodPicker value={period} onChange={(p) => go(priorityId, p)} />
          {member && viewer.personId && (
            <Link className="button" href={routePath(gss, 'thread', viewer.personId, { period })}>
              My golden thread
            </Link>
          )}
        </div>
      </div>
      {error ? (
        <ErrorState title="The cascade could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : loading || !cascade || !index ? (
        <Loading label="Loading the priorities…" />
      ) : (
        <>
          {!cascade.includesUnpublished && (
            <p className="pill pill--info">
              Public view: only priorities that have been communicated are shown. Staff and councillors of the council see drafts and agreed
              ones too.
            </p>
          )}
          <ul className="stats" aria-label="The whole cascade">
            <li>
              <strong>{cascade.rollup.priorities.total}</strong>
              <span>priorities</span>
            </li>
            <li>
              <strong>{cascade.rollup.objectives}</strong>
              <span>service-plan objectives</span>
            </li>
            <li>
              <strong>{cascade.rollup.targets}</strong>
              <span>targets</span>
            </li>
            <li>
              <strong>
                {cascade.rollup.milestones.overdue} <span className="small">of {cascade.rollup.milestones.total}</span>
              </strong>
              <span>milestones overdue</span>
            </li>
            {coverage.data && (
              <>
                <Coverage label="staff with a thread to a corporate priority" f={coverage.data.goldenThread.coverage.staffWithThread} />
                <Coverage label="priorities measured by a target" f={coverage.data.goldenThread.coverage.prioritiesWithTarget} />
                <Coverage label="services with a plan" f={coverage.data.goldenThread.coverage.servicesWithPlan} />
              </>
            )}
          </ul>
          <div className="grid-2">
            <div>
              <div className="card">
                <h2>Corporate priorities ({cascade.corporate.length})</h2>
                <PerformanceLegend />
                {cascade.corporate.length === 0 ? (
                  <p className="muted">No corporate priorities for {period}.</p>
                ) : (
                  <ul className="cascade" aria-label="Priority cascade">
                    {cascade.corporate.map((p) => (
                      <PriorityItem
                        key={p.id}
                        node={p as CascadeNode}
                        open={open}
                        selectedId={priorityId}
                        onToggle={toggle}
                        gss={gss}
                        period={period}
                      />
                    ))}
                  </ul>
                )}
              </div>
              {cascade.detached.length > 0 && (
                <div className="card">
                  <h2>⚠ Not linked to a corporate priority ({cascade.detached.length})</h2>
                  <p className="muted small">The thread is broken above these priorities: give each a parent one level up.</p>
                  <ul className="cascade">
                    {cascade.detached.map((p) => (
                      <PriorityItem
                        key={p.id}
                        node={p as CascadeNode}
                        open={open}
                        selectedId={priorityId}
                        onToggle={toggle}
                        gss={gss}
                        period={period}
                      />
                    ))}
                  </ul>
                </div>
              )}
              {cascade.orphanObjectives.length > 0 && (
                <div className="card">
                  <h2>⚠ Orphan objectives ({cascade.orphanObjectives.length})</h2>
                  <p className="muted small">Service-plan objectives that deliver no current priority.</p>
                  <ul className="cascade">
                    {cascade.orphanObjectives.map((o) => (
                      <ObjectiveItem key={o.id} o={o} gss={gss} />
                    ))}
                  </ul>
                </div>
              )}
              <div className="card">
                <h2>What we will not prioritise ({cascade.nonPriorities.length})</h2>
                {cascade.nonPriorities.length === 0 ? (
                  <p className="muted">No explicit non-priorities recorded for {period}.</p>
                ) : (
                  <ul className="finding-list">
                    {cascade.nonPriorities.map((n) => (
                      <li key={n.id} className="finding finding--info">
                        <strong>⊘ {n.name}</strong>{' '}
                        <span className="small">
                          ({LEVEL[n.level]}
                          {n.parent ? `, under “${n.parent.name}”` : ''})
                        </span>
                        {n.reason && <span className="finding__fix">Because: {n.reason}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              {member && <PriorityLimits councilId={council.id} onChanged={() => void refetch()} />}
            </div>
            <div>
              {selected ? (
                <PriorityDetails
                  node={selected}
                  gss={gss}
                  period={period}
                  index={index}
                  councilId={council.id}
                  onClose={() => go(null)}
                  onChanged={() => void refetch()}
                >
                  {member && (
                    <PriorityEditor
                      priorityId={selected.id}
                      councilId={council.id}
                      onChanged={() => void refetch()}
                      onCreated={(id) => void refetch().then(() => go(id))}
                      onDeleted={(movedTo) => void refetch().then(() => go(movedTo))}
                    />
                  )}
                </PriorityDetails>
              ) : (
                <div className="card">
                  <h2>Choose a priority</h2>
                  <p className="muted">
                    Select a priority to see who owns it, how it is resourced, the objectives that deliver it and their milestones and
                    targets.
                  </p>
                </div>
              )}
            </div>
          </div>
        </>
      )}
    </Page>
  );
}

function Coverage({ label, f }: { label: string; f: { count: number; total: number; share?: number | null } }) {
  return (
    <li>
      <strong>{f.share == null ? '—' : `${Math.round(f.share * 100)}%`}</strong>
      <span>
        {label} ({f.count} of {f.total})
      </span>
    </li>
  );
}

function PriorityItem({
  node,
  open,
  selectedId,
  onToggle,
  gss,
  period,
}: {
  node: CascadeNode;
  open: ReadonlySet<string>;
  selectedId: string | null;
  onToggle: (id: string) => void;
  gss: string;
  period: string;
}) {
  const children = node.children ?? [];
  const expandable = children.length > 0 || node.objectives.length > 0;
  const isOpen = open.has(node.id);
  const m = node.rollup.milestones;
  return (
    <li>
      <div className={`cascade__row${selectedId === node.id ? ' cascade__row--selected' : ''}`}>
        {expandable ? (
          <button
            type="button"
            className="cascade__toggle"
            aria-expanded={isOpen}
            aria-label={`${isOpen ? 'Close' : 'Open'} ${node.name}`}
            onClick={() => onToggle(node.id)}
          >
            {isOpen ? '−' : '+'}
          </button>
        ) : (
          <span className="cascade__spacer" />
        )}
        <div className="cascade__main">
          <div>
            <span className="cascade__level">{LEVEL[node.level]}</span>{' '}
            <Link
              className="cascade__name"
              href={routePath(gss, 'priorities', node.id, { period: period === DEFAULT_PERIOD ? null : period })}
              aria-current={selectedId === node.id ? 'true' : undefined}
            >
              {node.name}
            </Link>
          </div>
          <div className="cascade__meta">
            <StatusTag status={node.status} /> {node.rollup.objectives} objective{node.rollup.objectives === 1 ? '' : 's'}
            {m.total ? ` · ${m.overdue} of ${m.total} milestones overdue` : ''}
            {node.owner ? ` · ${node.owner.name}` : ' · ⚠ no owner'}
          </div>
          <div className="cascade__perf">
            <PerformanceBadge p={node.performanceStatus} />
          </div>
        </div>
      </div>
      {isOpen && (
        <ul>
          {children.map((c) => (
            <PriorityItem key={c.id} node={c} open={open} selectedId={selectedId} onToggle={onToggle} gss={gss} period={period} />
          ))}
          {node.objectives.map((o) => (
            <ObjectiveItem key={o.id} o={o} gss={gss} />
          ))}
        </ul>
      )}
    </li>
  );
}

function ObjectiveItem({ o, gss }: { o: CascadeObjectiveFieldsFragment; gss: string }) {
  const status = ragOf(o.rollup.status);
  return (
    <li>
      <div className="cascade__row">
        <span className="cascade__spacer" />
        <div className="cascade__main">
          <div>
            <span className="cascade__level">Objective</span> <span className="cascade__item--objective">{o.name}</span>
          </div>
          <div className="cascade__meta">
            {o.service.name}
            {o.owner ? ` · ${o.owner.name}` : ''}
          </div>
        </div>
        <Rag value={status} text={ROLLUP_TEXT[status]} />
      </div>
      {o.targets.map((t) => (
        <div key={t.id} className="cascade__item cascade__item--target">
          Target: <Link href={routePath(gss, 'indicator', t.indicatorId, { period: t.period })}>{t.indicatorName}</Link>{' '}
          {formatNumber(t.value)} in {t.period}
        </div>
      ))}
    </li>
  );
}

export function formatNumber(v: number | null | undefined): string {
  if (v == null) return '—';
  return v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

export type { CascadePriorityFieldsFragment };
