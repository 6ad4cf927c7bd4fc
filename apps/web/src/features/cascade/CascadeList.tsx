/**
 * The priority cascade as an indented list: the accessible alternative to the drawing ("List") and its
 * printable form. Corporate priorities with their branches (`+`/`−` open them), priorities detached
 * from the corporate level, orphan objectives and the explicit non-priorities.
 */
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, routePath } from '../../app/router.js';
import type { CascadeObjectiveFieldsFragment, CascadeViewQuery } from '../../graphql/graphql.js';
import { Rag, ROLLUP_TEXT, ragOf, StatusTag } from '../../ui/Rag.js';
import { formatFigure } from '../../ui/figures.js';
import { PerformanceBadge, PerformanceLegend } from './PerformanceStatus.js';
import type { CascadeNode } from './tree.js';

const LEVEL: Record<string, string> = { CORPORATE: 'Corporate', DIRECTORATE: 'Directorate', SERVICE: 'Service' };

type Cascade = NonNullable<CascadeViewQuery['cascade']>;

export interface CascadeListProps {
  cascade: Cascade;
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
  priorityId: string | null;
  gss: string;
  period: string;
}

export function CascadeList({ cascade, open, onToggle: toggle, priorityId, gss, period }: CascadeListProps) {
  // Corporate and detached priorities are listed alike.
  const item = (p: { id: string }) => (
    <PriorityItem key={p.id} node={p as CascadeNode} open={open} selectedId={priorityId} onToggle={toggle} gss={gss} period={period} />
  );
  return (
    <>
      <div className="card">
        <h2>Corporate priorities ({cascade.corporate.length})</h2>
        <PerformanceLegend />
        {cascade.corporate.length === 0 ? (
          <p className="muted">No corporate priorities for {period}.</p>
        ) : (
          <ul className="cascade" aria-label="Priority cascade">
            {cascade.corporate.map(item)}
          </ul>
        )}
      </div>
      {cascade.detached.length > 0 && (
        <div className="card">
          <h2>⚠ Not linked to a corporate priority ({cascade.detached.length})</h2>
          <p className="muted small">The thread is broken above these priorities: give each a parent one level up.</p>
          <ul className="cascade">{cascade.detached.map(item)}</ul>
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
    </>
  );
}

/** Every priority id of the cascade: the list opened all the way (its printed form). */
export function allPriorityIds(cascade: Cascade): Set<string> {
  const out = new Set<string>();
  const walk = (n: CascadeNode) => {
    out.add(n.id);
    for (const c of n.children ?? []) walk(c);
  };
  for (const p of [...cascade.corporate, ...cascade.detached]) walk(p as CascadeNode);
  return out;
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
              href={routePath(gss, 'priorities', node.id, { period: period === DEFAULT_PERIOD ? null : period, view: 'list' })}
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
          {formatFigure(t.value, t.unit, t.precision)} in {t.period}
        </div>
      ))}
    </li>
  );
}
