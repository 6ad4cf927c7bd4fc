/**
 * The test's own reading of a priority's performance status (test/api/cascade.performance-status.test.ts):
 * the seeded rows read with plain SQL (`readWorld`) and the status worked out from them alone
 * (`expectedStatus`). The rule in packages/domain/src/cascade/performance-status.ts is never called here.
 */
import type { Em } from '@goldenthread/db';
import { formatValue, publishedPrecision } from '@goldenthread/domain';

/** The year of the cascade the tests read. */
export const YEAR = '2024-25';

export type Row = Record<string, any>;
export type Rag = 'RED' | 'AMBER' | 'GREEN' | 'NONE';
const RANK: Record<Rag, number> = { NONE: 0, GREEN: 1, AMBER: 2, RED: 3 };
const worst = (list: Rag[]): Rag => list.reduce<Rag>((a, b) => (RANK[b] > RANK[a] ? b : a), 'NONE');

export interface World {
  priorities: Row[];
  objectiveLinks: Row[];
  milestones: Row[];
  objectiveTargets: Row[];
  priorityTargets: Row[];
  targets: Row[];
  indicators: Map<number, Row>;
  measurements: Row[];
}

/** The last day of a measurement's period. */
function periodEnd(start: string, kind: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + (kind === 'YEAR' ? 12 : kind === 'QUARTER' ? 3 : 1));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

interface Expected {
  status: Rag;
  decisive: string[];
  judged: number;
  red: number;
}

/** The status of a priority as this test reads the rule, from the rows alone. */
export function expectedStatus(w: World, priorityId: number, viewer: 'staff' | 'public', today: string): Expected {
  const visible = w.priorities.filter((p) => !p.is_non_priority && (viewer === 'staff' || p.status === 'COMMUNICATED'));
  const ids = new Set(visible.map((p) => p.id));
  const subtree = new Set<number>([priorityId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of visible)
      if (p.parent_id !== null && subtree.has(p.parent_id) && ids.has(p.id) && !subtree.has(p.id)) {
        subtree.add(p.id);
        grew = true;
      }
  }
  const objectives = new Set(w.objectiveLinks.filter((l) => subtree.has(l.priority_id)).map((l) => l.objective_id));
  // Milestones.
  let total = 0,
    overdue = 0,
    atRisk = 0;
  for (const m of w.milestones.filter((x) => objectives.has(x.objective_id))) {
    total += 1;
    const complete = m.completed_on !== null || m.status === 'COMPLETE';
    if (complete) continue;
    if (m.due < today || m.status === 'MISSED') overdue += 1;
    else if (m.status === 'AT_RISK') atRisk += 1;
  }
  const milestones: Rag = overdue ? 'RED' : atRisk ? 'AMBER' : total ? 'GREEN' : 'NONE';
  // Measures: one per indicator of the subtree's targets and national priorities.
  const targetIds = new Set([
    ...w.priorityTargets.filter((l) => subtree.has(l.priority_id)).map((l) => l.target_id),
    ...w.objectiveTargets.filter((l) => objectives.has(l.objective_id)).map((l) => l.target_id),
  ]);
  const targets = w.targets.filter((t) => targetIds.has(t.id));
  const indicatorIds = new Set<number>(targets.map((t) => t.indicator_id));
  for (const p of visible) if (subtree.has(p.id) && p.national_indicator_id !== null) indicatorIds.add(p.national_indicator_id);
  const statuses = viewer === 'staff' ? ['VALIDATED', 'PUBLISHED'] : ['PUBLISHED'];
  const rags: Rag[] = [];
  const directions: string[] = [];
  for (const indicatorId of indicatorIds) {
    const ind = w.indicators.get(indicatorId)!;
    if (ind.polarity === 'WITHIN_BAND') throw new Error('this test does not judge bands');
    if (ind.polarity === 'UNKNOWN') continue;
    const values = w.measurements
      .filter(
        (m) =>
          m.indicator_id === indicatorId && statuses.includes(m.status) && m.value_status === 'VALUE' && m.period_start <= '2025-03-31',
      )
      .sort((a, b) => a.period_start.localeCompare(b.period_start));
    const last = values[values.length - 1];
    if (!last || periodEnd(last.period_start, last.period_kind) < '2023-04-01') continue; // no data, or stale
    const latest = Number(last.value);
    let rag: Rag = 'NONE';
    for (const t of targets.filter((x) => x.indicator_id === indicatorId)) {
      const tolerance = Number(t.tolerance ?? ind.tolerance ?? 0);
      const allowed = (t.tolerance_kind ?? ind.tolerance_kind) === 'PERCENT' ? (Math.abs(t.value) * tolerance) / 100 : tolerance;
      const shortfall = ind.polarity === 'HIGHER_IS_BETTER' ? t.value - latest : latest - t.value;
      const one: Rag = shortfall <= 1e-9 ? 'GREEN' : shortfall <= allowed + 1e-9 ? 'AMBER' : 'RED';
      rag = worst([rag, one]);
    }
    rags.push(rag);
    // Direction of travel: the latest against the one before; no change within 2% of it or at the published precision.
    const sameKind = values.filter((m) => m.period_kind === last.period_kind);
    const [before, now] = sameKind.slice(-2).map((m) => Number(m.value));
    if (before !== undefined && now !== undefined) {
      const p = publishedPrecision({ framework: ind.framework, code: ind.code, unit: ind.unit });
      const same = formatValue(now, p) === formatValue(before, p) || Math.abs(now - before) <= 0.02 * Math.abs(before) + 1e-9;
      const worse = ind.polarity === 'HIGHER_IS_BETTER' ? now < before : now > before;
      directions.push(same ? 'STABLE' : worse ? 'DETERIORATING' : 'IMPROVING');
    }
  }
  const targetStatus = worst(rags);
  const directionStatus: Rag = directions.includes('DETERIORATING') ? 'AMBER' : directions.length ? 'GREEN' : 'NONE';
  const status = worst([targetStatus, milestones, directionStatus]);
  const decisive = new Set<string>();
  if (status !== 'NONE') {
    if (targetStatus === status) decisive.add({ RED: 'OFF_TARGET', AMBER: 'NEAR_TARGET', GREEN: 'ON_TARGET' }[status]);
    if (milestones === status)
      decisive.add({ RED: 'MILESTONES_OVERDUE', AMBER: 'MILESTONES_AT_RISK', GREEN: 'MILESTONES_ON_TRACK' }[status]);
    if (directionStatus === status) for (const d of directions) if (d === 'DETERIORATING' || status === 'GREEN') decisive.add(d);
  }
  return {
    status,
    decisive: [...decisive].sort(),
    judged: rags.filter((r) => r !== 'NONE').length,
    red: rags.filter((r) => r === 'RED').length,
  };
}

export async function readWorld(em: Em, councilId: number): Promise<World> {
  const sql = async (q: string, params: unknown[] = []) => (await em.getConnection().execute(q, params)) as Row[];
  const num = (rows: Row[], ...cols: string[]) =>
    rows.map((r) => ({ ...r, ...Object.fromEntries(cols.map((c) => [c, r[c] === null ? null : Number(r[c])])) }));
  const bool = (v: unknown) => v === true || v === 1 || v === '1';
  const priorities = num(
    await sql('select id, parent_id, status, is_non_priority, national_indicator_id from priority where council_id = ? and period = ?', [
      councilId,
      YEAR,
    ]),
    'id',
    'parent_id',
    'national_indicator_id',
  ).map((p) => ({ ...p, is_non_priority: bool(p.is_non_priority) }));
  const indicators = num(await sql('select * from indicator'), 'id', 'tolerance');
  return {
    priorities,
    objectiveLinks: num(
      await sql(
        'select l.objective_id, l.priority_id from objective_priority l join objective o on o.id = l.objective_id ' +
          'where o.council_id = ? and o.period = ?',
        [councilId, YEAR],
      ),
      'objective_id',
      'priority_id',
    ),
    milestones: num(
      await sql(
        'select m.objective_id, m.due, m.completed_on, m.status from milestone m join objective o on o.id = m.objective_id ' +
          'where o.council_id = ?',
        [councilId],
      ),
      'objective_id',
    ),
    objectiveTargets: num(await sql('select objective_id, target_id from objective_target'), 'objective_id', 'target_id'),
    priorityTargets: num(await sql('select priority_id, target_id from priority_target'), 'priority_id', 'target_id'),
    targets: num(
      await sql('select id, indicator_id, value, tolerance, tolerance_kind from target where council_id = ? and period = ?', [
        councilId,
        YEAR,
      ]),
      'id',
      'indicator_id',
      'value',
      'tolerance',
    ),
    indicators: new Map(indicators.map((i) => [i.id, i])),
    measurements: num(
      await sql(
        `select indicator_id, period_start, period_kind, value, value_status, status from measurement
          where council_id = ? and disaggregation = 'Total'`,
        [councilId],
      ),
      'indicator_id',
    ),
  };
}

export function flatten(cascade: any): any[] {
  const out: any[] = [];
  const walk = (n: any) => {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  for (const n of [...cascade.corporate, ...cascade.detached]) walk(n);
  return out;
}

export const dbId = (id: string) => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
