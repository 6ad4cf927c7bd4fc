import { AppraisalObjective, Objective, Person, PersonKind, Priority } from '@goldenthread/db';
import { q, validateReviewDates } from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { checkOptionalDate, checkPeriod } from '../shared/lookup.js';
import { CascadeWriteService, checkName } from './cascade-writes.js';
import type { CreateAppraisalObjectiveInput, UpdateAppraisalObjectiveInput } from './cascade.input.js';

/** Writes of appraisal objectives: a member of staff's objectives, each aimed at a service objective or a priority of the year. */
export class AppraisalService extends CascadeWriteService {
  /** The objective and priority an appraisal objective aims at: same council and year; at least one. */
  private async aim(
    councilId: number,
    period: string,
    objectiveId: string | null | undefined,
    priorityId: string | null | undefined,
  ): Promise<{ objective: Objective | null; priority: Priority | null }> {
    const objective = (await this.optional(Objective, 'Objective', 'objectiveId', objectiveId, councilId)) ?? null;
    const priority = (await this.optional(Priority, 'Priority', 'priorityId', priorityId, councilId)) ?? null;
    if (!objective && !priority) {
      throw badInput(
        'objectiveId',
        'Aim the appraisal objective at a service objective (objectiveId) or a priority (priorityId), so it is part of the golden thread.',
      );
    }
    if (objective) {
      if (objective.period !== period)
        throw badInput(
          'objectiveId',
          `${q(objective.name)} is an objective of the ${objective.period} plan; this appraisal objective is for ${period}.`,
        );
    }
    if (priority) {
      if (priority.period !== period)
        throw badInput('priorityId', `${q(priority.name)} is a priority of ${priority.period}; this appraisal objective is for ${period}.`);
      if (priority.isNonPriority) throw badInput('priorityId', `${q(priority.name)} is recorded as not a priority.`);
    }
    return { objective, priority };
  }

  async createAppraisalObjective(input: CreateAppraisalObjectiveInput): Promise<AppraisalObjective> {
    const person = await this.load(Person, 'Person', 'personId', input.personId);
    const councilId = idOf(person.council)!;
    await this.access.requireWrite({ kind: 'person', councilId, personId: person.id });
    if (person.kind !== PersonKind.OFFICER)
      throw badInput('personId', `${person.name} is not a member of staff; appraisal objectives are for officers.`);
    const name = checkName('name', input.name, 300);
    const period = checkPeriod('period', input.period);
    const aim = await this.aim(councilId, period, input.objectiveId, input.priorityId);
    const agreedOn = checkOptionalDate('agreedOn', input.agreedOn) ?? null;
    const reviewedOn = checkOptionalDate('reviewedOn', input.reviewedOn) ?? null;
    assertValid(validateReviewDates(agreedOn, reviewedOn, input.rating ?? null));
    const appraisal = this.em.create(AppraisalObjective, {
      council: councilId,
      person,
      name,
      period,
      objective: aim.objective,
      priority: aim.priority,
      agreedOn,
      reviewedOn,
      rating: input.rating ?? null,
    });
    await this.flush();
    return appraisal;
  }

  async updateAppraisalObjective(input: UpdateAppraisalObjectiveInput): Promise<AppraisalObjective> {
    const a = await this.load(AppraisalObjective, 'AppraisalObjective', 'id', input.id);
    const councilId = idOf(a.council)!;
    await this.access.requireWrite({ kind: 'person', councilId, personId: idOf(a.person)! });
    this.checkVersion(`The appraisal objective ${q(a.name)}`, a.version, input.version);
    if (input.name !== undefined) a.name = checkName('name', input.name, 300);
    if (input.objectiveId !== undefined || input.priorityId !== undefined) {
      // What is left out is kept (and checked again with the new link).
      const keep = (type: string, id: number | null) => (id === null ? null : toGlobalId(type, id));
      const aim = await this.aim(
        councilId,
        a.period,
        input.objectiveId === undefined ? keep('Objective', idOf(a.objective)) : input.objectiveId,
        input.priorityId === undefined ? keep('Priority', idOf(a.priority)) : input.priorityId,
      );
      a.objective = aim.objective ? this.em.getReference(Objective, aim.objective.id, { wrapped: true }) : null;
      a.priority = aim.priority ? this.em.getReference(Priority, aim.priority.id, { wrapped: true }) : null;
    }
    if (input.agreedOn !== undefined) a.agreedOn = checkOptionalDate('agreedOn', input.agreedOn) ?? null;
    if (input.reviewedOn !== undefined) a.reviewedOn = checkOptionalDate('reviewedOn', input.reviewedOn) ?? null;
    if (input.rating !== undefined) a.rating = input.rating ?? null;
    assertValid(validateReviewDates(a.agreedOn, a.reviewedOn, a.rating));
    await this.flush();
    return a;
  }

  async deleteAppraisalObjective(globalId: string, version: number | null | undefined): Promise<number> {
    const a = await this.load(AppraisalObjective, 'AppraisalObjective', 'id', globalId);
    await this.access.requireWrite({ kind: 'person', councilId: idOf(a.council)!, personId: idOf(a.person)! });
    this.checkVersion(`The appraisal objective ${q(a.name)}`, a.version, version);
    await this.em.nativeDelete(AppraisalObjective, { id: a.id });
    return a.id;
  }
}
