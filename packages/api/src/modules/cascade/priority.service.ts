import {
  AppraisalObjective,
  CommunicationPriority,
  ConsultationPriority,
  Council,
  Directorate,
  Indicator,
  ObjectivePriority,
  Person,
  Priority,
  PriorityLevel,
  PriorityLimit,
  PriorityOrigin,
  PriorityStatus,
  PriorityTarget,
  Service,
} from '@goldenthread/db';
import {
  q,
  validateCommunicatedAfterAgreed,
  validateNonPriorityReason,
  validateOrigin,
  validateParentFacts,
  validatePriorityDeletion,
  validatePriorityParent,
  validateRelink,
  validateStatusChange,
} from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { checkOptionalDate, checkPeriod } from '../shared/lookup.js';
import { CascadeWriteService, checkAmount, checkName, checkText, priorityWriteTarget, writeTargetOf } from './cascade-writes.js';
import type { CreatePriorityInput, UpdatePriorityInput } from './cascade.input.js';
import { limitsByLevel } from './cascade.reads.js';
import { isoToday } from './cascade.snapshot.js';

type Placement = { directorate: Directorate | null; service: Service | null };

/** Writes of priorities: create, change (placement, parent, origin, status), delete with relinking, and the limits per level. */
export class PriorityService extends CascadeWriteService {
  /** The directorate / service a priority of `level` belongs to, checked against the council. */
  private async placement(
    level: PriorityLevel,
    councilId: number,
    directorateId: string | null | undefined,
    serviceId: string | null | undefined,
    isNonPriority: boolean,
  ): Promise<Placement> {
    if (level === PriorityLevel.CORPORATE) {
      if (directorateId) throw badInput('directorateId', 'A corporate priority belongs to the whole council, not to a directorate.');
      if (serviceId) throw badInput('serviceId', 'A corporate priority belongs to the whole council, not to a service.');
      return { directorate: null, service: null };
    }
    if (level === PriorityLevel.DIRECTORATE) {
      if (serviceId)
        throw badInput(
          'serviceId',
          'A directorate priority belongs to a directorate, not to a service: make it a service priority instead.',
        );
      const directorate = await this.optional(Directorate, 'Directorate', 'directorateId', directorateId, councilId);
      if (!directorate) {
        if (isNonPriority) return { directorate: null, service: null };
        throw badInput('directorateId', 'Say which directorate this directorate priority belongs to.');
      }
      return { directorate, service: null };
    }
    const service = await this.optional(Service, 'Service', 'serviceId', serviceId, councilId);
    if (!service) {
      if (isNonPriority) return { directorate: null, service: null };
      throw badInput('serviceId', 'Say which service this service priority belongs to.');
    }
    if (directorateId) {
      const directorate = await this.ref(Directorate, 'Directorate', 'directorateId', directorateId, councilId);
      if (directorate.id !== idOf(service.directorate))
        throw badInput('directorateId', `${q(service.name)} is not in ${q(directorate.name)}.`);
    }
    const directorate = await this.em.findOneOrFail(Directorate, { id: idOf(service.directorate)! });
    return { directorate, service };
  }

  /** (id -> parent id) of the council's priorities of a period, for loop checks: one query. */
  private async parentIndex(councilId: number, period: string): Promise<Map<number, number | null>> {
    const rows = await this.em.find(Priority, { council: councilId, period }, { fields: ['id', 'parent'] });
    return new Map(rows.map((r) => [r.id, idOf(r.parent)]));
  }

  /**
   * Checks a (new) parent for a priority: one level up, same council and year, not a non-priority,
   * no loop, and for a service priority, in the directorate of its service.
   */
  private async checkParent(
    priority: {
      id: number;
      name: string;
      level: PriorityLevel;
      councilId: number;
      period: string;
      isNonPriority: boolean;
      directorateId: number | null;
    },
    parent: Priority | null,
  ): Promise<void> {
    if (parent === null && priority.isNonPriority) return; // an explicit non-priority may stand alone
    const index = parent ? await this.parentIndex(priority.councilId, priority.period) : new Map<number, number | null>();
    assertValid(
      validatePriorityParent(
        { id: priority.id, name: priority.name, level: priority.level, councilId: priority.councilId },
        parent ? { id: parent.id, name: parent.name, level: parent.level, councilId: idOf(parent.council)! } : null,
        (id) => index.get(id) ?? null,
      ),
    );
    if (!parent) return;
    assertValid(
      validateParentFacts(priority, {
        name: parent.name,
        period: parent.period,
        isNonPriority: parent.isNonPriority,
        directorateId: idOf(parent.directorate),
      }),
    );
  }

  private async checkIndicator(
    field: string,
    globalId: string | null | undefined,
    councilId: number,
  ): Promise<Indicator | null | undefined> {
    // National indicators and the council's own local ones; another council's local one is as unknown.
    return this.optional(Indicator, 'Indicator', field, globalId, councilId, { national: true });
  }

  // ---------------------------------------------------------------- priorities

  async createPriority(input: CreatePriorityInput): Promise<Priority> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    const isNonPriority = input.isNonPriority ?? false;
    const place = await this.placement(input.level, council.id, input.directorateId, input.serviceId, isNonPriority);
    await this.access.requireWrite(priorityWriteTarget(council.id, input.level, place.directorate?.id ?? null, place.service?.id ?? null));

    const name = checkName('name', input.name);
    const period = checkPeriod('period', input.period);
    const description = checkText('description', input.description, 'description');
    const origin = input.origin ?? PriorityOrigin.LOCAL;
    const nationalAgenda = checkText('nationalAgenda', input.nationalAgenda, 'national agenda');
    const indicator = await this.checkIndicator('nationalIndicatorId', input.nationalIndicatorId, council.id);
    assertValid(validateOrigin(origin, nationalAgenda, !!indicator));
    const nonPriorityReason = checkText('nonPriorityReason', input.nonPriorityReason, 'reason');
    assertValid(validateNonPriorityReason(isNonPriority, nonPriorityReason));
    const budget = checkAmount('budget', input.budget, 'budget');
    const fte = checkAmount('fte', input.fte, 'FTE');
    const owner = await this.owner('ownerId', input.ownerId, council.id);
    const parent = await this.optional(Priority, 'Priority', 'parentId', input.parentId, council.id);
    await this.checkParent(
      { id: 0, name, level: input.level, councilId: council.id, period, isNonPriority, directorateId: place.directorate?.id ?? null },
      parent ?? null,
    );

    const priority = this.em.create(Priority, {
      council,
      level: input.level,
      parent: parent ?? null,
      name,
      description,
      owner: owner ?? null,
      origin,
      nationalAgenda,
      nationalIndicator: indicator ?? null,
      period,
      status: PriorityStatus.DRAFT,
      isNonPriority,
      nonPriorityReason,
      budget: budget ?? null,
      fte: fte ?? null,
      capacity: checkText('capacity', input.capacity, 'capacity'),
      directorate: place.directorate,
      service: place.service,
    });
    await this.flush();
    return priority;
  }

  async updatePriority(input: UpdatePriorityInput): Promise<Priority> {
    const priority = await this.load(Priority, 'Priority', 'id', input.id);
    const councilId = idOf(priority.council)!;
    await this.access.requireWrite(writeTargetOf(priority));
    this.checkVersion(`The priority ${q(priority.name)}`, priority.version, input.version);

    if (input.name !== undefined) priority.name = checkName('name', input.name);
    if (input.description !== undefined) priority.description = checkText('description', input.description, 'description');
    if (input.capacity !== undefined) priority.capacity = checkText('capacity', input.capacity, 'capacity');
    if (input.budget !== undefined) priority.budget = checkAmount('budget', input.budget, 'budget') ?? null;
    if (input.fte !== undefined) priority.fte = checkAmount('fte', input.fte, 'FTE') ?? null;

    // Origin and national agenda, checked together.
    if (input.origin !== undefined && input.origin !== null) priority.origin = input.origin;
    if (input.nationalAgenda !== undefined) priority.nationalAgenda = checkText('nationalAgenda', input.nationalAgenda, 'national agenda');
    if (input.nationalIndicatorId !== undefined) {
      const indicator = await this.checkIndicator('nationalIndicatorId', input.nationalIndicatorId, councilId);
      priority.nationalIndicator = indicator ? this.em.getReference(Indicator, indicator.id, { wrapped: true }) : null;
    }
    assertValid(validateOrigin(priority.origin, priority.nationalAgenda, priority.nationalIndicator !== null));

    // Non-priority and its reason.
    if (input.isNonPriority !== undefined && input.isNonPriority !== null) priority.isNonPriority = input.isNonPriority;
    if (input.nonPriorityReason !== undefined)
      priority.nonPriorityReason = checkText('nonPriorityReason', input.nonPriorityReason, 'reason');
    assertValid(validateNonPriorityReason(priority.isNonPriority, priority.nonPriorityReason));

    // Placement (directorate / service), with access to the new place too. What is left out is kept.
    if (input.directorateId !== undefined || input.serviceId !== undefined) {
      const current = (type: string, id: number | null) => (id === null ? null : toGlobalId(type, id));
      const directorateArg =
        priority.level === PriorityLevel.DIRECTORATE && input.directorateId === undefined
          ? current('Directorate', idOf(priority.directorate))
          : input.directorateId;
      const serviceArg =
        priority.level === PriorityLevel.SERVICE && input.serviceId === undefined
          ? current('Service', idOf(priority.service))
          : input.serviceId;
      const place = await this.placement(priority.level, councilId, directorateArg, serviceArg, priority.isNonPriority);
      await this.access.requireWrite(
        priorityWriteTarget(councilId, priority.level, place.directorate?.id ?? null, place.service?.id ?? null),
      );
      priority.directorate = place.directorate ? this.em.getReference(Directorate, place.directorate.id, { wrapped: true }) : null;
      priority.service = place.service ? this.em.getReference(Service, place.service.id, { wrapped: true }) : null;
    }

    // Owner (an agreed priority keeps one).
    if (input.ownerId !== undefined) {
      const owner = await this.owner('ownerId', input.ownerId, councilId);
      if (!owner && priority.status !== PriorityStatus.DRAFT) {
        throw badInput(
          'ownerId',
          `${q(priority.name)} is ${priority.status === PriorityStatus.AGREED ? 'agreed' : 'communicated'}: it keeps an owner who ` +
            `answers for it. Name the new owner instead.`,
        );
      }
      priority.owner = owner ? this.em.getReference(Person, owner.id, { wrapped: true }) : null;
    }

    // Parent.
    if (input.parentId !== undefined) {
      const parent = await this.optional(Priority, 'Priority', 'parentId', input.parentId, councilId);
      await this.checkParent(
        {
          id: priority.id,
          name: priority.name,
          level: priority.level,
          councilId,
          period: priority.period,
          isNonPriority: priority.isNonPriority,
          directorateId: idOf(priority.directorate),
        },
        parent ?? null,
      );
      priority.parent = parent ? this.em.getReference(Priority, parent.id, { wrapped: true }) : null;
    }

    // Status, forward only, each with its date.
    const agreedOn = checkOptionalDate('agreedOn', input.agreedOn);
    const communicatedOn = checkOptionalDate('communicatedOn', input.communicatedOn);
    if (input.status !== undefined && input.status !== null && input.status !== priority.status) {
      const communicationCount =
        input.status === PriorityStatus.COMMUNICATED ? await this.em.count(CommunicationPriority, { priority: priority.id }) : 0;
      assertValid(
        validateStatusChange(priority.status, input.status, { ownerId: idOf(priority.owner), communicationCount, name: priority.name }),
      );
      if (input.status === PriorityStatus.AGREED) priority.agreedOn = agreedOn ?? isoToday();
      if (input.status === PriorityStatus.COMMUNICATED) priority.communicatedOn = communicatedOn ?? isoToday();
      priority.status = input.status;
    }
    if (agreedOn !== undefined && agreedOn !== priority.agreedOn) {
      if (priority.status === PriorityStatus.DRAFT || agreedOn === null)
        throw badInput('agreedOn', 'The date agreed is set when the priority is agreed (status AGREED), and stays set.');
      priority.agreedOn = agreedOn;
    }
    if (communicatedOn !== undefined && communicatedOn !== priority.communicatedOn) {
      if (priority.status !== PriorityStatus.COMMUNICATED || communicatedOn === null)
        throw badInput(
          'communicatedOn',
          'The date communicated is set when the priority is communicated (status COMMUNICATED), and stays set.',
        );
      priority.communicatedOn = communicatedOn;
    }
    assertValid(validateCommunicatedAfterAgreed(priority.agreedOn, priority.communicatedOn));
    await this.flush();
    return priority;
  }

  /**
   * Refused while objectives deliver the priority, priorities sit under it or appraisal objectives
   * aim at it, unless `relinkTo` names the priority (same council, year and level) that takes them on.
   */
  async deletePriority(
    globalId: string,
    version: number | null | undefined,
    relinkTo: string | null | undefined,
  ): Promise<{ deletedIds: number[]; relinked: number; name: string }> {
    const priority = await this.load(Priority, 'Priority', 'id', globalId);
    await this.access.requireWrite(writeTargetOf(priority));
    this.checkVersion(`The priority ${q(priority.name)}`, priority.version, version);
    const [links, children, appraisals] = await Promise.all([
      this.em.find(ObjectivePriority, { priority: priority.id }, { populate: ['objective'] }),
      this.em.find(Priority, { parent: priority.id }, { fields: ['id', 'name'] }),
      this.em.find(AppraisalObjective, { priority: priority.id }, { fields: ['id', 'name'] }),
    ]);
    const objectives = links.map((l) => ({ id: l.objective.unwrap().id, name: l.objective.unwrap().name }));
    let successor: Priority | null = null;
    if (relinkTo) {
      successor = await this.ref(Priority, 'Priority', 'relinkObjectivesTo', relinkTo, idOf(priority.council)!);
      assertValid(validateRelink(priority, successor, children.length));
      await this.access.requireWrite(writeTargetOf(successor));
    } else {
      assertValid(validatePriorityDeletion({ id: priority.id, name: priority.name }, objectives, children, appraisals));
    }
    const target = successor;
    await this.em.transactional(async (em) => {
      if (target) {
        const already = await em.find(
          ObjectivePriority,
          { priority: target.id, objective: { $in: objectives.map((o) => o.id) } },
          { fields: ['id', 'objective'] },
        );
        const alreadyIds = already.map((l) => idOf(l.objective)!);
        await em.nativeDelete(ObjectivePriority, { priority: priority.id, objective: { $in: alreadyIds } });
        await em.nativeUpdate(ObjectivePriority, { priority: priority.id }, { priority: target.id });
        await em.nativeUpdate(Priority, { parent: priority.id }, { parent: target.id });
        await em.nativeUpdate(AppraisalObjective, { priority: priority.id }, { priority: target.id });
      }
      await em.nativeDelete(ObjectivePriority, { priority: priority.id });
      await em.nativeDelete(PriorityTarget, { priority: priority.id });
      await em.nativeDelete(ConsultationPriority, { priority: priority.id });
      await em.nativeDelete(CommunicationPriority, { priority: priority.id });
      await em.nativeDelete(Priority, { id: priority.id });
    });
    return {
      deletedIds: [priority.id],
      relinked: target ? objectives.length + children.length + appraisals.length : 0,
      name: priority.name,
    };
  }

  async setPriorityLimit(councilGlobalId: string, level: PriorityLevel, limit: number | null): Promise<Council> {
    const council = await this.load(Council, 'Council', 'councilId', councilGlobalId);
    await this.access.requireWrite({ kind: 'council', councilId: council.id });
    if (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > 100)) {
      throw badInput('limit', `A limit is a whole number from 1 to 100 (got ${limit}); null removes the limit.`);
    }
    const existing = await this.em.findOne(PriorityLimit, { council: council.id, level });
    if (limit === null) {
      if (existing) this.em.remove(existing);
    } else if (existing) existing.limit = limit;
    else this.em.create(PriorityLimit, { council, level, limit });
    await this.flush();
    return council;
  }

  async limitsOf(councilId: number): Promise<Array<{ level: PriorityLevel; limit: number | null }>> {
    return limitsByLevel(await this.em.find(PriorityLimit, { council: councilId }));
  }
}
