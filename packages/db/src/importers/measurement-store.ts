/**
 * Storing a measurement file: the plan (its rows against what is stored, reads only), then applying
 * it in one transaction. New ids come from the database's own counter (reserveIds), so single writes
 * and other imports running at the same time never collide with them; with an audited EntityManager
 * (an actor), every row written is recorded in the audit trail in the same transaction, in bulk.
 */
import type { RequiredEntityData } from '@mikro-orm/core';
import { MeasurementAction, MeasurementStatus } from '@goldenthread/domain';
import { auditSnapshot, recordAuditEvents, type AuditChange } from '../access/audit.js';
import { MeasurementHistory } from '../indicators/measurement-history.entity.js';
import { Measurement, TOTAL } from '../indicators/measurement.entity.js';
import type { Em } from '../orm.js';
import { bulkInsert, chunks } from '../shared/bulk-insert.js';
import { PUBLISHED_FIGURE_FIELDS, samePublishedFigure, storedForRows } from './published-figure.js';
import { planImport, type ImportPlan as Plan } from './import-plan.js';
import type { ParsedMeasurement } from './measurement-types.js';

type Stored = Pick<Measurement, 'id' | 'version' | 'value' | 'valueStatus' | 'numerator' | 'denominator' | 'note' | 'status'>;

/** How many rows a dry run shows (the first, by line); the counts cover them all. */
export const PREVIEW_ROWS = 20;

/** A row of the file as the import would store it: created, changed (with the figure stored now) or unchanged. */
export interface PlannedRow {
  line: number;
  action: 'CREATE' | 'CHANGE' | 'UNCHANGED';
  row: ParsedMeasurement;
  stored: Pick<Stored, 'value' | 'valueStatus' | 'status'> | null;
}

export type ImportPlan = Plan<ParsedMeasurement, { id: number; version: number; status: MeasurementStatus }> & {
  /** The first PREVIEW_ROWS rows by line, each with what the import would do with it. */
  preview: PlannedRow[];
};

const keyOf = (r: { councilId: number; indicatorId: number; period: string; disaggregation: string }) =>
  `${r.councilId}|${r.indicatorId}|${r.period}|${r.disaggregation}`;

const sameValue = (row: ParsedMeasurement, m: Stored) => samePublishedFigure(m, row);

/** Compares the rows with what is stored: new, changed and unchanged measurements. Reads only. */
export async function planMeasurementImport(em: Em, rows: readonly ParsedMeasurement[]): Promise<ImportPlan> {
  if (!rows.length) return { create: [], change: [], unchanged: 0, preview: [] };
  const fields = ['id', 'version', 'council', 'indicator', 'period', 'disaggregation', 'status', ...PUBLISHED_FIGURE_FIELDS] as const;
  const existing = await storedForRows(
    rows,
    (ids, periods) => em.find(Measurement, { indicator: { $in: ids }, period: { $in: periods } }, { fields, disableIdentityMap: true }),
    (m): string => keyOf({ councilId: m.council.id, indicatorId: m.indicator.id, period: m.period, disaggregation: m.disaggregation }),
  );
  const plan = planImport(rows, (row) => existing.get(keyOf(row)), sameValue);
  const preview = [...rows]
    .sort((a, b) => a.line - b.line)
    .slice(0, PREVIEW_ROWS)
    .map((row): PlannedRow => {
      const m = existing.get(keyOf(row)) ?? null;
      const action = !m ? 'CREATE' : sameValue(row, m) ? 'UNCHANGED' : 'CHANGE';
      return { line: row.line, action, row, stored: m && { value: m.value, valueStatus: m.valueStatus, status: m.status } };
    });
  return {
    ...plan,
    preview,
    change: plan.change.map(({ row, existing: m }) => ({ row, existing: { id: m.id, version: m.version, status: m.status } })),
  };
}

export interface ApplyOptions {
  /** Status of new and changed measurements. */
  status: MeasurementStatus;
  /** Where the values come from, e.g. "NHS Digital ASCOF open data 2020-21". */
  source: string | null;
  /** The person importing (null for the system). */
  changedBy?: number | null;
  /** Write a history row for each new or changed measurement (default true). */
  history?: boolean;
}

/**
 * A file could not be stored because someone else changed the same measurements while it was being
 * imported (between the comparison and the write). Nothing of the file is stored; importing it
 * again compares with what they stored.
 */
export class ImportConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportConflictError';
  }
}

/** Who entered, validated and published what an import stores, as of its status. */
function stamps(options: ApplyOptions, now: Date) {
  const person = options.changedBy ?? null;
  const published = options.status === MeasurementStatus.PUBLISHED;
  const validated = published || options.status === MeasurementStatus.VALIDATED;
  return {
    status: options.status,
    source: options.source,
    enteredBy: person,
    validatedBy: validated ? person : null,
    publishedBy: published ? person : null,
    updatedAt: now,
  };
}

function measuredValues(r: ParsedMeasurement) {
  return { value: r.value, valueStatus: r.valueStatus, numerator: r.numerator, denominator: r.denominator, note: r.note };
}

/**
 * Stores a plan in one transaction: new measurements inserted in bulk, changed ones updated with a
 * new version (only if still at the version compared with), each with its history row.
 */
export async function applyMeasurementImport(em: Em, plan: ImportPlan, options: ApplyOptions): Promise<void> {
  const now = new Date();
  const stamp = stamps(options, now);
  const published = options.status === MeasurementStatus.PUBLISHED;
  const history = (
    id: number,
    version: number,
    action: MeasurementAction,
    r: ParsedMeasurement,
  ): RequiredEntityData<MeasurementHistory> => ({
    measurement: id,
    version,
    action,
    ...measuredValues(r),
    status: options.status,
    source: options.source,
    changedBy: stamp.enteredBy,
    changedAt: now,
  });
  await em.transactional(async (tx) => {
    const meta = tx.getMetadata().get(Measurement.name);
    // The audited EntityManager records one CREATE event per row (access/audit.ts).
    const created = plan.create.map(
      (r): RequiredEntityData<Measurement> => ({
        council: r.councilId,
        indicator: r.indicatorId,
        period: r.period,
        periodKind: r.periodKind,
        periodStart: r.periodStart,
        disaggregation: r.disaggregation,
        ...measuredValues(r),
        ...stamp,
        version: 1,
        createdAt: now,
      }),
    );
    const ids = await bulkInsert(tx, Measurement, created, { reserve: true });
    const rows = plan.create.map((r, i) => history(ids[i]!, 1, MeasurementAction.CREATED, r));
    // Changes: each only if still at the version compared with; the rows before, for the audit trail.
    const before = new Map<number, Record<string, unknown>>();
    for (const batch of chunks(plan.change)) {
      const found = await tx
        .getDriver()
        .find<Measurement>(meta.className, { id: { $in: batch.map((c) => c.existing.id) } }, { ctx: tx.getTransactionContext() });
      for (const r of found) before.set(Number(r.id), r);
    }
    const audit: AuditChange[] = [];
    for (const { row, existing } of plan.change) {
      const stored = before.get(existing.id);
      // Published again: back in the open data; a published figure stored as a draft or validated: withdrawn from it.
      const withdrawn = published ? { withdrawnAt: null } : stored?.status === MeasurementStatus.PUBLISHED ? { withdrawnAt: now } : {};
      const data = { ...measuredValues(row), ...stamp, ...withdrawn, version: existing.version + 1 };
      // Written with the query builder (one statement a row); the audit events are recorded below, in bulk.
      const written = stored && Number(stored.version) === existing.version;
      const result = written
        ? await tx.createQueryBuilder(Measurement).update(data).where({ id: existing.id, version: existing.version }).execute('run')
        : null;
      if (result?.affectedRows !== 1) {
        const what = `${row.period}${row.disaggregation === TOTAL ? '' : ` (${row.disaggregation})`}`;
        throw new ImportConflictError(
          `Line ${row.line}: the measurement ${what} was changed or removed by someone else while the file was being imported, so ` +
            `nothing was imported. Import the file again: it will be compared with what is stored now.`,
        );
      }
      const snapshot = auditSnapshot(meta, stored);
      audit.push({ id: existing.id, before: snapshot, after: { ...snapshot, ...auditSnapshot(meta, data) } });
      rows.push(history(existing.id, existing.version + 1, MeasurementAction.CHANGED, row));
    }
    await recordAuditEvents(tx, meta.className, 'UPDATE', audit);
    if (options.history ?? true) await bulkInsert(tx, MeasurementHistory, rows);
  });
}
