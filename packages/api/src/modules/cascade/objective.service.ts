import {
  AppraisalObjective,
  Milestone,
  MilestoneStatus,
  Objective,
  ObjectivePriority,
  ObjectiveTarget,
  Person,
  Priority,
  Service,
} from '@goldenthread/db';
import { q } from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { checkDate, checkOptionalDate, checkPeriod } from '../shared/lookup.js';
import { CascadeWriteService, checkName, checkText, objectiveWriteTargetOf } from './cascade-writes.js';
import type { CreateMilestoneInput, CreateObjectiveInput, UpdateMilestoneInput, UpdateObjectiveInput } from './cascade.input.js';
import { isoToday } from './cascade.snapshot.js';

/** Writes of service-plan objectives (with the priorities they deliver) and their milestones. */
export class ObjectiveService extends CascadeWriteService {
  /** The priorities an objective of `period` delivers: same council and year, not non-priorities. */
  private async deliverable(ids: readonly string[], councilId: number, period: string): Promise<Priority[]> {
    const priorities = await this.prioritiesOf('priorityIds', ids, councilId);
    priorities.forEach((p) => {
      const i = ids.findIndex((id) => decodeId('priorityIds', id, 'Priority') === p.id);
      if (p.period !== period)
        throw badInput(`priorityIds[${i}]`, `${q(p.name)} is a priority of ${p.period}; this objective is for ${period}.`);
      if (p.isNonPriority)
        throw badInput(`priorityIds[${i}]`, `${q(p.name)} is recorded as not a priority, so no objective can deliver it.`);
    });
    return priorities;
  }

  async createObjective(input: CreateObjectiveInput): Promise<Objective> {
    const service = await this.load(Service, 'Service', 'serviceId', input.serviceId);
    const councilId = idOf(service.council)!;
    await this.access.requireWrite({ kind: 'service', councilId, serviceId: service.id });
    const name = checkName('name', input.name);
    const period = checkPeriod('period', input.period);
    const owner = await this.owner('ownerId', input.ownerId, councilId);
    const priorities = await this.deliverable(input.priorityIds, councilId, period);
    const objective = this.em.create(Objective, {
      council: councilId,
      service,
      name,
      description: checkText('description', input.description, 'description'),
      owner: owner ?? null,
      period,
    });
    for (const p of priorities) this.em.create(ObjectivePriority, { objective, priority: p });
    await this.flush();
    return objective;
  }

  async updateObjective(input: UpdateObjectiveInput): Promise<Objective> {
    const objective = await this.load(Objective, 'Objective', 'id', input.id);
    const councilId = idOf(objective.council)!;
    await this.access.requireWrite({ kind: 'service', councilId, serviceId: idOf(objective.service)! });
    this.checkVersion(`The objective ${q(objective.name)}`, objective.version, input.version);
    if (input.name !== undefined) objective.name = checkName('name', input.name);
    if (input.description !== undefined) objective.description = checkText('description', input.description, 'description');
    if (input.ownerId !== undefined) {
      const owner = await this.owner('ownerId', input.ownerId, councilId);
      objective.owner = owner ? this.em.getReference(Person, owner.id, { wrapped: true }) : null;
    }
    if (input.priorityIds !== undefined && input.priorityIds !== null) {
      const priorities = await this.deliverable(input.priorityIds, councilId, objective.period);
      const current = await this.em.find(ObjectivePriority, { objective: objective.id });
      const wanted = new Set(priorities.map((p) => p.id));
      for (const link of current) if (!wanted.has(idOf(link.priority)!)) this.em.remove(link);
      const have = new Set(current.map((l) => idOf(l.priority)!));
      for (const p of priorities) if (!have.has(p.id)) this.em.create(ObjectivePriority, { objective, priority: p });
      // The links are the objective's content: count the change as an edit of the objective.
      objective.updatedAt = new Date();
    }
    await this.flush();
    return objective;
  }

  /** Refused while appraisal objectives aim at it (they would lose their thread). Milestones and links go with it. */
  async deleteObjective(globalId: string, version: number | null | undefined): Promise<number> {
    const objective = await this.load(Objective, 'Objective', 'id', globalId);
    await this.access.requireWrite(objectiveWriteTargetOf(objective));
    this.checkVersion(`The objective ${q(objective.name)}`, objective.version, version);
    const aimed = await this.em.find(AppraisalObjective, { objective: objective.id }, { populate: ['person'] });
    if (aimed.length) {
      const who = aimed.slice(0, 5).map((a) => `${a.person.unwrap().name} (${q(a.name)})`);
      const more = aimed.length > 5 ? ` and ${aimed.length - 5} more` : '';
      throw badInput(
        'id',
        `${q(objective.name)} cannot be deleted while ${
          aimed.length === 1 ? 'an appraisal objective is' : `${aimed.length} appraisal objectives are`
        } aimed at it: ${who.join(', ')}${more}. Aim them at another objective first.`,
      );
    }
    await this.em.transactional(async (em) => {
      await em.nativeDelete(Milestone, { objective: objective.id });
      await em.nativeDelete(ObjectivePriority, { objective: objective.id });
      await em.nativeDelete(ObjectiveTarget, { objective: objective.id });
      await em.nativeDelete(Objective, { id: objective.id });
    });
    return objective.id;
  }

  /** Status and completion date agree: a completion date means COMPLETE; COMPLETE without a date means today. */
  private milestoneState(status: MilestoneStatus, completedOn: string | null): { status: MilestoneStatus; completedOn: string | null } {
    if (completedOn !== null && status !== MilestoneStatus.COMPLETE) {
      throw badInput('status', `A milestone completed on ${completedOn} has status COMPLETE; clear completedOn to give it another status.`);
    }
    if (status === MilestoneStatus.COMPLETE && completedOn === null) return { status, completedOn: isoToday() };
    return { status, completedOn };
  }

  private async objectiveForWrite(field: string, globalId: string): Promise<Objective> {
    const objective = await this.load(Objective, 'Objective', field, globalId);
    await this.access.requireWrite(objectiveWriteTargetOf(objective));
    return objective;
  }

  async createMilestone(input: CreateMilestoneInput): Promise<Milestone> {
    const objective = await this.objectiveForWrite('objectiveId', input.objectiveId);
    const name = checkName('name', input.name);
    const due = checkDate('due', input.due);
    const completedOn = checkOptionalDate('completedOn', input.completedOn) ?? null;
    const state = this.milestoneState(input.status ?? (completedOn ? MilestoneStatus.COMPLETE : MilestoneStatus.NOT_STARTED), completedOn);
    const milestone = this.em.create(Milestone, { objective, name, due, ...state });
    await this.flush();
    return milestone;
  }

  async updateMilestone(input: UpdateMilestoneInput): Promise<Milestone> {
    const milestone = await this.load(Milestone, 'Milestone', 'id', input.id);
    const objective = await this.em.findOneOrFail(Objective, { id: idOf(milestone.objective)! });
    await this.access.requireWrite(objectiveWriteTargetOf(objective));
    this.checkVersion(`The milestone ${q(milestone.name)}`, milestone.version, input.version);
    if (input.name !== undefined) milestone.name = checkName('name', input.name);
    if (input.due !== undefined) {
      if (input.due === null) throw badInput('due', 'A milestone needs a due date.');
      milestone.due = checkDate('due', input.due);
    }
    const completedOn =
      input.completedOn === undefined
        ? input.status && input.status !== MilestoneStatus.COMPLETE
          ? null
          : milestone.completedOn
        : (checkOptionalDate('completedOn', input.completedOn) ?? null);
    const status =
      input.status ??
      (input.completedOn
        ? MilestoneStatus.COMPLETE
        : input.completedOn === null && milestone.status === MilestoneStatus.COMPLETE
          ? MilestoneStatus.ON_TRACK
          : milestone.status);
    Object.assign(milestone, this.milestoneState(status, completedOn));
    await this.flush();
    return milestone;
  }

  async deleteMilestone(globalId: string, version: number | null | undefined): Promise<number> {
    const milestone = await this.load(Milestone, 'Milestone', 'id', globalId);
    const objective = await this.em.findOneOrFail(Objective, { id: idOf(milestone.objective)! });
    await this.access.requireWrite(objectiveWriteTargetOf(objective));
    this.checkVersion(`The milestone ${q(milestone.name)}`, milestone.version, version);
    await this.em.nativeDelete(Milestone, { id: milestone.id });
    return milestone.id;
  }
}
