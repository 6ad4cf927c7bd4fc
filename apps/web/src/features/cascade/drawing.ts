/**
 * The priority cascade as rows of the shared tree layout (charts/tree/layout.ts): the council, its
 * corporate priorities, directorate and service priorities, the objectives delivering each and the
 * targets on both; then, as groups of their own, the priorities detached from the corporate level
 * (broken links), the orphan objectives and the explicit non-priorities. A person's appraisal
 * objective, when asked for, hangs under what it is aimed at, so its thread is a path of the tree.
 * Pure: tested without a browser.
 */
import type { BaseRow, Finding, TreeIndex } from '../../charts/tree/layout.js';
import { ancestorIds } from '../../charts/tree/layout.js';
import { ragOf, ROLLUP_TEXT, type RagValue } from '../../ui/Rag.js';
import { formatFigure, type FigurePrecision } from '../../ui/figures.js';
import type { CascadeNode } from './tree.js';

export type CascadeKind =
  | 'COUNCIL'
  | 'CORPORATE'
  | 'DIRECTORATE'
  | 'SERVICE'
  | 'OBJECTIVE'
  | 'TARGET'
  | 'APPRAISAL'
  | 'GROUP'
  | 'NON_PRIORITY';

export interface CascadeRow extends BaseRow {
  kind: CascadeKind;
  /** The API id of what the row draws (a priority, objective, target or appraisal objective); null for the council and groups. */
  refId: string | null;
  /** Performance status (priorities) or milestone roll-up (objectives); null where nothing is judged. */
  status: RagValue | null;
  /** The status in words with what drove it, e.g. "Off target on 2 of 3 measures". */
  reason: string | null;
  /** Third line: status, owner, service, target value. */
  subtitle: string | null;
  /** Broken links, orphans, non-priorities and gaps, drawn as badges. */
  findings: readonly Finding[];
  /** The link into this row is broken (a detached priority, an orphan objective). */
  broken: boolean;
}

export interface ObjectiveInput {
  id: string;
  name: string;
  service: { name: string };
  owner?: { name: string } | null;
  rollup: { status: string };
  targets: ReadonlyArray<{
    id: string;
    indicatorName: string;
    period: string;
    value: number;
    /** The indicator's published precision and unit: the value is written as its figures are. */
    precision?: FigurePrecision | null;
    unit?: string | null;
  }>;
}

export interface CascadeInput {
  corporate: readonly CascadeNode[];
  detached: readonly CascadeNode[];
  orphanObjectives: readonly ObjectiveInput[];
  nonPriorities: ReadonlyArray<{ id: string; name: string; level: string; reason?: string | null }>;
}

/** An appraisal objective to trace: aimed at an objective, or straight at a priority. */
export interface ThreadInput {
  id: string;
  name: string;
  objectiveId: string | null;
  priorityId: string | null;
}

export const ROOT_ID = 'cascade';
export const DETACHED_ID = 'group:detached';
export const ORPHANS_ID = 'group:orphans';
export const NON_PRIORITIES_ID = 'group:non-priorities';

const STATUS_WORDS: Record<string, string> = { DRAFT: 'Draft', AGREED: 'Agreed', COMMUNICATED: 'Communicated' };
const BROKEN: Finding = {
  code: 'BROKEN_LINK',
  severity: 'high',
  label: 'Broken link',
  message: 'not linked to a corporate priority',
};
const ORPHAN: Finding = { code: 'ORPHAN_OBJECTIVE', severity: 'high', label: 'Orphan', message: 'delivers no current priority' };
const NO_OWNER: Finding = { code: 'NO_OWNER', severity: 'medium', label: 'No owner', message: 'nobody owns it' };
const UNDELIVERED: Finding = {
  code: 'UNDELIVERED_PRIORITY',
  severity: 'medium',
  label: 'Undelivered',
  message: 'no priority or objective delivers it',
};
const NOT_PRIORITY: Finding = { code: 'NON_PRIORITY', severity: 'info', label: 'Not a priority', message: 'explicitly not a priority' };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function objectiveRowId(parentId: string, objectiveId: string): string {
  return `${parentId}/o/${objectiveId}`;
}

function base(id: string, parentId: string | null, kind: CascadeKind, name: string): CascadeRow {
  return { id, parentId, kind, name, refId: null, status: null, reason: null, subtitle: null, findings: [], broken: false };
}

/** Rows for the whole cascade; `thread` adds the appraisal objective under each place it is aimed at. */
export function cascadeRows(council: string, input: CascadeInput, thread: ThreadInput | null = null): CascadeRow[] {
  const rows: CascadeRow[] = [];
  const seen = new Set<string>();
  const corporate = input.corporate.length === 1 ? '1 corporate priority' : `${input.corporate.length} corporate priorities`;
  rows.push({ ...base(ROOT_ID, null, 'COUNCIL', council), subtitle: corporate });

  const addThread = (parentId: string) => {
    if (!thread) return;
    rows.push({
      ...base(`${parentId}/a/${thread.id}`, parentId, 'APPRAISAL', thread.name),
      refId: thread.id,
      subtitle: 'Appraisal objective',
    });
  };
  const addTargets = (parentId: string, targets: ObjectiveInput['targets']) => {
    for (const t of targets) {
      const value = formatFigure(t.value, t.unit, t.precision);
      rows.push({
        ...base(`${parentId}/t/${t.id}`, parentId, 'TARGET', t.indicatorName),
        refId: t.id,
        subtitle: `Target ${value} in ${t.period}`,
      });
    }
  };
  const addObjective = (parentId: string, o: ObjectiveInput, orphan: boolean) => {
    const id = objectiveRowId(parentId, o.id);
    const status = ragOf(o.rollup.status);
    rows.push({
      ...base(id, parentId, 'OBJECTIVE', o.name),
      refId: o.id,
      status,
      reason: ROLLUP_TEXT[status],
      subtitle: [o.service.name, o.owner?.name].filter(Boolean).join(' · '),
      findings: orphan ? [ORPHAN] : [],
      broken: orphan,
    });
    if (thread?.objectiveId === o.id) addThread(id);
    addTargets(id, o.targets);
  };
  const addPriority = (p: CascadeNode, parentId: string, detached: boolean) => {
    if (seen.has(p.id)) return;
    seen.add(p.id);
    const children = p.children ?? [];
    const findings: Finding[] = [];
    if (detached) findings.push(BROKEN);
    if (!p.owner) findings.push(NO_OWNER);
    if (!children.length && !p.objectives.length) findings.push(UNDELIVERED);
    const ragValue = ragOf(p.performanceStatus?.status);
    const objectives = p.rollup.objectives;
    rows.push({
      ...base(p.id, parentId, p.level as CascadeKind, p.name),
      refId: p.id,
      status: ragValue,
      reason: p.performanceStatus?.reason ?? null,
      subtitle: [STATUS_WORDS[p.status] ?? p.status, plural(objectives, 'objective'), p.owner?.name].filter(Boolean).join(' · '),
      findings,
      broken: detached,
    });
    if (thread?.priorityId === p.id && !thread.objectiveId) addThread(p.id);
    for (const c of children) addPriority(c, p.id, false);
    for (const o of p.objectives) addObjective(p.id, o, false);
    addTargets(p.id, p.targets);
  };

  for (const p of input.corporate) addPriority(p, ROOT_ID, false);
  if (input.detached.length) {
    rows.push({ ...base(DETACHED_ID, ROOT_ID, 'GROUP', 'Not linked to a corporate priority'), subtitle: 'The thread breaks above these' });
    for (const p of input.detached) addPriority(p, DETACHED_ID, true);
  }
  if (input.orphanObjectives.length) {
    rows.push({ ...base(ORPHANS_ID, ROOT_ID, 'GROUP', 'Orphan objectives'), subtitle: 'Deliver no current priority' });
    for (const o of input.orphanObjectives) addObjective(ORPHANS_ID, o, true);
  }
  if (input.nonPriorities.length) {
    rows.push({ ...base(NON_PRIORITIES_ID, ROOT_ID, 'GROUP', 'What we will not prioritise'), subtitle: 'Explicit non-priorities' });
    for (const n of input.nonPriorities) {
      rows.push({
        ...base(`np:${n.id}`, NON_PRIORITIES_ID, 'NON_PRIORITY', n.name),
        refId: n.id,
        subtitle: n.reason ? `Because: ${n.reason}` : null,
        findings: [NOT_PRIORITY],
      });
    }
  }
  return rows;
}

/**
 * The ids to highlight: the way from the top to the selected priority, and each place the thread's
 * appraisal objective hangs with everything above it. Empty when neither is in the tree.
 */
export function highlightedPath(index: TreeIndex<CascadeRow>, selectedId: string | null, thread: ThreadInput | null): Set<string> {
  const out = new Set<string>();
  const add = (id: string) => {
    if (!index.byId.has(id)) return;
    out.add(id);
    for (const a of ancestorIds(index, id)) out.add(a);
  };
  if (thread) {
    for (const [id, node] of index.byId) if (node.data.kind === 'APPRAISAL' && node.data.refId === thread.id) add(id);
  } else if (selectedId) add(selectedId);
  return out;
}

/** The row to open at first: the thread's first appraisal node, else the selected priority. */
export function focusTarget(index: TreeIndex<CascadeRow>, selectedId: string | null, thread: ThreadInput | null): string | null {
  if (thread) {
    for (const [id, node] of index.byId) if (node.data.kind === 'APPRAISAL' && node.data.refId === thread.id) return id;
  }
  return selectedId && index.byId.has(selectedId) ? selectedId : null;
}
