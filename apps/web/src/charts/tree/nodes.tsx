/** The explorer's cards (a card per organisation unit or person, detail by zoom level), and the "show more" node of a paged fan-out. */
import { memo } from 'react';
import { KindIcon, WarningIcon } from './icons.js';
import type { BaseRow, LaidNode, TreeLayout, TreeNodeKind, TreeRow } from './layout.js';
import { fitText, textWidth } from './measure.js';
import type { NodeRenderer } from './TreeItem.js';

export const KIND_LABEL: Record<TreeNodeKind, string> = {
  COUNCIL: 'Council',
  BODY: 'Decision body',
  DIRECTORATE: 'Directorate',
  SERVICE: 'Service',
  TEAM: 'Team',
  GROUP: 'Group',
  PERSON: 'Person',
};

/** The kinds of the organisation's units under the council: the ones with an accountable owner and a headcount of their own. */
const UNIT_KINDS: ReadonlySet<TreeNodeKind> = new Set(['DIRECTORATE', 'SERVICE', 'TEAM']);

const peopleCount = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** Shortens a text to `max` characters at a word's end where it can, so what shows is the start of the name people hear. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:·&-]+$/, '')}…`;
}

export function nodeLabel(n: LaidNode): string {
  const row = n.row!;
  const parts = [row.name, KIND_LABEL[row.kind]];
  // A unit's subtitle names its owner (unless it says there is none); the others' say what they are.
  const owner = UNIT_KINDS.has(row.kind) && row.subtitle !== 'No accountable owner';
  if (row.subtitle) parts.push(owner ? `owner ${row.subtitle}` : row.subtitle);
  if (row.headcount && (UNIT_KINDS.has(row.kind) || row.kind === 'COUNCIL')) parts.push(peopleCount(row.headcount));
  for (const f of row.findings) parts.push(`finding: ${f.label}`);
  if (n.childCount) parts.push(`${n.childCount} below`);
  return parts.join(', ');
}

const headcountScales = new WeakMap<object, (n: number) => number>();
/**
 * The headcount bar's scale, one per layout (the largest unit in it has the full width): a square-root scale from
 * [0, largest] to [0, width], written out rather than d3-scale's scaleSqrt, which would bring 16 KB of compressed
 * script (d3-scale, d3-interpolate, d3-format) into the explorer's first load for this one line (issue 17).
 */
function headcountScale(layout: TreeLayout): (n: number) => number {
  let scale = headcountScales.get(layout);
  if (!scale) {
    let max = 1;
    for (const n of layout.nodes) max = Math.max(max, n.row?.headcount ?? 0);
    const perRoot = (layout.nodeWidth - 16) / Math.sqrt(max);
    scale = (n) => Math.sign(n) * Math.sqrt(Math.abs(n)) * perRoot;
    headcountScales.set(layout, scale);
  }
  return scale;
}

/** The explorer's cards: kind icon, name, owner or job title with headcount, findings and a headcount bar. */
export function organisationNodes(layout: TreeLayout): NodeRenderer<TreeRow> {
  const bar = headcountScale(layout);
  return {
    label: nodeLabel,
    className: (n) => `node--${n.row!.kind.toLowerCase()}${n.row!.findings.some((f) => f.severity !== 'info') ? ' node--finding' : ''}`,
    content: (n, { width, height, detailed }) => <OrganisationCard n={n} width={width} height={height} detailed={detailed} bar={bar} />,
  };
}

function OrganisationCard(props: { n: LaidNode; width: number; height: number; detailed: boolean; bar: (n: number) => number }) {
  const { n, width, height, detailed } = props;
  const row = n.row!;
  const headcount = UNIT_KINDS.has(row.kind) && row.headcount != null ? peopleCount(row.headcount) : null;
  const sub = [row.subtitle, headcount].filter(Boolean).join(' · ');
  const serious = row.findings.filter((f) => f.severity !== 'info');
  const info = row.findings.filter((f) => f.severity === 'info');
  const bar = row.kind !== 'PERSON' && row.headcount ? props.bar(row.headcount) : 0;
  if (!detailed) {
    return (
      <text className="node__name node__name--far" x={12} y={height / 2 + 7}>
        {truncate(row.name, 18)}
      </text>
    );
  }
  // Measured, not counted: the name ends before the badge beside it, the second line before the one below it.
  const badgeText = serious[0] ? `${fitText(serious[0].label, 64, 11, 700)}${serious.length > 1 ? ` +${serious.length - 1}` : ''}` : '';
  const badgeWidth = serious[0] ? Math.ceil(textWidth(badgeText, 11, 700)) + 28 : 0;
  const badgeX = width - 12 - badgeWidth;
  const infoText = info[0] ? `⇄ ${fitText(info[0].label, 48, 10.5, 600)}` : '';
  const infoWidth = info[0] ? Math.ceil(textWidth(infoText, 10.5, 600)) + 14 : 0;
  const nameMax = (serious[0] ? badgeX - 6 : width - 14) - 34;
  const subMax = (info[0] ? width - 12 - infoWidth - 6 : width - 14) - 12;
  return (
    <>
      <KindIcon kind={row.kind} x={12} y={8} />
      <text className="node__name" x={34} y={20}>
        {fitText(row.name, nameMax, 13.5, 600)}
      </text>
      <text className={`node__sub${row.subtitle === 'No accountable owner' ? ' node__sub--missing' : ''}`} x={12} y={38}>
        {fitText(sub, subMax, 12)}
      </text>
      {serious[0] && (
        <g className="node__finding" transform={`translate(${badgeX},6)`}>
          <rect width={badgeWidth} height={17} rx={8} />
          <WarningIcon x={5} y={2.5} />
          <text x={20} y={12.5}>
            {badgeText}
          </text>
        </g>
      )}
      {info[0] && (
        <g className="node__info" transform={`translate(${width - 12 - infoWidth},${height - 21})`}>
          <rect width={infoWidth} height={16} rx={8} />
          <text x={infoWidth / 2} y={11.5} textAnchor="middle">
            {infoText}
          </text>
        </g>
      )}
      {bar > 0 && <rect className="node__bar" x={12} y={height - 5} width={bar} height={2} />}
    </>
  );
}

interface MoreNodeProps {
  node: LaidNode<BaseRow>;
  width: number;
  height: number;
  tabbable: boolean;
  onMore: (parentId: string) => void;
  onFocusChange: (id: string) => void;
}

export const MoreNode = memo(function MoreNode({ node: n, width, height, tabbable, onMore, onFocusChange }: MoreNodeProps) {
  const label = `${n.hiddenCount.toLocaleString('en-GB')} more`;
  return (
    <g
      className="node node--more"
      role="treeitem"
      data-id={n.id}
      aria-level={n.level}
      aria-posinset={n.posInSet}
      aria-setsize={n.setSize}
      aria-label={`${label}, show next`}
      tabIndex={tabbable ? 0 : -1}
      transform={`translate(${n.x},${n.y})`}
      onClick={(e) => {
        e.stopPropagation();
        onFocusChange(n.id);
        onMore(n.parentId!);
      }}
      onFocus={() => onFocusChange(n.id)}
    >
      <rect className="node__box" width={width} height={height} rx={6} />
      <text className="node__name" x={width / 2} y={height / 2 + 5} textAnchor="middle">
        + {label} · show next
      </text>
    </g>
  );
});
