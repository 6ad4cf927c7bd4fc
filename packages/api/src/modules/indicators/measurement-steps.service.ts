/**
 * A figure's next steps, one or many: DRAFT -> VALIDATED (the data owner or the MI-responsible manager),
 * VALIDATED -> PUBLISHED (the MI-responsible manager or their delegate); the rule is the domain's
 * (measurement-steps.ts), and four eyes on data (four-eyes.ts): who entered a figure does not validate it.
 * A bulk step is all or nothing: every figure is checked first, and one refused
 * figure refuses them all, each refusal named (extensions.refused); its statements do not grow with the
 * number of figures (one read, one batched update, one batched insert of their history).
 */
import {
  MeasurementAction,
  MeasurementHistory,
  measurementHistoryOf,
  Measurement,
  MeasurementStatus,
  Person,
  StepConflictError,
  stepMeasurements,
  type Em,
} from '@goldenthread/db';
import {
  bulkRefusalCode,
  bulkStepRefusals,
  MAX_BULK_STEP,
  stepStatusError,
  type MeasurementStep,
  type StepCandidate,
} from '@goldenthread/domain';
import type { WriteTarget } from '../../access/access.js';
import { AppError, badInput, conflict, forbidden } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { WriteService } from '../shared/lookup.js';
import { FourEyesService } from './four-eyes.service.js';

/** What a step asks of the access policy: the same target for a single step, a bulk step and viewerCan. */
export function stepWriteTarget(m: { councilId: number; indicatorId: number }, to: MeasurementStep): WriteTarget {
  return { kind: 'measurement', councilId: m.councilId, indicatorId: m.indicatorId, action: to === 'VALIDATED' ? 'validate' : 'publish' };
}

const WHO_MAY: Record<MeasurementStep, string> = {
  VALIDATED: "only the indicator's data owner or the manager responsible for management information validates its figures.",
  PUBLISHED: 'only the manager responsible for management information, or someone they delegated publication to, publishes figures.',
};

const labelOf = (m: Measurement) =>
  `${m.indicator.getEntity().code} for ${m.period}${m.disaggregation === 'Total' ? '' : ` (${m.disaggregation})`}`;

export class MeasurementStepsService extends WriteService {
  private readonly fourEyesRule = new FourEyesService(this.em, this.access);

  private stamp(em: Em, m: Measurement, to: MeasurementStep): void {
    const me = this.personId === null ? null : em.getReference(Person, this.personId, { wrapped: true });
    m.status = to;
    if (to === MeasurementStatus.VALIDATED) m.validatedBy = me;
    else {
      m.publishedBy = me;
      m.withdrawnAt = null;
    }
  }

  private history(em: Em, m: Measurement, to: MeasurementStep): void {
    const action = to === MeasurementStatus.VALIDATED ? MeasurementAction.VALIDATED : MeasurementAction.PUBLISHED;
    em.create(MeasurementHistory, measurementHistoryOf(m, action, this.personId));
  }

  /** Four eyes on data: why the viewer may not validate the figure (they entered it), or null. */
  private fourEyes(m: Measurement, to: MeasurementStep): Promise<string | null> {
    if (to !== MeasurementStatus.VALIDATED) return Promise.resolve(null);
    return this.fourEyesRule.refusal(idOf(m.council)!, { enteredById: idOf(m.enteredBy) });
  }

  /** One figure's step (validateMeasurement, publishMeasurement). Nothing goes backwards. */
  async advance(globalId: string, version: number, to: MeasurementStep): Promise<Measurement> {
    const m = await this.load(Measurement, 'Measurement', 'id', globalId);
    await this.access.requireWrite(stepWriteTarget({ councilId: idOf(m.council)!, indicatorId: idOf(m.indicator)! }, to));
    const fourEyes = await this.fourEyes(m, to);
    if (fourEyes) throw forbidden(`The measurement for ${m.period} cannot be validated by you: ${fourEyes}`);
    this.checkVersion(`The measurement for ${m.period}`, m.version, version);
    const why = stepStatusError(m.status, to);
    if (why) throw conflict(`The measurement for ${m.period} cannot be ${to.toLowerCase()}: ${why}`, { status: m.status });
    this.stamp(this.em, m, to);
    await this.flush();
    this.history(this.em, m, to);
    await this.flush();
    return m;
  }

  /** Many figures' step (validateMeasurements, publishMeasurements): all or nothing. */
  async advanceMany(items: ReadonlyArray<{ id: string; version: number }>, to: MeasurementStep): Promise<Measurement[]> {
    if (items.length === 0) throw badInput('measurements', 'list at least one measurement.');
    if (items.length > MAX_BULK_STEP) throw badInput('measurements', `at most ${MAX_BULK_STEP} measurements at a time.`);
    const dbIds = items.map((it, n) => decodeId(`measurements[${n}].id`, it.id, 'Measurement'));
    const rows = await this.em.find(Measurement, { id: { $in: [...new Set(dbIds)] } }, { populate: ['indicator'] });
    const byId = new Map(rows.map((m) => [toGlobalId('Measurement', m.id), m]));
    const found = new Map<string, StepCandidate>();
    for (const it of items) {
      const m = byId.get(it.id);
      const councilId = m ? idOf(m.council)! : 0;
      if (!m) continue;
      const target = stepWriteTarget({ councilId, indicatorId: idOf(m.indicator)! }, to);
      // Another council's figure: refused as validateMeasurement refuses it (nobody writes to another council).
      if (!this.access.isMemberOf(councilId)) await this.access.requireWrite(target);
      const allowed = await this.access.mayWrite(target);
      const fourEyes = await this.fourEyes(m, to);
      found.set(it.id, { id: it.id, label: labelOf(m), status: m.status, version: m.version, sentVersion: it.version, allowed, fourEyes });
    }
    const refusals = bulkStepRefusals(
      items.map((it) => it.id),
      found,
      to,
      WHO_MAY[to],
    );
    if (refusals.length) {
      const verb = to.toLowerCase();
      const rest = refusals.length > 1 ? ` (and ${refusals.length - 1} more: see extensions.refused)` : '';
      throw new AppError(
        bulkRefusalCode(refusals),
        `Nothing was ${verb}: ${refusals.length} of the ${items.length} figures cannot be. ${refusals[0]!.message}${rest}`,
        { field: 'measurements', refused: refusals },
      );
    }
    const ordered = items.map((it) => byId.get(it.id)!);
    await stepMeasurements(this.em, ordered, to, this.personId).catch((error: unknown) => {
      throw error instanceof StepConflictError ? conflict(error.message) : error;
    });
    // The answer is the figures as stored now (read again in one statement).
    const ids = ordered.map((m) => m.id);
    const stored = new Map((await this.em.find(Measurement, { id: { $in: ids } }, { refresh: true })).map((m) => [m.id, m]));
    return ordered.map((m) => stored.get(m.id)!);
  }
}
