/**
 * Q1 and Q2: a clear, agreed direction, formulated with the workforce, partners and user groups
 * (docs/methods/health-check.md, "Questions").
 */
import type { EngagementGroupKind } from '../cascade/types.js';
import type { Facts } from './facts.js';
import { limitsMeasure, MAIN, mainShare, NO_MAIN, pnode, RECORD_MAIN } from './measures.js';
import { buildAnswer, type HealthCheckAnswer, type Measure, share } from './model.js';

export function q1Direction(f: Facts): HealthCheckAnswer {
  const nonPriorities = f.nonPriorities.length;
  const stated: Measure = {
    key: 'nonPriorities',
    numerator: nonPriorities,
    denominator: null,
    score: f.main.length === 0 ? null : nonPriorities > 0 ? 4 : 0,
    text:
      nonPriorities > 0
        ? `${nonPriorities} explicit ${nonPriorities === 1 ? 'non-priority is' : 'non-priorities are'} stated for ${f.e.period}`
        : `Nothing is stated as not a priority for ${f.e.period}`,
    definition:
      'Explicit non-priorities (a priority marked "not a priority" with its reason) of the period: at least one scores 4, none 0.',
    improve: 'Say clearly what is not a priority this year, with the reason.',
    record: RECORD_MAIN(f),
    nodes: f.nonPriorities.map((p) => ({ kind: 'Priority', id: p.id, ok: true })),
    lead: false,
  };
  const limits = limitsMeasure(f, 'limits');
  return buildAnswer({
    key: 'Q1_DIRECTION',
    section: 'QUESTION',
    title: 'A clear, agreed direction and set of priorities',
    claim: 'councillors and managers have a clear, agreed direction and set of priorities',
    measures: [
      mainShare(f, {
        key: 'agreed',
        ok: (p) => p.status !== 'DRAFT',
        phrase: 'are agreed',
        definition: 'are AGREED or COMMUNICATED',
        improve: 'Take the draft priorities to the executive for agreement.',
        lead: true,
      }),
      mainShare(f, {
        key: 'owned',
        ok: (p) => p.ownerId !== null,
        phrase: 'have an owner',
        definition: 'have an owner named',
        improve: 'Name an owner for every corporate and directorate priority.',
      }),
      limits,
      stated,
    ],
  });
}

const GROUPS: { key: string; label: string; kinds: EngagementGroupKind[]; hardToReach?: boolean }[] = [
  { key: 'serviceUsers', label: 'service users', kinds: ['SERVICE_USERS'] },
  { key: 'carers', label: 'carers', kinds: ['CARERS'] },
  { key: 'staff', label: 'staff', kinds: ['STAFF'] },
  { key: 'partners', label: 'partners or providers', kinds: ['PARTNERS', 'PROVIDERS'] },
  { key: 'hardToReach', label: 'hard-to-reach groups', kinds: [], hardToReach: true },
];

export function q2Engagement(f: Facts): HealthCheckAnswer {
  const byPriority = new Map<number, { kind: EngagementGroupKind; hardToReach: boolean }[]>();
  for (const c of f.e.cascade.consultations) {
    for (const pid of new Set(c.priorityIds)) {
      const list = byPriority.get(pid);
      if (list) list.push(...c.groups);
      else byPriority.set(pid, [...c.groups]);
    }
  }
  return buildAnswer({
    key: 'Q2_ENGAGEMENT',
    section: 'QUESTION',
    title: 'Direction formulated with the workforce, partners and user groups',
    claim: 'the direction was formulated with the workforce, key partners and user groups',
    measures: GROUPS.map((g) =>
      share({
        key: g.key,
        items: f.main,
        ok: (p) => (byPriority.get(p.id) ?? []).some((x) => (g.hardToReach ? x.hardToReach : g.kinds.includes(x.kind))),
        node: pnode,
        text: (n, d) => `${g.label.charAt(0).toUpperCase()}${g.label.slice(1)} were consulted on ${n} of ${d} ${MAIN}`,
        none: NO_MAIN(f),
        definition:
          `Active corporate and directorate priorities of the period informed by at least one consultation that included ` +
          `${g.hardToReach ? 'a group marked hard-to-reach' : `a group of kind ${g.kinds.join(' or ')}`}, out of all of them.`,
        improve: `Consult ${g.label} on the priorities they were not asked about, and link the consultation to the priorities.`,
        record: RECORD_MAIN(f),
        lead: true,
      }),
    ),
  });
}
