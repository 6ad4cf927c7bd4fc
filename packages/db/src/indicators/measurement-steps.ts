/**
 * Takes many figures one step (DRAFT -> VALIDATED, VALIDATED -> PUBLISHED) in one transaction, in statements
 * that do not grow with the number of figures: one update of them all (each only if still at the version
 * checked), their audit events and their history rows each as one multi-row insert. The caller checks who
 * may and the versions first (the domain's bulkStepRefusals); a figure changed in between refuses them all.
 */
import { raw } from '@mikro-orm/core';
import { MeasurementAction, MeasurementStatus } from '@goldenthread/domain';
import { auditSnapshot, recordAuditEvents, type AuditChange } from '../access/audit.js';
import type { Em } from '../orm.js';
import { bulkInsert } from '../shared/bulk-insert.js';
import { MeasurementHistory } from './measurement-history.entity.js';
import { Measurement } from './measurement.entity.js';

/** Someone else changed one of the figures between the check and the write: nothing was stepped. */
export class StepConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StepConflictError';
  }
}

export async function stepMeasurements(
  em: Em,
  figures: readonly Measurement[],
  to: typeof MeasurementStatus.VALIDATED | typeof MeasurementStatus.PUBLISHED,
  personId: number | null,
): Promise<void> {
  const now = new Date();
  const by = to === MeasurementStatus.VALIDATED ? { validatedBy: personId } : { publishedBy: personId, withdrawnAt: null };
  await em.transactional(async (tx) => {
    const meta = tx.getMetadata().get(Measurement.name);
    const result = await tx
      .createQueryBuilder(Measurement)
      .update({ status: to, ...by, updatedAt: now, version: raw('version + 1') } as never)
      .where({ $or: figures.map((m) => ({ id: m.id, version: m.version })) })
      .execute('run');
    if (result.affectedRows !== figures.length) {
      throw new StepConflictError(
        `Someone else changed ${figures.length - result.affectedRows} of the figures at the same moment, so none was ` +
          `${to.toLowerCase()}: reload them and try again.`,
      );
    }
    const audit: AuditChange[] = figures.map((m) => {
      const before = auditSnapshot(meta, m as never);
      return { id: m.id, before, after: { ...before, ...auditSnapshot(meta, { status: to, ...by, version: m.version + 1 } as never) } };
    });
    await recordAuditEvents(tx, meta.className, 'UPDATE', audit);
    await bulkInsert(
      tx,
      MeasurementHistory,
      figures.map((m) => ({
        measurement: m.id,
        version: m.version + 1,
        action: to === MeasurementStatus.VALIDATED ? MeasurementAction.VALIDATED : MeasurementAction.PUBLISHED,
        value: m.value,
        valueStatus: m.valueStatus,
        numerator: m.numerator,
        denominator: m.denominator,
        status: to,
        note: m.note,
        source: m.source,
        changedBy: personId,
        changedAt: now,
      })),
    );
  });
}
