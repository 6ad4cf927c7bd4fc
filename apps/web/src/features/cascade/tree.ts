/**
 * The cascade as the API returns it (corporate priorities with children two levels down, and
 * detached ones) indexed by id with each priority's parent, for deep links and breadcrumbs. Pure.
 */
import type { CascadePriorityFieldsFragment } from '../../graphql/graphql.js';

export type CascadeNode = CascadePriorityFieldsFragment & { children?: CascadeNode[] | null };

export interface CascadeIndex {
  byId: ReadonlyMap<string, CascadeNode>;
  parentOf: ReadonlyMap<string, string | null>;
  /** The objective id -> the priorities it delivers. */
  objectivePriorities: ReadonlyMap<string, string[]>;
}

export function flattenCascade(corporate: readonly CascadeNode[], detached: readonly CascadeNode[] = []): CascadeIndex {
  const byId = new Map<string, CascadeNode>();
  const parentOf = new Map<string, string | null>();
  const objectivePriorities = new Map<string, string[]>();
  const walk = (n: CascadeNode, parent: string | null) => {
    if (byId.has(n.id)) return;
    byId.set(n.id, n);
    parentOf.set(n.id, parent);
    for (const o of n.objectives) objectivePriorities.set(o.id, [...(objectivePriorities.get(o.id) ?? []), n.id]);
    for (const c of n.children ?? []) walk(c, n.id);
  };
  for (const n of corporate) walk(n, null);
  for (const n of detached) walk(n, null);
  return { byId, parentOf, objectivePriorities };
}

/** Ids from the top priority down to this one (inclusive); empty when unknown. */
export function pathTo(index: CascadeIndex, id: string): string[] {
  if (!index.byId.has(id)) return [];
  const path: string[] = [];
  for (let at: string | null | undefined = id; at; at = index.parentOf.get(at)) {
    path.unshift(at);
    if (path.length > 10) break;
  }
  return path;
}

/** Every objective under a priority (its own and its descendants'), each once. */
export function objectivesUnder(node: CascadeNode): CascadeNode['objectives'] {
  const seen = new Map<string, CascadeNode['objectives'][number]>();
  const walk = (n: CascadeNode) => {
    for (const o of n.objectives) if (!seen.has(o.id)) seen.set(o.id, o);
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return [...seen.values()];
}

/** Every indicator measuring a priority: targets on it, its objectives and the priorities below. */
export function indicatorsUnder(node: CascadeNode): Array<{
  indicatorId: string;
  indicatorName: string;
  periods: string[];
  targets: Array<{ period: string; value: number; via: string }>;
}> {
  const out = new Map<
    string,
    { indicatorId: string; indicatorName: string; periods: string[]; targets: Array<{ period: string; value: number; via: string }> }
  >();
  const add = (t: { indicatorId: string; indicatorName: string; period: string; value: number }, via: string) => {
    const e = out.get(t.indicatorId) ?? { indicatorId: t.indicatorId, indicatorName: t.indicatorName, periods: [], targets: [] };
    if (!e.periods.includes(t.period)) e.periods.push(t.period);
    if (!e.targets.some((x) => x.period === t.period && x.via === via)) e.targets.push({ period: t.period, value: t.value, via });
    out.set(t.indicatorId, e);
  };
  const walk = (n: CascadeNode) => {
    for (const t of n.targets) add(t, n.name);
    for (const o of n.objectives) for (const t of o.targets) add(t, o.name);
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return [...out.values()].sort((a, b) => a.indicatorName.localeCompare(b.indicatorName, 'en-GB'));
}
