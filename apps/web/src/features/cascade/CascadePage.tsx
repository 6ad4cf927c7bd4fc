import { useQuery } from '@apollo/client/react';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { CascadeQuery, CascadeThreadQuery, CoverageQuery } from './queries.js';
import { PriorityEditor } from '../priorities/PriorityEditor.js';
import { PriorityLimits } from '../priorities/PriorityLimits.js';
import { PriorityDetails } from './PriorityDetails.js';
import { CascadeDrawing } from './CascadeDrawing.js';
import { allPriorityIds, CascadeList, type CascadeListProps } from './CascadeList.js';
import type { ThreadInput } from './drawing.js';
import { flattenCascade, pathTo } from './tree.js';

/** How the cascade is shown: the drawing (the default) or the list (`?view=list`), the accessible alternative. */
type CascadeView = 'drawing' | 'list';

export function CascadePage({ gss, priorityId, params }: { gss: string; priorityId: string | null; params: URLSearchParams }) {
  return (
    <WithCouncil gss={gss}>
      {(council) => (
        <Cascade
          gss={gss}
          council={council}
          priorityId={priorityId}
          period={params.get('period') ?? DEFAULT_PERIOD}
          view={params.get('view') === 'list' ? 'list' : 'drawing'}
          threadId={params.get('thread')}
        />
      )}
    </WithCouncil>
  );
}

/**
 * The printed form: the whole list, opened all the way. It is in the page only while printing (beforeprint, or the print
 * media emulated), so the drawing's page does not carry a second, hidden cascade of thousands of elements.
 */
const PrintList = memo(function PrintList(props: Omit<CascadeListProps, 'open' | 'onToggle'>) {
  const printing = usePrinting();
  const all = useMemo(() => (printing ? allPriorityIds(props.cascade) : null), [printing, props.cascade]);
  if (!all) return null;
  return (
    <div className="cascade-print">
      <CascadeList {...props} open={all} onToggle={noop} />
    </div>
  );
});

function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.('print');
    // Rendered at once (flushSync) so the list is there before the browser lays out the printed page.
    const before = () => flushSync(() => setPrinting(true));
    const onChange = (e: MediaQueryListEvent) => (e.matches ? before() : setPrinting(false));
    window.addEventListener('beforeprint', before);
    media?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', before);
      media?.removeEventListener('change', onChange);
    };
  }, []);
  return printing;
}
const noop = () => {};

function Cascade({
  gss,
  council,
  priorityId,
  period,
  view,
  threadId,
}: {
  gss: string;
  council: { id: string; name: string };
  priorityId: string | null;
  period: string;
  view: CascadeView;
  threadId: string | null;
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
  const thread = useThread(threadId);
  const params = (p: string, v: CascadeView) => ({
    period: p === DEFAULT_PERIOD ? null : p,
    view: v === 'list' ? 'list' : null,
    thread: threadId,
  });
  const go = (id: string | null, p = period, v = view) => navigate(routePath(gss, 'priorities', id, params(p, v)));
  const pick = useCallback(
    (id: string) =>
      navigate(
        routePath(gss, 'priorities', id, {
          period: period === DEFAULT_PERIOD ? null : period,
          view: view === 'list' ? 'list' : null,
          thread: threadId,
        }),
      ),
    [gss, period, view, threadId],
  );
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
          <div className="segmented view-toggle" role="radiogroup" aria-label="Show the cascade as">
            {(['drawing', 'list'] as const).map((v) => (
              <label key={v} className={view === v ? 'is-on' : ''}>
                <input type="radio" name="cascade-view" value={v} checked={view === v} onChange={() => go(priorityId, period, v)} />
                {v === 'drawing' ? 'Drawing' : 'List'}
              </label>
            ))}
          </div>
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
          <div className={view === 'list' ? 'grid-2' : 'cascade-layout'}>
            <div>
              {view === 'list' ? (
                <CascadeList cascade={cascade} open={open} onToggle={toggle} priorityId={priorityId} gss={gss} period={period} />
              ) : (
                <>
                  <CascadeDrawing
                    councilName={council.name}
                    cascade={cascade}
                    selectedId={priorityId}
                    thread={thread}
                    onSelectPriority={pick}
                  />
                  <PrintList cascade={cascade} priorityId={priorityId} gss={gss} period={period} />
                </>
              )}
              {member && <PriorityLimits councilId={council.id} onChanged={() => void refetch()} />}
            </div>
            <div className={view === 'list' ? undefined : 'cascade-layout__panel'}>
              {selected ? (
                <PriorityDetails
                  node={selected}
                  gss={gss}
                  period={period}
                  list={view === 'list'}
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

/** The appraisal objective of `?thread=`, to trace in the drawing: what it is aimed at. */
function useThread(id: string | null): ThreadInput | null {
  const { data } = useQuery(CascadeThreadQuery, { variables: { id: id ?? '' }, skip: !id });
  const node = data?.node;
  return useMemo(() => {
    if (!node || !('id' in node)) return null;
    return { id: node.id, name: node.name, objectiveId: node.objective?.id ?? null, priorityId: node.priority?.id ?? null };
  }, [node]);
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
