/**
 * One measure, one exception: Oflog ASC1-ASC5 republish ASCOF measures, so a council's exceptions of a
 * period name each measure once, as the ASCOF indicator, naming both codes ("(ASCOF 2D, also Oflog ASC5)").
 * Which measure is which is data (OFLOG_MEASURES in measures.ts), read through sameMeasureAs.
 */
import type { IndicatorFramework } from './enums.js';
import type { PerformanceException } from './exceptions.js';
import { sameMeasureAs } from './measures.js';

export interface ExceptionIndicator {
  id: number;
  framework: IndicatorFramework;
  code: string;
  /** The code as published (3D(1) for 3D1), when it differs. */
  displayCode?: string | null;
}

const FRAMEWORK_WORDS: Partial<Record<IndicatorFramework, string>> = { OFLOG: 'Oflog' };

/** "ASCOF 3D(1)", "Oflog ASC3". */
export function measureName(ind: ExceptionIndicator): string {
  return `${FRAMEWORK_WORDS[ind.framework] ?? ind.framework} ${ind.displayCode || ind.code}`;
}

/**
 * Drops an exception of an indicator whose same measure (the ASCOF one) is among the exceptions too, and
 * adds "(ASCOF 2D, also Oflog ASC5)" to the kept one's message. An Oflog exception whose ASCOF measure is
 * not an exception (no ASCOF value that year) is kept. Order is kept.
 */
export function oneExceptionPerMeasure<E extends PerformanceException>(
  exceptions: readonly E[],
  indicators: ReadonlyMap<number, ExceptionIndicator>,
): Array<E & { alsoCodes: string[] }> {
  const byKey = new Map<string, number>();
  for (const e of exceptions) {
    const ind = indicators.get(e.indicatorId);
    if (ind) byKey.set(`${ind.framework}:${ind.code}`, e.indicatorId);
  }
  const also = new Map<number, string[]>();
  const dropped = new Set<number>();
  for (const e of exceptions) {
    const ind = indicators.get(e.indicatorId);
    const same = ind ? sameMeasureAs(ind) : null;
    const keeper = same ? byKey.get(`${same.framework}:${same.code}`) : undefined;
    if (ind && keeper !== undefined) {
      dropped.add(e.indicatorId);
      also.set(keeper, [...(also.get(keeper) ?? []), measureName(ind)]);
    }
  }
  return exceptions
    .filter((e) => !dropped.has(e.indicatorId))
    .map((e) => {
      const codes = also.get(e.indicatorId) ?? [];
      const own = indicators.get(e.indicatorId);
      const named = own ? `${measureName(own)}, also ` : 'also ';
      const message = codes.length ? `${e.message.replace(/\.$/, '')} (${named}${codes.join(', ')}).` : e.message;
      return { ...e, message, alsoCodes: codes };
    });
}
