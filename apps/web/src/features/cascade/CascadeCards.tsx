/**
 * The cascade drawing's cards (a NodeRenderer of the shared tree chart): what a node is, its name, its
 * performance status with an icon and words and what drove it, and its status, objectives and owner;
 * broken links, orphans, missing owners and non-priorities as badges with a warning shape.
 */
import { WarningIcon } from '../../charts/tree/icons.js';
import type { LaidNode } from '../../charts/tree/layout.js';
import { truncate } from '../../charts/tree/nodes.js';
import type { NodeDrawing, NodeRenderer } from '../../charts/tree/TreeItem.js';
import { RAG } from '../../ui/Rag.js';
import type { CascadeKind, CascadeRow } from './drawing.js';
import { PERFORMANCE_TEXT } from './PerformanceStatus.js';

export const CARD_WIDTH = 300;
export const CARD_HEIGHT = 76;

export const CASCADE_KIND_LABEL: Record<CascadeKind, string> = {
  COUNCIL: 'Council',
  CORPORATE: 'Corporate priority',
  DIRECTORATE: 'Directorate priority',
  SERVICE: 'Service priority',
  OBJECTIVE: 'Service-plan objective',
  TARGET: 'Target',
  APPRAISAL: 'Appraisal objective',
  GROUP: 'Group',
  NON_PRIORITY: 'Not a priority',
};

/** The words of a row's status: a priority's performance, an objective's milestones. */
function statusWords(row: CascadeRow): string | null {
  if (!row.status) return null;
  const words = row.kind === 'OBJECTIVE' ? (row.reason ?? RAG[row.status].text) : PERFORMANCE_TEXT[row.status];
  return `${RAG[row.status].icon} ${words}`;
}

function label(n: LaidNode<CascadeRow>): string {
  const row = n.row!;
  const parts = [row.name, CASCADE_KIND_LABEL[row.kind]];
  if (row.status) {
    const words = row.kind === 'OBJECTIVE' ? row.reason : PERFORMANCE_TEXT[row.status];
    parts.push(row.kind === 'OBJECTIVE' ? `milestones: ${words}` : `performance: ${words}${row.reason ? `, ${row.reason}` : ''}`);
  }
  if (row.subtitle) parts.push(row.subtitle);
  for (const f of row.findings) parts.push(`${f.severity === 'info' ? '' : 'warning: '}${f.label}, ${f.message}`);
  if (n.childCount) parts.push(`${n.childCount} below`);
  return parts.join(', ');
}

function Card({ n, d }: { n: LaidNode<CascadeRow>; d: NodeDrawing }) {
  const row = n.row!;
  const { width, height, detailed } = d;
  if (!detailed) {
    return (
      <text className="node__name node__name--far" x={12} y={height / 2 + 8}>
        {truncate(row.name, 20)}
      </text>
    );
  }
  const badge = row.findings[0];
  const words = statusWords(row);
  return (
    <>
      <text className="node__kind" x={14} y={17}>
        {CASCADE_KIND_LABEL[row.kind]}
      </text>
      {badge && (
        <g className={badge.severity === 'info' ? 'node__info' : 'node__finding'} transform={`translate(${width - 104},5)`}>
          <rect width={98} height={17} rx={8} />
          {badge.severity !== 'info' && <WarningIcon x={5} y={2.5} />}
          <text x={badge.severity === 'info' ? 49 : 20} y={12.5} textAnchor={badge.severity === 'info' ? 'middle' : undefined}>
            {badge.severity === 'info' ? `⊘ ${badge.label}` : truncate(badge.label, 11)}
            {row.findings.length > 1 ? ` +${row.findings.length - 1}` : ''}
          </text>
        </g>
      )}
      <text className="node__name" x={14} y={36}>
        {truncate(row.name, 36)}
      </text>
      {words ? (
        <g transform="translate(14,44)">
          <rect className={`node__rag node__rag--${row.status}`} width={Math.min(112, 12 + words.length * 6.6)} height={17} rx={4} />
          <text className={`node__rag-text node__rag-text--${row.status}`} x={6} y={12.5}>
            {words}
          </text>
          {row.kind !== 'OBJECTIVE' && row.reason && (
            <text className="node__sub" x={120} y={12.5}>
              {truncate(row.reason, 24)}
            </text>
          )}
        </g>
      ) : null}
      {row.subtitle && (
        <text className="node__sub" x={14} y={words ? 72 : 56}>
          {truncate(row.subtitle, 44)}
        </text>
      )}
    </>
  );
}

/** The renderer the cascade drawing passes to the tree chart (one object: cards redraw only when their node changes). */
export const CASCADE_NODES: NodeRenderer<CascadeRow> = {
  label,
  className: (n) => {
    const row = n.row!;
    const serious = row.findings.some((f) => f.severity === 'high');
    return `node--${row.kind.toLowerCase().replace('_', '-')}${serious ? ' node--finding' : ''}${row.broken ? ' node--broken' : ''}`;
  },
  content: (n, d) => <Card n={n} d={d} />,
  linkClass: (target) => (target.row?.broken ? 'link--broken' : ''),
};
