/**
 * Storing England's and the regions' published figures read from a national file (ascof, ascof_outcomes):
 * compared with what is stored at the precision the source publishes (samePublishedNumber), so a second
 * import of the same file creates and changes nothing. Written in the import's transaction.
 */
import type { RequiredEntityData } from '@mikro-orm/core';
import { AreaFigure } from '../indicators/area.entity.js';
import type { Em } from '../orm.js';
import { bulkInsert, chunks } from '../shared/bulk-insert.js';
import { planImport, type ImportPlan } from './import-plan.js';
import { samePublishedNumber } from './measurement-store.js';
import type { ParsedAreaFigure } from './measurement-types.js';

type Stored = Pick<AreaFigure, 'id' | 'value' | 'valueStatus' | 'numerator' | 'denominator' | 'note'>;
export type AreaFigurePlan = ImportPlan<ParsedAreaFigure, { id: number }>;

const same = (row: ParsedAreaFigure, m: Stored) =>
  samePublishedNumber(m.value, row.value) &&
  m.valueStatus === row.valueStatus &&
  samePublishedNumber(m.numerator, row.numerator) &&
  samePublishedNumber(m.denominator, row.denominator) &&
  (m.note ?? null) === row.note;

/** Compares the areas' figures with what is stored. Reads only (one statement per 500 indicators). */
export async function planAreaFigureImport(em: Em, rows: readonly ParsedAreaFigure[]): Promise<AreaFigurePlan> {
  if (!rows.length) return { create: [], change: [], unchanged: 0 };
  const indicatorIds = [...new Set(rows.map((r) => r.indicatorId))];
  const periods = [...new Set(rows.map((r) => r.period))];
  const existing = new Map<string, Stored>();
  const fields = [
    'id',
    'area',
    'indicator',
    'period',
    'disaggregation',
    'value',
    'valueStatus',
    'numerator',
    'denominator',
    'note',
  ] as const;
  for (const ids of chunks(indicatorIds)) {
    const found = await em.find(AreaFigure, { indicator: { $in: ids }, period: { $in: periods } }, { fields, disableIdentityMap: true });
    for (const f of found) existing.set(`${f.area.id}|${f.indicator.id}|${f.period}|${f.disaggregation}`, f);
  }
  const plan = planImport(rows, (r) => existing.get(`${r.areaId}|${r.indicatorId}|${r.period}|${r.disaggregation}`), same);
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
