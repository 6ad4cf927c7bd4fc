/**
 * Q7's comparison with the comparator group: did the council's national indicators move better than
 * its comparator group's median over the same two published periods (docs/methods/health-check.md, Q7)?
 */
import type { NationalComparisonRow } from './evidence.js';
import type { Facts } from './facts.js';
import { type Measure, share } from './model.js';

/** How many indicators' figures the measure's text names (those holding the score down first). */
export const NAMED_COMPARISONS = 3;

/** The change from the previous period in the better direction (positive: improved). */
export function betterBy(polarity: NationalComparisonRow['polarity'], from: number, to: number): number {
  return polarity === 'HIGHER_IS_BETTER' ? to - from : from - to;
}

/** The council's change beats the group median's change (by more than rounding noise). */
export function outpacedGroup(r: NationalComparisonRow): boolean {
  return betterBy(r.polarity, r.previousValue, r.value) > betterBy(r.polarity, r.previousMedian, r.median) + 1e-9;
}

/** A figure as the answer prints it: at most 2 decimals, no trailing zeros (540.1, 19, 0.41). */
export function figure(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function signed(x: number): string {
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${figure(r)}` : r === 0 ? '0' : `${figure(r)}`;
}

/** "ASCOF 2A2 540.1 to 560.3 (-20.2) against the median's 520 to 515.2 (+4.8), 2022-23 to 2023-24" (change in the better direction). */
export function comparisonText(r: NationalComparisonRow): string {
  return (
    `${r.label} ${figure(r.previousValue)} to ${figure(r.value)} (${signed(betterBy(r.polarity, r.previousValue, r.value))}) ` +
    `against the median's ${figure(r.previousMedian)} to ${figure(r.median)} ` +
    `(${signed(betterBy(r.polarity, r.previousMedian, r.median))}), ${r.previousPeriod} to ${r.period}`
  );
}

export function comparatorTravelMeasure(f: Facts): Measure {
  const rows = f.e.nationalComparisons ?? [];
  const groups = [...new Set(rows.map((r) => r.groupName))];
  const group = groups.length === 1 ? `the median of ${groups[0]}` : "their comparator group's median";
  const named = [...rows.filter((r) => !outpacedGroup(r)), ...rows.filter(outpacedGroup)].slice(0, NAMED_COMPARISONS);
  return share({
    key: 'comparatorTravel',
    items: rows,
    ok: outpacedGroup,
    node: (r) => ({ kind: 'Indicator', id: r.indicatorId }),
    text: (n, d) =>
      `${n} of ${d} national indicators moved better than ${group} ` +
      `(changes in the better direction: ${named.map(comparisonText).join('; ')}${rows.length > named.length ? '; ...' : ''})`,
    none: 'No national indicator in use has two published figures to set against its comparator group',
    definition:
      'National indicators (ASCOF, Oflog, PAF) in use that have a polarity, and published figures of the council for their latest ' +
      "two consecutive published periods, and the comparator group's median of both (the council's own comparator group, else " +
      'councils of the same type): those whose change in the better direction is larger than the median change, out of all of them.',
    improve: 'Learn from the councils in the group that improved faster on the national indicators where the council fell behind.',
    record: 'Publish the national indicators for at least two periods, and define the comparator group.',
  });
}
