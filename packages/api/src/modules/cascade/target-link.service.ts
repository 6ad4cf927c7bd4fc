import { Objective, ObjectiveTarget, Priority, PriorityTarget, Target } from '@goldenthread/db';
import { q } from '@goldenthread/domain';
import { badInput, forbidden } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { CascadeWriteService, writeTargetOf } from './cascade-writes.js';
import type { TargetLinkInput } from './cascade.input.js';

/** Links and unlinks a target and the objective or priority it measures (same council and year). */
export class TargetLinkService extends CascadeWriteService {
  private async linkParts(input: TargetLinkInput): Promise<{ target: Target; objective: Objective | null; priority: Priority | null }> {
    const target = await this.load(Target, 'Target', 'targetId', input.targetId);
    const councilId = idOf(target.council)!;
    // Nobody links another council's targets; the precise check follows once we know what is linked.
    if (!this.access.isMemberOf(councilId)) throw forbidden("You can link only your own council's targets.");
    if ((input.objectiveId == null) === (input.priorityId == null))
      throw badInput('objectiveId', 'Give either objectiveId or priorityId, not both or neither.');
    const objective = (await this.optional(Objective, 'Objective', 'objectiveId', input.objectiveId, councilId)) ?? null;
    const priority = (await this.optional(Priority, 'Priority', 'priorityId', input.priorityId, councilId)) ?? null;
    await this.access.requireWrite(
      objective ? { kind: 'service', councilId, serviceId: idOf(objective.service)! } : writeTargetOf(priority!),
    );
    return { target, objective, priority };
  }

  async linkTarget(
    input: TargetLinkInput,
  ): Promise<{ target: Target; objective: Objective | null; priority: Priority | null; changed: boolean }> {
    const parts = await this.linkParts(input);
    const { target, objective, priority } = parts;
    const other = objective ?? priority!;
    const field = objective ? 'objectiveId' : 'priorityId';
    if (target.period !== other.period) {
      throw badInput(field, `The target is for ${target.period}; ${q(other.name)} is for ${other.period}. Link a target of the same year.`);
    }
    if (priority?.isNonPriority)
      throw badInput('priorityId', `${q(priority.name)} is recorded as not a priority, so no target measures it.`);
    const existing = objective
      ? await this.em.findOne(ObjectiveTarget, { objective: objective.id, target: target.id })
      : await this.em.findOne(PriorityTarget, { priority: priority!.id, target: target.id });
    if (existing) return { ...parts, changed: false };
    if (objective) this.em.create(ObjectiveTarget, { objective, target });
    else this.em.create(PriorityTarget, { priority: priority!, target });
    await this.flush();
    return { ...parts, changed: true };
  }

  /** Unlinks it; with `version` (the target's, as read) a target changed since is refused with CONFLICT, nothing unlinked. */
  async unlinkTarget(
    input: TargetLinkInput,
    version?: number | null,
  ): Promise<{ target: Target; objective: Objective | null; priority: Priority | null; changed: boolean }> {
    const parts = await this.linkParts(input);
    this.checkVersion(`The target for ${parts.target.period}`, parts.target.version, version);
    const removed = parts.objective
      ? await this.em.nativeDelete(ObjectiveTarget, { objective: parts.objective.id, target: parts.target.id })
      : await this.em.nativeDelete(PriorityTarget, { priority: parts.priority!.id, target: parts.target.id });
    return { ...parts, changed: removed > 0 };
  }
}
