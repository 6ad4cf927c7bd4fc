/** Golden-thread checks of targets: ambitious but realistic (checks.ts). */
import { type Finding } from '../findings.js';
import { type CascadeIndex } from './model.js';
import { list, num, q } from './text.js';
import type { CascadeNodeRef, TargetRow } from './types.js';
import { UNREALISTIC_TREND_FACTOR } from './checks.codes.js';
import { finding } from './checks.shared.js';

function targetSubject(ix: CascadeIndex, t: TargetRow): { text: string; nodes: CascadeNodeRef[] } {
  const nodes: CascadeNodeRef[] = [ix.targetRef(t)];
  let where = '';
  const o = t.objectiveId === null ? undefined : ix.allObjectives.get(t.objectiveId);
  const p = t.priorityId === null ? undefined : ix.allPriorities.get(t.priorityId);
  if (o) {
    nodes.push(ix.objectiveRef(o));
    where = ` (objective ${q(o.name)})`;
  } else if (p) {
    nodes.push(ix.priorityRef(p));
    where = ` (priority ${q(p.name)})`;
  } else if (t.serviceId !== null) {
    nodes.push(ix.serviceRef(t.serviceId));
    where = ` (${ix.serviceName(t.serviceId)})`;
  }
  return { text: `The ${t.period} target of ${num(t.value)} for ${q(t.indicatorName)}${where}`, nodes };
}

export function targetAmbition(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  for (const t of ix.targets) {
    const ctx = t.context;
    if (!ctx) continue;
    const better = ctx.polarity === 'HIGHER_IS_BETTER' ? 1 : -1;
    const polarityText = ctx.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better';
    const subject = targetSubject(ix, t);

    if (ctx.currentValue !== null && (t.value - ctx.currentValue) * better < 0) {
      out.push(
        finding(
          'UNAMBITIOUS_TARGET',
          subject.nodes,
          `${subject.text} is worse than current performance (${num(ctx.currentValue)}; ${polarityText}): meeting it would mean getting ` +
            `worse.`,
          `Set the target at or beyond current performance (${num(ctx.currentValue)})${
            ctx.bestComparatorValue !== null && (ctx.bestComparatorValue - ctx.currentValue) * better > 0
              ? `, moving towards the best comparator council (${num(ctx.bestComparatorValue)})`
              : ''
          }.`,
        ),
      );
    }

    const reasons: string[] = [];
    if (ctx.bestComparatorValue !== null && (t.value - ctx.bestComparatorValue) * better > 0) {
      reasons.push(`better than the best comparator council achieves (${num(ctx.bestComparatorValue)})`);
    }
    const change = ctx.typicalAnnualChange === null ? 0 : Math.abs(ctx.typicalAnnualChange);
    if (ctx.trendProjection !== null && change > 0 && (t.value - ctx.trendProjection) * better > UNREALISTIC_TREND_FACTOR * change) {
      reasons.push(
        `more than ${UNREALISTIC_TREND_FACTOR} years' typical change (${num(change)} a year) beyond where the current trend leads ` +
          `(${num(ctx.trendProjection)})`,
      );
    }
    if (reasons.length > 0) {
      const realistic = [
        ...(ctx.trendProjection !== null ? [`the trend projection (${num(ctx.trendProjection)})`] : []),
        ...(ctx.bestComparatorValue !== null ? [`the best comparator (${num(ctx.bestComparatorValue)})`] : []),
      ];
      out.push(
        finding(
          'UNREALISTIC_TARGET',
          subject.nodes,
          `${subject.text} is unlikely to be achievable (${polarityText}): it is ${list(reasons)}.`,
          `Review the target with the indicator's owner and set a level that stretches but can be reached${
            realistic.length > 0 ? `, informed by ${list(realistic)}` : ''
          }, or record the evidence for expecting a step change.`,
        ),
      );
    }
  }
  return out;
}
