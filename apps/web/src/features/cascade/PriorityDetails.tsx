import { formatDate } from '../../ui/dates.js';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, routePath } from '../../app/router.js';
import { Breadcrumbs } from '../../ui/Page.js';
import { Rag, ROLLUP_TEXT, ragOf, StatusTag } from '../../ui/Rag.js';
import { Consultations } from '../priorities/Consultations.js';
import { PerformanceExplained } from './PerformanceStatus.js';
import { type CascadeNode, type flattenCascade, pathTo } from './tree.js';

const LEVEL: Record<string, string> = { CORPORATE: 'Corporate', DIRECTORATE: 'Directorate', SERVICE: 'Service' };

/**
 * A priority of the cascade: where it sits, its status and performance, owner, resources,
 * milestones, the objectives delivering it and the consultations that informed it; `children` are
 * what the viewer may change (the editor).
 */
export function PriorityDetails({
  node,
  gss,
  period,
  list = false,
  index,
  councilId,
  onClose,
  onChanged,
  children,
}: {
  node: CascadeNode;
  gss: string;
  period: string;
  /** Shown beside the list (`?view=list`): its breadcrumbs keep the list. */
  list?: boolean;
  index: ReturnType<typeof flattenCascade>;
  councilId: string;
  onClose: () => void;
  onChanged: () => void;
  children?: ReactNode;
}) {
  const path = pathTo(index, node.id).map((id) => index.byId.get(id)!);
  const m = node.rollup.milestones;
  return (
    <section className="card" aria-labelledby="priority-title">
      <Breadcrumbs
        items={path.map((p) => ({
          label: p.name,
          ...(p.id === node.id
            ? {}
            : {
                href: routePath(gss, 'priorities', p.id, { period: period === DEFAULT_PERIOD ? null : period, view: list ? 'list' : null }),
              }),
        }))}
      />
      <div className="details__header">
        <div>
          <p className="details__kind">{LEVEL[node.level]} priority</p>
          <h2 id="priority-title">{node.name}</h2>
        </div>
        <button type="button" className="icon-button" aria-label="Close the priority" onClick={onClose}>
          ×
        </button>
      </div>
      <p>
        <StatusTag status={node.status} />
      </p>
      <PerformanceExplained p={node.performanceStatus} gss={gss} headingId="priority-performance" />
      <dl className="facts">
        <div>
          <dt>Owner</dt>
          <dd>{node.owner?.name ?? '⚠ nobody'}</dd>
        </div>
        <div>
          <dt>Origin</dt>
          <dd>{node.origin === 'NATIONAL' ? `National: ${node.nationalAgenda ?? ''}` : 'Local'}</dd>
        </div>
        <div>
          <dt>Resources</dt>
          <dd>
            {node.budget != null ? `£${node.budget.toLocaleString('en-GB')}` : 'no budget recorded'}
            {node.fte != null ? `, ${node.fte} FTE` : ''}
          </dd>
        </div>
        <div>
          <dt>Milestones</dt>
          <dd>
            {m.complete} complete, {m.overdue} overdue, {m.atRisk} at risk, of {m.total}{' '}
            <Rag value={node.rollup.status} text={ROLLUP_TEXT[ragOf(node.rollup.status)]} />
          </dd>
        </div>
        <div>
          <dt>Staff objectives</dt>
          <dd>{node.rollup.appraisalObjectives} aimed at it or below</dd>
        </div>
      </dl>
      <h3>Objectives delivering it ({node.objectives.length})</h3>
      {node.objectives.length === 0 ? (
        <p className="muted">
          {(node.children ?? []).length
            ? 'None directly: see the priorities under it.'
            : '⚠ No service-plan objective delivers this priority.'}
        </p>
      ) : (
        <ul className="finding-list">
          {node.objectives.map((o) => (
            <li key={o.id}>
              <strong>{o.name}</strong> <Rag value={o.rollup.status} text={ROLLUP_TEXT[ragOf(o.rollup.status)]} />
              <div className="small muted">{o.service.name}</div>
              <ul className="small">
                {o.milestones.map((ms) => (
                  <li key={ms.id}>
                    {ms.complete ? '✓' : ms.overdue ? '✕' : '○'} {ms.name} (due {formatDate(ms.due)}
                    {ms.overdue ? ', overdue' : ms.complete ? ', done' : ''})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <Consultations priorityId={node.id} councilId={councilId} onChanged={onChanged} />
      {children}
      <p className="actions">
        <Link
          className="button button--primary"
          href={routePath(gss, 'scrutiny', node.id, { period: period === DEFAULT_PERIOD ? null : period })}
        >
          Scrutinise: objectives and indicators →
        </Link>
      </p>
    </section>
  );
}
