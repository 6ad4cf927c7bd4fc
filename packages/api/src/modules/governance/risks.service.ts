/**
 * Writes of risks. Who may: the council's risk managers (RISK_MANAGER staff), the risk's owner, the
 * line of the linked service (or of the register's directorate, or the council's senior managers for
 * an unlinked corporate risk) and administrators. Every change of the scores records an assessment.
 */
import { Directorate, Objective, Person, Priority, Risk, RiskAssessment, Service } from '@goldenthread/db';
import {
  q,
  RiskStatus,
  riskScoresChanged,
  StaffRoleKind,
  validateRiskLinks,
  validateRiskReference,
  validateRiskScores,
  type RiskScores,
} from '@goldenthread/domain';
import type { Access, WriteTarget } from '../../access/access.js';
import { assertValid, badInput, forbidden, unauthenticated } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { isoToday } from '../cascade/cascade.snapshot.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import { checkOptionalDate, checkPeriod, WriteService } from '../shared/lookup.js';
import { governanceAccess, type GovernanceRule } from './governance-access.js';
import type { CreateRiskInput, UpdateRiskInput } from './risks.input.js';

/** A risk's values once names and ids are resolved: what the mutations and the CSV import both store. */
export interface RiskValues extends RiskScores {
  reference: string;
  title: string;
  cause: string | null;
  effect: string | null;
  directorateId: number | null;
  priorityId: number | null;
  objectiveId: number | null;
  serviceId: number | null;
  servicePlanPeriod: string | null;
  ownerId: number | null;
  controls: string | null;
  status: RiskStatus;
  reviewDue: string | null;
}

/**
 * Refuses callers who can never make this write before any input is looked at: anonymous callers
 * (UNAUTHENTICATED), partners and, when the council is known, people of another council (FORBIDDEN).
 */
export function refuseOutsiders(access: Access, councilId?: number): void {
  const v = access.viewer;
  if (v.kind === 'anonymous') throw unauthenticated('Sign in to make changes.');
  if (v.kind === 'partner') throw forbidden('API keys are read-only: partners cannot change anything.');
  if (councilId !== undefined && v.kind === 'person' && v.councilId !== councilId)
    throw forbidden("You can only change your own council's data.");
}

/** Whose line may change a risk: its service's, else its register's directorate's, else the council's. */
export function riskWriteTarget(councilId: number, v: Pick<RiskValues, 'serviceId' | 'directorateId'>): WriteTarget {
  if (v.serviceId !== null) return { kind: 'service', councilId, serviceId: v.serviceId };
  if (v.directorateId !== null) return { kind: 'directorate', councilId, directorateId: v.directorateId };
  return { kind: 'council', councilId };
}

/** The rule for changing a risk; on creation the owner named is not enough (anyone could name themselves). */
export function riskRule(
  councilId: number,
  v: Pick<RiskValues, 'serviceId' | 'directorateId' | 'ownerId'>,
  creating: boolean,
): GovernanceRule {
  return {
    councilId,
    staff: [StaffRoleKind.RISK_MANAGER],
    people: creating ? [] : [v.ownerId],
    or: riskWriteTarget(councilId, v),
    what: creating ? 'add a risk to this register' : 'change this risk',
  };
}

export function valuesOf(r: Risk): RiskValues {
  return {
    reference: r.reference,
    title: r.title,
    cause: r.cause,
    effect: r.effect,
    directorateId: idOf(r.directorate),
    priorityId: idOf(r.priority),
    objectiveId: idOf(r.objective),
    serviceId: idOf(r.service),
    servicePlanPeriod: r.servicePlanPeriod,
    ownerId: idOf(r.owner),
    inherentLikelihood: r.inherentLikelihood,
    inherentImpact: r.inherentImpact,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    controls: r.controls,
    status: r.status,
    reviewDue: r.reviewDue,
  };
}

export class RiskService extends WriteService {
  private get gov() {
    return governanceAccess(this.em, this.access);
  }

  /** A database id of an optional reference of the council, or BAD_USER_INPUT in the field. */
  private async refId(
    entity: new (...a: never[]) => { id: number },
    type: string,
    field: string,
    id: string | null | undefined,
    councilId: number,
  ): Promise<number | null | undefined> {
    const row = await this.optional(entity, type, field, id, councilId);
    return row === undefined ? undefined : (row?.id ?? null);
  }

  /**
   * Checks resolved values with the domain rules (scores, reference, links, unique reference) and
   * returns them trimmed. `exceptId`: the risk being changed (its own reference is not a duplicate).
   */
  async check(councilId: number, v: RiskValues, exceptId: number | null): Promise<RiskValues> {
    assertValid(validateRiskReference('reference', v.reference), validateRiskScores(v));
    const reference = v.reference.trim();
    const [service, objective] = await Promise.all([
      v.serviceId === null ? null : this.em.findOne(Service, { id: v.serviceId }, { fields: ['directorate'], disableIdentityMap: true }),
      v.objectiveId === null
        ? null
        : this.em.findOne(Objective, { id: v.objectiveId }, { fields: ['service', 'period'], disableIdentityMap: true }),
    ]);
    assertValid(
      validateRiskLinks({
        directorateId: v.directorateId,
        service: service ? { id: service.id, directorateId: idOf(service.directorate)! } : null,
        servicePlanPeriod: v.servicePlanPeriod,
        objective: objective ? { serviceId: idOf(objective.service)!, period: objective.period } : null,
      }),
    );
    const same = await this.em.findOne(
      Risk,
      { council: councilId, reference, ...(exceptId === null ? {} : { id: { $ne: exceptId } }) },
      { fields: ['title'], disableIdentityMap: true },
    );
    if (same)
      throw badInput('reference', `${reference} is already the reference of ${q(same.title)} in this council: references are unique.`);
    return { ...v, reference };
  }

  private assess(risk: Risk, on: string, note: string | null): RiskAssessment {
    return this.em.create(RiskAssessment, {
      risk,
      assessedOn: on,
      inherentLikelihood: risk.inherentLikelihood,
      inherentImpact: risk.inherentImpact,
      residualLikelihood: risk.residualLikelihood,
      residualImpact: risk.residualImpact,
      by: this.personId,
      note,
    });
  }

  private columns(v: RiskValues) {
    return {
      ...v,
      directorate: v.directorateId,
      priority: v.priorityId,
      objective: v.objectiveId,
      service: v.serviceId,
      owner: v.ownerId,
    };
  }

  /** Stores a new risk (values checked) with its first assessment; the caller flushes. */
  insert(councilId: number, v: RiskValues, note: string | null, on = isoToday()): Risk {
    const { directorateId: _d, priorityId: _p, objectiveId: _o, serviceId: _s, ownerId: _w, ...rest } = this.columns(v);
    const risk = this.em.create(Risk, { council: councilId, ...rest });
    this.assess(risk, on, note);
    return risk;
  }

  /** Changes a stored risk to the values (checked); a change of scores records an assessment. The caller flushes. */
  change(risk: Risk, v: RiskValues, note: string | null, on = isoToday()): void {
    const scoresChanged = riskScoresChanged(risk, v);
    const { directorateId: _d, priorityId: _p, objectiveId: _o, serviceId: _s, ownerId: _w, ...rest } = this.columns(v);
    this.em.assign(risk, rest as never);
    if (scoresChanged) this.assess(risk, on, note);
  }

  async create(input: CreateRiskInput): Promise<Risk> {
    refuseOutsiders(this.access);
    const councilId = decodeId('councilId', input.councilId, 'Council');
    refuseOutsiders(this.access, councilId);
    const v: RiskValues = {
      reference: input.reference,
      title: checkName('title', input.title, 300),
      cause: checkText('cause', input.cause, 'cause'),
      effect: checkText('effect', input.effect, 'effect'),
      directorateId: (await this.refId(Directorate, 'Directorate', 'directorateId', input.directorateId, councilId)) ?? null,
      priorityId: (await this.refId(Priority, 'Priority', 'priorityId', input.priorityId, councilId)) ?? null,
      objectiveId: (await this.refId(Objective, 'Objective', 'objectiveId', input.objectiveId, councilId)) ?? null,
      serviceId: (await this.refId(Service, 'Service', 'serviceId', input.serviceId, councilId)) ?? null,
      servicePlanPeriod: input.servicePlanPeriod == null ? null : checkPeriod('servicePlanPeriod', input.servicePlanPeriod),
      ownerId: (await this.refId(Person, 'Person', 'ownerId', input.ownerId, councilId)) ?? null,
      inherentLikelihood: input.inherentLikelihood,
      inherentImpact: input.inherentImpact,
      residualLikelihood: input.residualLikelihood,
      residualImpact: input.residualImpact,
      controls: checkText('controls', input.controls, 'controls'),
      status: input.status ?? RiskStatus.OPEN,
      reviewDue: checkOptionalDate('reviewDue', input.reviewDue) ?? null,
    };
    await this.gov.require(riskRule(councilId, v, true));
    const checked = await this.check(councilId, v, null);
    const risk = this.insert(councilId, checked, checkText('assessmentNote', input.assessmentNote, 'note'));
    await this.flush();
    return risk;
  }

  async update(input: UpdateRiskInput): Promise<Risk> {
    refuseOutsiders(this.access);
    const risk = await this.load(Risk, 'Risk', 'id', input.id);
    const councilId = idOf(risk.council)!;
    const before = valuesOf(risk);
    await this.gov.require(riskRule(councilId, before, false));
    this.checkVersion(`The risk ${risk.reference}`, risk.version, input.version);
    const v: RiskValues = { ...before };
    const ref = async (
      entity: new (...a: never[]) => { id: number },
      type: string,
      field: keyof typeof input & string,
      key: keyof RiskValues,
    ) => {
      const id = await this.refId(entity, type, field, input[field] as string | null | undefined, councilId);
      if (id !== undefined) (v as unknown as Record<string, unknown>)[key] = id;
    };
    if (input.reference != null) v.reference = input.reference;
    if (input.title !== undefined) v.title = checkName('title', input.title, 300);
    if (input.cause !== undefined) v.cause = checkText('cause', input.cause, 'cause');
    if (input.effect !== undefined) v.effect = checkText('effect', input.effect, 'effect');
    await ref(Directorate, 'Directorate', 'directorateId', 'directorateId');
    await ref(Priority, 'Priority', 'priorityId', 'priorityId');
    await ref(Objective, 'Objective', 'objectiveId', 'objectiveId');
    await ref(Service, 'Service', 'serviceId', 'serviceId');
    await ref(Person, 'Person', 'ownerId', 'ownerId');
    if (input.servicePlanPeriod !== undefined)
      v.servicePlanPeriod = input.servicePlanPeriod === null ? null : checkPeriod('servicePlanPeriod', input.servicePlanPeriod);
    for (const f of ['inherentLikelihood', 'inherentImpact', 'residualLikelihood', 'residualImpact'] as const) {
      if (input[f] === null) throw badInput(f, 'A risk always has its four scores: give a number from 1 to 5.');
      if (input[f] !== undefined) v[f] = input[f];
    }
    if (input.controls !== undefined) v.controls = checkText('controls', input.controls, 'controls');
    if (input.status != null) v.status = input.status;
    if (input.reviewDue !== undefined) v.reviewDue = checkOptionalDate('reviewDue', input.reviewDue) ?? null;
    // Moving it to another service or register needs the right there too.
    if (v.serviceId !== before.serviceId || v.directorateId !== before.directorateId) await this.gov.require(riskRule(councilId, v, true));
    const checked = await this.check(councilId, v, risk.id);
    const on = checkOptionalDate('assessedOn', input.assessedOn) ?? isoToday();
    this.change(risk, checked, checkText('assessmentNote', input.assessmentNote, 'note'), on);
    await this.flush();
    return risk;
  }
}
