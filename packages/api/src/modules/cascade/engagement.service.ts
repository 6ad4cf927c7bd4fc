import {
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
  Council,
  PriorityStatus,
} from '@goldenthread/db';
import { q, validateName } from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkDate } from '../shared/lookup.js';
import { CascadeWriteService, checkName, checkText, communicationWriteTargets, placeOf, requireAll } from './cascade-writes.js';
import type { RecordCommunicationInput, RecordConsultationInput } from './cascade.input.js';

/**
 * Writes of engagement: consultations (who was heard) and communications (who was told) about
 * priorities. Both are for the council's writers, or for one who may write every priority named.
 */
export class EngagementService extends CascadeWriteService {
  private groupName(field: string, name: string): string {
    assertValid(validateName(field, name));
    return name.trim();
  }

  async recordConsultation(input: RecordConsultationInput): Promise<Consultation> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    // As a communication: outside the council refused as any write of it; inside, the priorities it informed decide (below).
    if (!this.access.isMemberOf(council.id)) await this.access.requireWrite({ kind: 'council', councilId: council.id });
    const title = checkName('title', input.title);
    const date = checkDate('date', input.date);
    const heard = checkText('heard', input.heard, 'summary of what was heard');
    if (!heard) throw badInput('heard', 'Say in a sentence or two what was heard.');
    if (input.groups.length === 0) throw badInput('groups', 'Name at least one group that was consulted.');
    const groups = input.groups.map((g, i) => ({
      kind: g.kind,
      name: this.groupName(`groups[${i}].name`, g.name),
      hardToReach: g.hardToReach,
    }));
    const priorities = await this.prioritiesOf('priorityIds', input.priorityIds, council.id);
    await requireAll(this.access, communicationWriteTargets(council.id, priorities.map(placeOf)));
    const consultation = this.em.create(Consultation, { council, title, date, heard });
    for (const g of groups) this.em.create(ConsultationGroup, { consultation, ...g });
    for (const p of priorities) this.em.create(ConsultationPriority, { consultation, priority: p });
    await this.flush();
    return consultation;
  }

  async recordCommunication(input: RecordCommunicationInput): Promise<Communication> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    // Outside the council: refused as any write of it; inside, the priorities it names decide (below).
    if (!this.access.isMemberOf(council.id)) await this.access.requireWrite({ kind: 'council', councilId: council.id });
    const date = checkDate('date', input.date);
    const channel = checkName('channel', input.channel);
    if (input.groups.length === 0) throw badInput('groups', 'Name at least one group that was told.');
    const groups = input.groups.map((g, i) => ({ kind: g.kind, name: this.groupName(`groups[${i}].name`, g.name) }));
    if (input.priorityIds.length === 0) throw badInput('priorityIds', 'Name at least one priority the communication was about.');
    const priorities = await this.prioritiesOf('priorityIds', input.priorityIds, council.id);
    await requireAll(this.access, communicationWriteTargets(council.id, priorities.map(placeOf)));
    const communication = this.em.create(Communication, { council, date, channel });
    for (const g of groups) this.em.create(CommunicationGroup, { communication, ...g });
    for (const p of priorities) this.em.create(CommunicationPriority, { communication, priority: p });
    await this.flush();
    return communication;
  }

  async deleteConsultation(globalId: string, version: number | null | undefined): Promise<number> {
    const c = await this.load(Consultation, 'Consultation', 'id', globalId);
    const councilId = idOf(c.council)!;
    if (!this.access.isMemberOf(councilId)) await this.access.requireWrite({ kind: 'council', councilId });
    const links = await this.em.find(ConsultationPriority, { consultation: c.id }, { populate: ['priority'] });
    await requireAll(
      this.access,
      communicationWriteTargets(
        councilId,
        links.map((l) => placeOf(l.priority.unwrap())),
      ),
    );
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
      const others = await this.em.find(
        CommunicationPriority,
        { priority: { $in: communicated.map((p) => p.id) }, communication: { $ne: c.id } },
        { fields: ['id', 'priority'] },
      );
      const covered = new Set(others.map((o) => idOf(o.priority)));
      const alone = communicated.filter((p) => !covered.has(p.id));
      if (alone.length) {
        throw badInput(
          'id',
          `This is the only recorded communication of ${alone.map((p) => q(p.name)).join(', ')}, which ` +
            `${alone.length === 1 ? 'is' : 'are'} marked as communicated. Record the communication that replaces it first.`,
        );
      }
    }
    await this.em.transactional(async (em) => {
      await em.nativeDelete(CommunicationGroup, { communication: c.id });
      await em.nativeDelete(CommunicationPriority, { communication: c.id });
      await em.nativeDelete(Communication, { id: c.id });
    });
    return c.id;
  }
}
