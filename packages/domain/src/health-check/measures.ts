/** The measures several answers share (questions, barriers, habits): shares over the main priorities, indicators and staff. */
import type { PriorityRow } from '../cascade/types.js';
import type { HealthCheckIndicatorRow } from './evidence.js';
import { type Facts, node } from './facts.js';
import { type Measure, share } from './model.js';

export const MAIN = 'corporate and directorate priorities';
export const NO_MAIN = (f: Facts) => `No corporate or directorate priorities are recorded for ${f.e.period}`;
export const RECORD_MAIN = (f: Facts) => `Record the council's corporate and directorate priorities for ${f.e.period}.`;
export const pnode = (p: PriorityRow) => node('Priority', p.id);
export const inode = (i: HealthCheckIndicatorRow) => node('Indicator', i.id);

/** A share over the main priorities (corporate and directorate, active, of the period). */
export function mainShare(
  f: Facts,
  spec: { key: string; ok: (p: PriorityRow) => boolean; phrase: string; definition: string; improve: string; lead?: boolean },
): Measure {
  return share({
    key: spec.key,
    items: f.main,
    ok: spec.ok,
    node: pnode,
    text: (n, d) => `${n} of ${d} ${MAIN} ${spec.phrase}`,
    none: NO_MAIN(f),
    definition:
      `Active corporate and directorate priorities of the period (not explicit ` +
      `non-priorities) that ${spec.definition}, out of all of them.`,
    improve: spec.improve,
    record: RECORD_MAIN(f),
    lead: spec.lead,
  });
}

/** Levels with a configured limit: is each scope (council, directorate, service) within it? (B3, H5) */
export function limitsMeasure(f: Facts, key: string): Measure {
  const limits = f.e.cascade.council.priorityLimits;
  const groups: { label: string; count: number; limit: number; ids: number[] }[] = [];
  for (const level of ['CORPORATE', 'DIRECTORATE', 'SERVICE'] as const) {
    const limit = limits[level];
    if (limit === null) continue;
    const at = f.active.filter((p) => p.level === level);
    const byScope = new Map<string, PriorityRow[]>();
    if (level === 'CORPORATE') byScope.set('council', at);
    for (const p of level === 'CORPORATE' ? [] : at) {
      const scope = `${level === 'DIRECTORATE' ? p.directorateId : p.serviceId}`;
      const list = byScope.get(scope);
      if (list) list.push(p);
      else byScope.set(scope, [p]);
    }
    for (const [scope, ps] of byScope) groups.push({ label: `${level}:${scope}`, count: ps.length, limit, ids: ps.map((p) => p.id) });
  }
  const m = share({
    key,
    items: groups,
    ok: (g) => g.count <= g.limit,
    node: () => null,
    text: (n, d) => `${n} of ${d} ${d === 1 ? 'level or area is' : 'levels and areas are'} within the council's limit on priorities`,
    none: 'The council has not set a limit on the number of priorities at any level',
    definition:
      'For each level with a configured limit, each scope (corporate: the council; directorate: each directorate; service: each ' +
      'service) with active priorities at that level: the scopes whose count of active priorities (any status) is at most the ' +
      'limit, out of all such scopes (the TOO_MANY_PRIORITIES rule).',
    improve: 'Cut the priorities where there are more than the limit, or record what is explicitly not a priority.',
    record: "Record the council's limit on the number of corporate, directorate and service priorities.",
  });
  for (const g of groups) for (const id of g.ids) m.nodes.push({ kind: 'Priority', id, ok: g.count <= g.limit });
  return m;
}

/** Indicators whose latest due period has a VALIDATED or PUBLISHED value (Q3, H6). */
export const validated = (i: HealthCheckIndicatorRow) => i.status === 'VALIDATED' || i.status === 'PUBLISHED';

/** The figure when no indicator in use has a period due. */
export const noneDue = (f: Facts) => `No indicator in use has a period due in ${f.e.period}`;

export function indicatorShare(
  f: Facts,
  items: readonly HealthCheckIndicatorRow[],
  spec: {
    key: string;
    ok: (i: HealthCheckIndicatorRow) => boolean;
    text: (n: number, d: number) => string;
    definition: string;
    improve: string;
  },
  none = `No indicators in use are recorded for ${f.e.period}`,
): Measure {
  return share({
    key: spec.key,
    items,
    ok: spec.ok,
    node: inode,
    text: spec.text,
    none,
    definition: spec.definition,
    improve: spec.improve,
    record: 'Record the indicators the council uses, with their data owners, targets and values for the period.',
  });
}

export function miOwnerMeasure(f: Facts): Measure {
  const ids = [...new Set(f.e.miOwnerIds)];
  return {
    key: 'miOwner',
    numerator: ids.length,
    denominator: null,
    score: ids.length === 1 ? 4 : 0,
    text:
      ids.length === 1
        ? 'One senior manager is responsible for management information'
        : ids.length === 0
          ? 'No senior manager is named as responsible for management information'
          : `${ids.length} people are named as responsible for management information, not one`,
    definition:
      'People named as the senior manager responsible for accurate and timely management information: exactly one scores 4, else 0.',
    improve: 'Name exactly one senior manager as responsible for management information.',
    record: '',
    nodes: ids.map((id) => ({ kind: 'Person', id, ok: ids.length === 1 })),
    lead: false,
  };
}

export function dataOwnerMeasure(f: Facts): Measure {
  return indicatorShare(f, f.indicators, {
    key: 'dataOwners',
    ok: (i) => i.dataOwnerId !== null,
    text: (n, d) => `${n} of ${d} indicators in use have a data owner`,
    definition: 'Indicators in use in the period with a data owner named for the council, out of all indicators in use.',
    improve: 'Name a data owner for every indicator in use.',
  });
}

export function staffThreadMeasure(f: Facts, lead: boolean): Measure {
  const c = f.coverage.staffWithThread;
  const missing = new Set(c.missingIds);
  return share({
    key: 'staffThread',
    items: [...new Set(f.e.cascade.staff.map((s) => s.id))],
    ok: (id) => !missing.has(id),
    node: (id) => node('Person', id),
    text: (n, d) => `${n} of ${d} staff have an agreed appraisal objective that traces to a corporate priority`,
    none: 'No staff who should have appraisal objectives are recorded',
    definition:
      'Staff expected to have appraisal objectives with at least one agreed appraisal objective of the period whose thread reaches ' +
      'an active corporate priority (goldenThreadCoverage staffWithThread), out of all of them.',
    improve: 'Agree appraisal objectives with the staff who have none, aimed at a service objective or priority.',
    record: 'Record the staff who should have appraisal objectives, and their objectives for the period.',
    lead,
  });
}

export const agreedAppraisals = (f: Facts) => f.e.cascade.appraisalObjectives.filter((a) => a.period === f.e.period && a.agreedOn !== null);

export function reviewedMeasure(f: Facts): Measure {
  return share({
    key: 'reviewed',
    items: agreedAppraisals(f),
    ok: (a) => a.reviewedOn !== null,
    node: (a) => node('AppraisalObjective', a.id),
    text: (n, d) => `${n} of ${d} agreed appraisal objectives have been reviewed`,
    none: `No agreed appraisal objectives are recorded for ${f.e.period}`,
    definition: 'Agreed appraisal objectives of the period with a review date, out of all agreed appraisal objectives of the period.',
    improve: 'Ask managers to review the appraisal objectives not yet reviewed.',
    record: 'Record staff appraisal objectives, the day each was agreed and reviewed, and the rating.',
  });
}
