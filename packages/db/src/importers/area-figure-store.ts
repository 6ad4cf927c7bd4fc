/**
 * Storing England's and the regions' published figures read from a national file (ascof, ascof_outcomes):
 * compared with what is stored at the precision the source publishes (samePublishedNumber), so a second
 * import of the same file creates and changes nothing. Written in the import's transaction.
 */
import type { RequiredEntityData } from '@mikro-orm/core';
import { AreaFigure } from '../indicators/area.entity.js';
import type { Em } from '../orm.js';
import { bulkInsert } from '../shared/bulk-insert.js';
import { planImport, type ImportPlan } from './import-plan.js';
import { PUBLISHED_FIGURE_FIELDS, samePublishedFigure, storedForRows } from './published-figure.js';
import type { ParsedAreaFigure } from './measurement-types.js';

export type AreaFigurePlan = ImportPlan<ParsedAreaFigure, { id: number }>;

/** Compares the areas' figures with what is stored. Reads only (one statement per 500 indicators). */
export async function planAreaFigureImport(em: Em, rows: readonly ParsedAreaFigure[]): Promise<AreaFigurePlan> {
  if (!rows.length) return { create: [], change: [], unchanged: 0 };
  const fields = ['id', 'area', 'indicator', 'period', 'disaggregation', ...PUBLISHED_FIGURE_FIELDS] as const;
  const existing = await storedForRows(
    rows,
    (ids, periods) => em.find(AreaFigure, { indicator: { $in: ids }, period: { $in: periods } }, { fields, disableIdentityMap: true }),
    (f): string => `${f.area.id}|${f.indicator.id}|${f.period}|${f.disaggregation}`,
  );
  const plan = planImport(
    rows,
    (r) => existing.get(`${r.areaId}|${r.indicatorId}|${r.period}|${r.disaggregation}`),
    (row, f) => samePublishedFigure(f, row),
  );
  return { ...plan, change: plan.change.map(({ row, existing: f }) => ({ row, existing: { id: f.id } })) };
}

/** Writes the plan: new figures in bulk, changed ones one statement each (a publication revises few). */
export async function applyAreaFigureImport(em: Em, plan: AreaFigurePlan, source: string | null): Promise<void> {
  const now = new Date();
  const figures = (r: ParsedAreaFigure) => ({
    value: r.value,
    valueStatus: r.valueStatus,
    numerator: r.numerator,
    denominator: r.denominator,
    note: r.note,
    source,
    updatedAt: now,
  });
  const created = plan.create.map(
    (r): RequiredEntityData<AreaFigure> => ({
      area: r.areaId,
      indicator: r.indicatorId,
      period: r.period,
      periodKind: r.periodKind,
      periodStart: r.periodStart,
      disaggregation: r.disaggregation,
      ...figures(r),
      version: 1,
      createdAt: now,
    }),
  );
  await bulkInsert(em, AreaFigure, created);
  for (const { row, existing } of plan.change) {
    await em.createQueryBuilder(AreaFigure).update(figures(row)).where({ id: existing.id }).execute('run');
  }
}
