/**
 * The evidence of the priorities' performance status (packages/domain/src/cascade/performance-status.ts)
 * for a loaded cascade: the indicators of its targets and national priorities, and their values the
 * viewer may see. The council's staff are judged on validated values (VALIDATED or PUBLISHED: a
 * published value was validated first), everyone else on PUBLISHED ones; drafts never count. At most two
 * statements whatever the size of the cascade (the national indicators not already loaded with a
 * target, and the values of every indicator at once).
 */
import { Indicator, Measurement, MeasurementStatus, TOTAL, type Em } from '@goldenthread/db';
import {
  cascadePerformance,
  publishedPrecision,
  toPeriod,
  type Cascade,
  type CascadePerformanceInput,
  type IndicatorEvidence,
  type MeasureValue,
  type PerformanceStatus,
} from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { bandOf, measuredOf } from '../indicators/performance.service.js';
import type { CascadeData } from './cascade.snapshot.js';

/** Which values a viewer's status is judged on. */
export type PerformanceBasis = 'PUBLISHED' | 'VALIDATED';

export interface PerformanceStatuses {
  basis: PerformanceBasis;
  /** By priority id: the priorities of the cascade the viewer sees. */
  byPriority: Map<number, PerformanceStatus>;
}

export function basisFor(readsUnpublished: boolean): PerformanceBasis {
  return readsUnpublished ? 'VALIDATED' : 'PUBLISHED';
}

function evidenceOf(i: Indicator): Omit<IndicatorEvidence, 'values'> {
  return {
    indicator: { id: i.id, code: i.displayCode ?? i.code, title: i.title },
    polarity: i.polarity,
    band: bandOf(i),
    tolerance: i.tolerance,
    toleranceKind: i.toleranceKind,
    precision: publishedPrecision(i),
  };
}

/** The statuses of every priority of the cascade, judged on the values of `basis`. */
export async function performanceStatuses(
  em: Em,
  data: CascadeData,
  cascade: Cascade,
  basis: PerformanceBasis,
): Promise<PerformanceStatuses> {
  const indicators = new Map<number, Indicator>();
  for (const t of data.targets) {
    const i = t.indicator.unwrap();
    indicators.set(i.id, i);
  }
  // The national indicator of each priority the viewer sees.
  const nationalIndicators = new Map<number, number>();
  for (const p of data.snapshot.priorities) {
    const id = idOf(data.priorities.get(p.id)?.nationalIndicator ?? null);
    if (id !== null) nationalIndicators.set(p.id, id);
  }
  const missing = [...new Set(nationalIndicators.values())].filter((id) => !indicators.has(id));
  if (missing.length) for (const i of await em.find(Indicator, { id: { $in: missing } })) indicators.set(i.id, i);

  const values = new Map<number, MeasureValue[]>();
  if (indicators.size) {
    const statuses = basis === 'VALIDATED' ? [MeasurementStatus.VALIDATED, MeasurementStatus.PUBLISHED] : [MeasurementStatus.PUBLISHED];
    const rows = await em.find(
      Measurement,
      {
        council: data.council.id,
        indicator: { $in: [...indicators.keys()] },
        disaggregation: TOTAL,
        status: { $in: statuses },
        periodStart: { $lte: toPeriod(data.snapshot.period, 'YEAR').end },
      },
      { fields: ['indicator', 'period', 'periodKind', 'value', 'valueStatus'], disableIdentityMap: true },
    );
    for (const m of rows) {
      const list = values.get(m.indicator.id) ?? [];
      list.push({ period: m.period, kind: m.periodKind, value: measuredOf(m)! });
      values.set(m.indicator.id, list);
    }
  }
  const input: CascadePerformanceInput = {
    indicators: new Map([...indicators.values()].map((i) => [i.id, { ...evidenceOf(i), values: values.get(i.id) ?? [] }])),
    nationalIndicators,
    targetTolerances: new Map(data.targets.map((t) => [t.id, { tolerance: t.tolerance, toleranceKind: t.toleranceKind }])),
  };
  return { basis, byPriority: cascadePerformance(cascade, input) };
}
