import {
  AppraisalObjective,
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
  Council,
  Directorate,
  Indicator,
  Milestone,
  MilestoneStatus,
  Objective,
  ObjectivePriority,
  ObjectiveTarget,
  Person,
  PersonKind,
  Priority,
  PriorityLevel,
  PriorityLimit,
  PriorityOrigin,
  PriorityStatus,
  PriorityTarget,
  Service,
  Target,
} from '@goldenthread/db';
import { q, validateName, validatePriorityDeletion, validatePriorityParent, validateStatusChange } from '@goldenthread/domain';
import type { WriteTarget } from '../../access/access.js';
import { assertValid, badInput, forbidden } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { checkDate, checkOptionalDate, checkPeriod, WriteService } from '../shared/lookup.js';
import { isoToday } from './cascade.snapshot.js';
import type {
  CreateAppraisalObjectiveInput,
  CreateMilestoneInput,
  CreateObjectiveInput,
  CreatePriorityInput,
  RecordCommunicationInput,
  RecordConsultationInput,
  TargetLinkInput,
  UpdateAppraisalObjectiveInput,
  UpdateMilestoneInput,
  UpdateObjectiveInput,
  UpdatePriorityInput,
} from './cascade.input.js';

const LONG_TEXT = 4000;

function checkName(field: string, value: string | null | undefined, max = 200): string {
  if (value === null || value === undefined) throw badInput(field, 'The name must not be empty.');
  assertValid(validateName(field, value, max));
  return value.trim();
}

function checkText(field: string, value: string | null | undefined, what: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  if (trimmed.length > LONG_TEXT) throw badInput(field, `The ${what} is ${trimmed.length} characters long; the most allowed is ${LONG_TEXT}.`);
  return trimmed;
}

function checkAmount(field: string, value: number | null | undefined, what: string): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isFinite(value) || value < 0) throw badInput(field, `The ${what} must be zero or more (got ${value}).`);
  return value;
}

function isNational(origin: PriorityOrigin): boolean {
  return origin === PriorityOrigin.NATIONAL;
}

type Placement = { directorate: Directorate | null; service: Service | null };

/**
 * Writes to the golden thread: priorities (with their limits), engagement, service-plan objectives
 * and milestones, appraisal objectives and target links. Every method checks access before it
 * changes anything, validates with the domain rules, and writes all or nothing.
 */
export class CascadeService extends WriteService {
  // ---------------------------------------------------------------- helpers

  private async owner(field: string, globalId: string | null | undefined, councilId: number): Promise<Person | null | undefined> {
    return this.optional(Person, 'Person', field, globalId, councilId);
  }

  /** Who may write a priority: the council (corporate), its directorate or its service. */
  private priorityTarget(councilId: number, level: PriorityLevel, directorateId: number | null, serviceId: number | null): WriteTarget {
    if (level === PriorityLevel.SERVICE && serviceId !== null) return { kind: 'service', councilId, serviceId };
    if (level !== PriorityLevel.CORPORATE && directorateId !== null) return { kind: 'directorate', councilId, directorateId };
    return { kind: 'council', councilId };
  }

  private writeTargetOf(p: Priority): WriteTarget {
    return this.priorityTarget(idOf(p.council)!, p.level, idOf(p.directorate), idOf(p.service));
  }

  /** The directorate / service a priority of `level` belongs to, checked against the council. */
  private async placement(level: PriorityLevel, councilId: number, directorateId: string | null | undefined, serviceId: string | null | undefined, isNonPriority: boolean): Promise<Placement> {
    if (level === PriorityLevel.CORPORATE) {
      if (directorateId) throw badInput('directorateId', 'A corporate priority belongs to the whole council, not to a directorate.');
      if (serviceId) throw badInput('serviceId', 'A corporate priority belongs to the whole council, not to a service.');
      return { directorate: null, service: null };
    }
    if (level === PriorityLevel.DIRECTORATE) {
      if (serviceId) throw badInput('serviceId', 'A directorate priority belongs to a directorate, not to a service: make it a service priority instead.');
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
      if (directorate.id !== idOf(service.directorate)) throw badInput('directorateId', `${q(service.name)} is not in ${q(directorate.name)}.`);
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
    priority: { id: number; name: string; level: PriorityLevel; councilId: number; period: string; isNonPriority: boolean; directorateId: number | null },
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
    if (parent.period !== priority.period) {
      throw badInput('parentId', `${q(parent.name)} is a priority of ${parent.period}; ${q(priority.name)} is for ${priority.period}. A priority sits under a priority of the same year.`);
    }
    if (parent.isNonPriority) {
      throw badInput('parentId', `${q(parent.name)} is recorded as not a priority, so nothing can be placed under it.`);
    }
    if (priority.level === PriorityLevel.SERVICE && priority.directorateId !== null && idOf(parent.directorate) !== null && idOf(parent.directorate) !== priority.directorateId) {
      throw badInput('parentId', `${q(parent.name)} is a priority of another directorate than the service of ${q(priority.name)}.`);
    }
  }

  private async checkIndicator(field: string, globalId: string | null | undefined, councilId: number): Promise<Indicator | null | undefined> {
    // National indicators and the council's own local ones; another council's local one is as unknown.
    return this.optional(Indicator, 'Indicator', field, globalId, councilId, { national: true });
  }

  private checkOrigin(origin: PriorityOrigin, nationalAgenda: string | null, hasIndicator: boolean): void {
    if (isNational(origin) && !nationalAgenda) {
      throw badInput('nationalAgenda', 'Say which national agenda this national priority translates (for example an ASCOF measure).');
    }
    if (!isNational(origin) && (nationalAgenda || hasIndicator)) {
      throw badInput('origin', 'A local priority translates no national agenda: set origin NATIONAL, or leave out nationalAgenda and nationalIndicatorId.');
    }
  }

  // ---------------------------------------------------------------- priorities

  async createPriority(input: CreatePriorityInput): Promise<Priority> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    const isNonPriority = input.isNonPriority ?? false;
    const place = await this.placement(input.level, council.id, input.directorateId, input.serviceId, isNonPriority);
    await this.access.requireWrite(this.priorityTarget(council.id, input.level, place.directorate?.id ?? null, place.service?.id ?? null));

    const name = checkName('name', input.name);
    const period = checkPeriod('period', input.period);
    const description = checkText('description', input.description, 'description');
    const origin = input.origin ?? PriorityOrigin.LOCAL;
    const nationalAgenda = checkText('nationalAgenda', input.nationalAgenda, 'national agenda');
    const indicator = await this.checkIndicator('nationalIndicatorId', input.nationalIndicatorId, council.id);
    this.checkOrigin(origin, nationalAgenda, !!indicator);
    const nonPriorityReason = checkText('nonPriorityReason', input.nonPriorityReason, 'reason');
    if (isNonPriority && !nonPriorityReason) throw badInput('nonPriorityReason', 'Say why this is not a priority: people need the reason as much as the decision.');
    if (!isNonPriority && nonPriorityReason) throw badInput('nonPriorityReason', 'Only an explicit non-priority (isNonPriority: true) has a reason for not being a priority.');
    const budget = checkAmount('budget', input.budget, 'budget');
    const fte = checkAmount('fte', input.fte, 'FTE');
    const owner = await this.owner('ownerId', input.ownerId, council.id);
    const parent = await this.optional(Priority, 'Priority', 'parentId', input.parentId, council.id);
    await this.checkParent({ id: 0, name, level: input.level, councilId: council.id, period, isNonPriority, directorateId: place.directorate?.id ?? null }, parent ?? null);

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
    await this.access.requireWrite(this.writeTargetOf(priority));
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
    this.checkOrigin(priority.origin, priority.nationalAgenda, priority.nationalIndicator !== null);

    // Non-priority and its reason.
    if (input.isNonPriority !== undefined && input.isNonPriority !== null) priority.isNonPriority = input.isNonPriority;
    if (input.nonPriorityReason !== undefined) priority.nonPriorityReason = checkText('nonPriorityReason', input.nonPriorityReason, 'reason');
    if (priority.isNonPriority && !priority.nonPriorityReason) throw badInput('nonPriorityReason', 'Say why this is not a priority: people need the reason as much as the decision.');
    if (!priority.isNonPriority && priority.nonPriorityReason) throw badInput('nonPriorityReason', 'Only an explicit non-priority (isNonPriority: true) has a reason for not being a priority.');

    // Placement (directorate / service), with access to the new place too. What is left out is kept.
    if (input.directorateId !== undefined || input.serviceId !== undefined) {
      const current = (type: string, id: number | null) => (id === null ? null : toGlobalId(type, id));
      const directorateArg =
        priority.level === PriorityLevel.DIRECTORATE && input.directorateId === undefined ? current('Directorate', idOf(priority.directorate)) : input.directorateId;
      const serviceArg = priority.level === PriorityLevel.SERVICE && input.serviceId === undefined ? current('Service', idOf(priority.service)) : input.serviceId;
      const place = await this.placement(priority.level, councilId, directorateArg, serviceArg, priority.isNonPriority);
      await this.access.requireWrite(this.priorityTarget(councilId, priority.level, place.directorate?.id ?? null, place.service?.id ?? null));
      priority.directorate = place.directorate ? this.em.getReference(Directorate, place.directorate.id, { wrapped: true }) : null;
      priority.service = place.service ? this.em.getReference(Service, place.service.id, { wrapped: true }) : null;
    }

    // Owner (an agreed priority keeps one).
    if (input.ownerId !== undefined) {
      const owner = await this.owner('ownerId', input.ownerId, councilId);
      if (!owner && priority.status !== PriorityStatus.DRAFT) {
        throw badInput('ownerId', `${q(priority.name)} is ${priority.status === PriorityStatus.AGREED ? 'agreed' : 'communicated'}: it keeps an owner who answers for it. Name the new owner instead.`);
      }
      priority.owner = owner ? this.em.getReference(Person, owner.id, { wrapped: true }) : null;
    }

    // Parent.
    if (input.parentId !== undefined) {
      const parent = await this.optional(Priority, 'Priority', 'parentId', input.parentId, councilId);
      await this.checkParent(
        { id: priority.id, name: priority.name, level: priority.level, councilId, period: priority.period, isNonPriority: priority.isNonPriority, directorateId: idOf(priority.directorate) },
        parent ?? null,
      );
      priority.parent = parent ? this.em.getReference(Priority, parent.id, { wrapped: true }) : null;
    }

    // Status, forward only, each with its date.
    const agreedOn = checkOptionalDate('agreedOn', input.agreedOn);
    const communicatedOn = checkOptionalDate('communicatedOn', input.communicatedOn);
    if (input.status !== undefined && input.status !== null && input.status !== priority.status) {
      const communicationCount = input.status === PriorityStatus.COMMUNICATED ? await this.em.count(CommunicationPriority, { priority: priority.id }) : 0;
      assertValid(validateStatusChange(priority.status, input.status, { ownerId: idOf(priority.owner), communicationCount, name: priority.name }));
      if (input.status === PriorityStatus.AGREED) priority.agreedOn = agreedOn ?? isoToday();
      if (input.status === PriorityStatus.COMMUNICATED) priority.communicatedOn = communicatedOn ?? isoToday();
      priority.status = input.status;
    }
    if (agreedOn !== undefined && agreedOn !== priority.agreedOn) {
      if (priority.status === PriorityStatus.DRAFT || agreedOn === null) throw badInput('agreedOn', 'The date agreed is set when the priority is agreed (status AGREED), and stays set.');
      priority.agreedOn = agreedOn;
    }
    if (communicatedOn !== undefined && communicatedOn !== priority.communicatedOn) {
      if (priority.status !== PriorityStatus.COMMUNICATED || communicatedOn === null) throw badInput('communicatedOn', 'The date communicated is set when the priority is communicated (status COMMUNICATED), and stays set.');
      priority.communicatedOn = communicatedOn;
    }
    if (priority.agreedOn && priority.communicatedOn && priority.communicatedOn < priority.agreedOn) {
      throw badInput('communicatedOn', `A priority is communicated after it is agreed: ${priority.communicatedOn} is before ${priority.agreedOn}.`);
    }
    await this.flush();
    return priority;
  }

  /**
   * Refused while objectives deliver the priority, priorities sit under it or appraisal objectives
   * aim at it, unless `relinkTo` names the priority (same council, year and level) that takes them on.
   */
  async deletePriority(globalId: string, version: number | null | undefined, relinkTo: string | null | undefined): Promise<{ deletedIds: number[]; relinked: number; name: string }> {
    const priority = await this.load(Priority, 'Priority', 'id', globalId);
    await this.access.requireWrite(this.writeTargetOf(priority));
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
      const why =
        successor.id === priority.id
          ? 'it is the priority being deleted'
          : successor.period !== priority.period
            ? `it is a priority of ${successor.period}, not ${priority.period}`
            : successor.isNonPriority
              ? 'it is recorded as not a priority'
              : children.length > 0 && successor.level !== priority.level
                ? `${children.length === 1 ? 'a priority sits' : 'priorities sit'} under ${q(priority.name)} and can only move to another ${priority.level.toLowerCase()} priority`
                : null;
      if (why) throw badInput('relinkObjectivesTo', `${q(priority.name)}'s objectives cannot move to ${q(successor.name)}: ${why}.`);
      await this.access.requireWrite(this.writeTargetOf(successor));
    } else {
      assertValid(validatePriorityDeletion({ id: priority.id, name: priority.name }, objectives, children, appraisals));
    }
    const target = successor;
    await this.em.transactional(async (em) => {
      if (target) {
        const already = await em.find(ObjectivePriority, { priority: target.id, objective: { $in: objectives.map((o) => o.id) } }, { fields: ['id', 'objective'] });
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
    return { deletedIds: [priority.id], relinked: target ? objectives.length + children.length + appraisals.length : 0, name: priority.name };
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
    const rows = await this.em.find(PriorityLimit, { council: councilId });
    return Object.values(PriorityLevel).map((level) => ({ level, limit: rows.find((r) => r.level === level)?.limit ?? null }));
  }

  // ---------------------------------------------------------------- engagement

  /** Priorities by global id, each of the council (another council's is as unknown); deduplicated. */
  private async prioritiesOf(field: string, ids: readonly string[], councilId: number): Promise<Priority[]> {
    const dbIds = [...new Set(ids.map((id, i) => decodeId(`${field}[${i}]`, id, 'Priority')))];
    const rows = dbIds.length ? await this.em.find(Priority, { id: { $in: dbIds }, council: councilId }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    ids.forEach((gid, i) => {
      const row = byId.get(decodeId(`${field}[${i}]`, gid, 'Priority'));
      if (!row) throw badInput(`${field}[${i}]`, `no Priority with id ${gid} exists.`);
    });
    return dbIds.map((id) => byId.get(id)!);
  }

  private groupName(field: string, name: string): string {
    assertValid(validateName(field, name));
    return name.trim();
  }

  async recordConsultation(input: RecordConsultationInput): Promise<Consultation> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite({ kind: 'council', councilId: council.id });
    const title = checkName('title', input.title);
    const date = checkDate('date', input.date);
    const heard = checkText('heard', input.heard, 'summary of what was heard');
    if (!heard) throw badInput('heard', 'Say in a sentence or two what was heard.');
    if (input.groups.length === 0) throw badInput('groups', 'Name at least one group that was consulted.');
    const groups = input.groups.map((g, i) => ({ kind: g.kind, name: this.groupName(`groups[${i}].name`, g.name), hardToReach: g.hardToReach }));
    const priorities = await this.prioritiesOf('priorityIds', input.priorityIds, council.id);
    const consultation = this.em.create(Consultation, { council, title, date, heard });
    for (const g of groups) this.em.create(ConsultationGroup, { consultation, ...g });
    for (const p of priorities) this.em.create(ConsultationPriority, { consultation, priority: p });
    await this.flush();
    return consultation;
  }

  async recordCommunication(input: RecordCommunicationInput): Promise<Communication> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.access.requireWrite({ kind: 'council', councilId: council.id });
    const date = checkDate('date', input.date);
    const channel = checkName('channel', input.channel);
    if (input.groups.length === 0) throw badInput('groups', 'Name at least one group that was told.');
    const groups = input.groups.map((g, i) => ({ kind: g.kind, name: this.groupName(`groups[${i}].name`, g.name) }));
    if (input.priorityIds.length === 0) throw badInput('priorityIds', 'Name at least one priority the communication was about.');
    const priorities = await this.prioritiesOf('priorityIds', input.priorityIds, council.id);
    const communication = this.em.create(Communication, { council, date, channel });
    for (const g of groups) this.em.create(CommunicationGroup, { communication, ...g });
    for (const p of priorities) this.em.create(CommunicationPriority, { communication, priority: p });
    await this.flush();
    return communication;
  }

  async deleteConsultation(globalId: string, version: number | null | undefined): Promise<number> {
    const c = await this.load(Consultation, 'Consultation', 'id', globalId);
    await this.access.requireWrite({ kind: 'council', councilId: idOf(c.council)! });
    this.checkVersion(`The consultation ${q(c.title)}`, c.version, version);
    await this.em.transactional(async (em) => {
      await em.nativeDelete(ConsultationGroup, { consultation: c.id });
      await em.nativeDelete(ConsultationPriority, { consultation: c.id });
      await em.nativeDelete(Consultation, { id: c.id });
    });
    return c.id;
  }

  /** Refused while it is the only communication of a COMMUNICATED priority (it would lose its evidence). */
  async deleteCommunication(globalId: string, version: number | null | undefined): Promise<number> {
    const c = await this.load(Communication, 'Communication', 'id', globalId);
    await this.access.requireWrite({ kind: 'council', councilId: idOf(c.council)! });
    this.checkVersion(`The communication of ${c.date}`, c.version, version);
    const links = await this.em.find(CommunicationPriority, { communication: c.id }, { populate: ['priority'] });
    const communicated = links.map((l) => l.priority.unwrap()).filter((p) => p.status === PriorityStatus.COMMUNICATED);
    if (communicated.length) {
      const others = await this.em.find(CommunicationPriority, { priority: { $in: communicated.map((p) => p.id) }, communication: { $ne: c.id } }, { fields: ['id', 'priority'] });
      const covered = new Set(others.map((o) => idOf(o.priority)));
      const alone = communicated.filter((p) => !covered.has(p.id));
      if (alone.length) {
        throw badInput('id', `This is the only recorded communication of ${alone.map((p) => q(p.name)).join(', ')}, which ${alone.length === 1 ? 'is' : 'are'} marked as communicated. Record the communication that replaces it first.`);
      }
    }
    await this.em.transactional(async (em) => {
      await em.nativeDelete(CommunicationGroup, { communication: c.id });
      await em.nativeDelete(CommunicationPriority, { communication: c.id });
      await em.nativeDelete(Communication, { id: c.id });
    });
    return c.id;
  }

  // ---------------------------------------------------------------- objectives and milestones

  /** The priorities an objective of `period` delivers: same council and year, not non-priorities. */
  private async deliverable(ids: readonly string[], councilId: number, period: string): Promise<Priority[]> {
    const priorities = await this.prioritiesOf('priorityIds', ids, councilId);
    priorities.forEach((p) => {
      const i = ids.findIndex((id) => decodeId('priorityIds', id, 'Priority') === p.id);
      if (p.period !== period) throw badInput(`priorityIds[${i}]`, `${q(p.name)} is a priority of ${p.period}; this objective is for ${period}.`);
      if (p.isNonPriority) throw badInput(`priorityIds[${i}]`, `${q(p.name)} is recorded as not a priority, so no objective can deliver it.`);
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
    await this.access.requireWrite({ kind: 'service', councilId: idOf(objective.council)!, serviceId: idOf(objective.service)! });
    this.checkVersion(`The objective ${q(objective.name)}`, objective.version, version);
    const aimed = await this.em.find(AppraisalObjective, { objective: objective.id }, { populate: ['person'] });
    if (aimed.length) {
      const who = aimed.slice(0, 5).map((a) => `${a.person.unwrap().name} (${q(a.name)})`);
      const more = aimed.length > 5 ? ` and ${aimed.length - 5} more` : '';
      throw badInput('id', `${q(objective.name)} cannot be deleted while ${aimed.length === 1 ? 'an appraisal objective is' : `${aimed.length} appraisal objectives are`} aimed at it: ${who.join(', ')}${more}. Aim them at another objective first.`);
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
    await this.access.requireWrite({ kind: 'service', councilId: idOf(objective.council)!, serviceId: idOf(objective.service)! });
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
    await this.access.requireWrite({ kind: 'service', councilId: idOf(objective.council)!, serviceId: idOf(objective.service)! });
    this.checkVersion(`The milestone ${q(milestone.name)}`, milestone.version, input.version);
    if (input.name !== undefined) milestone.name = checkName('name', input.name);
    if (input.due !== undefined) {
      if (input.due === null) throw badInput('due', 'A milestone needs a due date.');
      milestone.due = checkDate('due', input.due);
    }
    const completedOn = input.completedOn === undefined ? (input.status && input.status !== MilestoneStatus.COMPLETE ? null : milestone.completedOn) : checkOptionalDate('completedOn', input.completedOn) ?? null;
    const status = input.status ?? (input.completedOn ? MilestoneStatus.COMPLETE : input.completedOn === null && milestone.status === MilestoneStatus.COMPLETE ? MilestoneStatus.ON_TRACK : milestone.status);
    Object.assign(milestone, this.milestoneState(status, completedOn));
    await this.flush();
    return milestone;
  }

  async deleteMilestone(globalId: string, version: number | null | undefined): Promise<number> {
    const milestone = await this.load(Milestone, 'Milestone', 'id', globalId);
    const objective = await this.em.findOneOrFail(Objective, { id: idOf(milestone.objective)! });
    await this.access.requireWrite({ kind: 'service', councilId: idOf(objective.council)!, serviceId: idOf(objective.service)! });
    this.checkVersion(`The milestone ${q(milestone.name)}`, milestone.version, version);
    await this.em.nativeDelete(Milestone, { id: milestone.id });
    return milestone.id;
  }

  // ---------------------------------------------------------------- appraisal objectives

  /** The objective and priority an appraisal objective aims at: same council and year; at least one. */
  private async aim(councilId: number, period: string, objectiveId: string | null | undefined, priorityId: string | null | undefined): Promise<{ objective: Objective | null; priority: Priority | null }> {
    const objective = (await this.optional(Objective, 'Objective', 'objectiveId', objectiveId, councilId)) ?? null;
    const priority = (await this.optional(Priority, 'Priority', 'priorityId', priorityId, councilId)) ?? null;
    if (!objective && !priority) {
      throw badInput('objectiveId', 'Aim the appraisal objective at a service objective (objectiveId) or a priority (priorityId), so it is part of the golden thread.');
    }
    if (objective) {
      if (objective.period !== period) throw badInput('objectiveId', `${q(objective.name)} is an objective of the ${objective.period} plan; this appraisal objective is for ${period}.`);
    }
    if (priority) {
      if (priority.period !== period) throw badInput('priorityId', `${q(priority.name)} is a priority of ${priority.period}; this appraisal objective is for ${period}.`);
      if (priority.isNonPriority) throw badInput('priorityId', `${q(priority.name)} is recorded as not a priority.`);
    }
    return { objective, priority };
  }

  private reviewDates(agreedOn: string | null, reviewedOn: string | null, rating: string | null): void {
    if (reviewedOn && !agreedOn) throw badInput('reviewedOn', 'An appraisal objective is reviewed after it is agreed: set agreedOn too.');
    if (reviewedOn && agreedOn && reviewedOn < agreedOn) throw badInput('reviewedOn', `The review (${reviewedOn}) cannot be before the objective was agreed (${agreedOn}).`);
    if (rating && !reviewedOn) throw badInput('rating', 'A rating is given at review: set reviewedOn too.');
  }

  async createAppraisalObjective(input: CreateAppraisalObjectiveInput): Promise<AppraisalObjective> {
    const person = await this.load(Person, 'Person', 'personId', input.personId);
    const councilId = idOf(person.council)!;
    await this.access.requireWrite({ kind: 'person', councilId, personId: person.id });
    if (person.kind !== PersonKind.OFFICER) throw badInput('personId', `${person.name} is not a member of staff; appraisal objectives are for officers.`);
    const name = checkName('name', input.name, 300);
    const period = checkPeriod('period', input.period);
    const aim = await this.aim(councilId, period, input.objectiveId, input.priorityId);
    const agreedOn = checkOptionalDate('agreedOn', input.agreedOn) ?? null;
    const reviewedOn = checkOptionalDate('reviewedOn', input.reviewedOn) ?? null;
    this.reviewDates(agreedOn, reviewedOn, input.rating ?? null);
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
    this.reviewDates(a.agreedOn, a.reviewedOn, a.rating);
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

  // ---------------------------------------------------------------- targets

  private async linkParts(input: TargetLinkInput): Promise<{ target: Target; objective: Objective | null; priority: Priority | null }> {
    const target = await this.load(Target, 'Target', 'targetId', input.targetId);
    const councilId = idOf(target.council)!;
    // Nobody links another council's targets; the precise check follows once we know what is linked.
    if (!this.access.isMemberOf(councilId)) throw forbidden("You can link only your own council's targets.");
    if ((input.objectiveId == null) === (input.priorityId == null)) throw badInput('objectiveId', 'Give either objectiveId or priorityId, not both or neither.');
    const objective = (await this.optional(Objective, 'Objective', 'objectiveId', input.objectiveId, councilId)) ?? null;
    const priority = (await this.optional(Priority, 'Priority', 'priorityId', input.priorityId, councilId)) ?? null;
    await this.access.requireWrite(objective ? { kind: 'service', councilId, serviceId: idOf(objective.service)! } : this.writeTargetOf(priority!));
    return { target, objective, priority };
  }

  async linkTarget(input: TargetLinkInput): Promise<{ target: Target; objective: Objective | null; priority: Priority | null; changed: boolean }> {
    const parts = await this.linkParts(input);
    const { target, objective, priority } = parts;
    const other = objective ?? priority!;
    const field = objective ? 'objectiveId' : 'priorityId';
    if (target.period !== other.period) {
      throw badInput(field, `The target is for ${target.period}; ${q(other.name)} is for ${other.period}. Link a target of the same year.`);
    }
    if (priority?.isNonPriority) throw badInput('priorityId', `${q(priority.name)} is recorded as not a priority, so no target measures it.`);
    const existing = objective
      ? await this.em.findOne(ObjectiveTarget, { objective: objective.id, target: target.id })
      : await this.em.findOne(PriorityTarget, { priority: priority!.id, target: target.id });
    if (existing) return { ...parts, changed: false };
    if (objective) this.em.create(ObjectiveTarget, { objective, target });
    else this.em.create(PriorityTarget, { priority: priority!, target });
    await this.flush();
    return { ...parts, changed: true };
  }

  async unlinkTarget(input: TargetLinkInput): Promise<{ target: Target; objective: Objective | null; priority: Priority | null; changed: boolean }> {
    const parts = await this.linkParts(input);
    const removed = parts.objective
      ? await this.em.nativeDelete(ObjectiveTarget, { objective: parts.objective.id, target: parts.target.id })
      : await this.em.nativeDelete(PriorityTarget, { priority: parts.priority!.id, target: parts.target.id });
    return { ...parts, changed: removed > 0 };
  }
}
