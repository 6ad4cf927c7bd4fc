import {
  Council,
  CouncillorRoleKind,
  DecisionBody,
  Indicator,
  PartnerBody,
  Priority,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyTopic,
  Service,
} from '@goldenthread/db';
import { isHealthTopic, q, ScrutinyTopicStatus, StaffRoleKind, topicMoveError, topicSubjectError } from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import { checkDate, checkOptionalDate } from '../shared/lookup.js';
import type { GovernanceRule } from './governance-access.js';
import { CommitteeWriteService, refTo } from './roles.writes.js';
import type {
  AddScrutinyMeetingItemInput,
  CreateScrutinyMeetingInput,
  CreateScrutinyTopicInput,
  ScrutinyMeetingItemInput,
  UpdateScrutinyMeetingInput,
  UpdateScrutinyTopicInput,
} from './scrutiny.input.js';

type SubjectIds = { priorityId?: string | null; serviceId?: string | null; indicatorId?: string | null; partnerBodyId?: string | null };

/** An item of a meeting, checked and ready to add. */
interface PlannedItem {
  topic: ScrutinyTopic | null;
  title: string;
  notes: string | null;
}

/** Who keeps a committee's work programme: its chair and members, and the council's scrutiny officers. */
export function scrutinyRule(councilId: number, committeeId: number, what: string): GovernanceRule {
  return {
    councilId,
    staff: [StaffRoleKind.SCRUTINY_OFFICER],
    councillor: [
      { role: CouncillorRoleKind.SCRUTINY_CHAIR, committeeId },
      { role: CouncillorRoleKind.SCRUTINY_MEMBER, committeeId },
    ],
    what,
  };
}

/** Writes of a committee's work programme: topics, meetings and the items they take. */
export class ScrutinyProgrammeService extends CommitteeWriteService {
  /** The council and committee of a new record, with the writer checked against the committee's rule. */
  async committeeFor(
    councilGlobalId: string,
    committeeGlobalId: string,
    what: string,
  ): Promise<{ council: Council; committee: DecisionBody }> {
    const council = await this.load(Council, 'Council', 'councilId', councilGlobalId);
    this.ownCouncil(council.id);
    const committee = (await this.committee('committeeId', committeeGlobalId, council.id))!;
    await this.gov.require(scrutinyRule(council.id, committee.id, what));
    return { council, committee };
  }

  async createTopic(input: CreateScrutinyTopicInput): Promise<ScrutinyTopic> {
    const { council, committee } = await this.committeeFor(input.councilId, input.committeeId, "change this committee's work programme");
    assertValid(topicSubjectError(input));
    const title = checkName('title', input.title, 300);
    const refs = await this.subjects(input, council.id);
    const topic = this.em.create(ScrutinyTopic, {
      council,
      committee,
      title,
      reason: input.reason,
      reasonNote: checkText('reasonNote', input.reasonNote, 'reason'),
      priority: refs.priority ?? null,
      service: refs.service ?? null,
      indicator: refs.indicator ?? null,
      partnerBody: refs.partnerBody ?? null,
      health: isHealthTopic(input.reason, refs.partnerBody != null, input.health),
      plannedFor: checkOptionalDate('plannedFor', input.plannedFor) ?? null,
    });
    await this.flush();
    return topic;
  }

  async updateTopic(input: UpdateScrutinyTopicInput): Promise<ScrutinyTopic> {
    const topic = await this.load(ScrutinyTopic, 'ScrutinyTopic', 'id', input.id);
    const councilId = idOf(topic.council)!;
    await this.gov.require(scrutinyRule(councilId, idOf(topic.committee)!, "change this committee's work programme"));
    this.checkVersion(`The topic ${q(topic.title)}`, topic.version, input.version);
    if (input.status != null) assertValid(topicMoveError(topic.status, input.status));
    const pick = <K extends 'priorityId' | 'serviceId' | 'indicatorId' | 'partnerBodyId'>(
      k: K,
      ref: { unwrap(): { id: number } } | null,
    ) => (input[k] === undefined ? (ref ? ref.unwrap().id : null) : input[k]);
    assertValid(
      topicSubjectError({
        priorityId: pick('priorityId', topic.priority),
        serviceId: pick('serviceId', topic.service),
        indicatorId: pick('indicatorId', topic.indicator),
        partnerBodyId: pick('partnerBodyId', topic.partnerBody),
      }),
    );
    const refs = await this.subjects(input, councilId);
    if (input.title != null) topic.title = checkName('title', input.title, 300);
    if (input.reason != null) topic.reason = input.reason;
    if (input.reasonNote !== undefined) topic.reasonNote = checkText('reasonNote', input.reasonNote, 'reason');
    if (refs.priority !== undefined) topic.priority = refTo(refs.priority);
    if (refs.service !== undefined) topic.service = refTo(refs.service);
    if (refs.indicator !== undefined) topic.indicator = refTo(refs.indicator);
    if (refs.partnerBody !== undefined) topic.partnerBody = refTo(refs.partnerBody);
    if (input.health != null) topic.health = input.health;
    else if (input.reason != null || refs.partnerBody !== undefined) {
      // A topic newly chosen for health scrutiny, or newly naming a partner body, becomes a health topic.
      topic.health ||= isHealthTopic(topic.reason, topic.partnerBody !== null, null);
    }
    if (input.status != null) topic.status = input.status;
    if (input.plannedFor !== undefined) topic.plannedFor = checkOptionalDate('plannedFor', input.plannedFor) ?? null;
    await this.flush();
    return topic;
  }

  async createMeeting(input: CreateScrutinyMeetingInput): Promise<ScrutinyMeeting> {
    const { council, committee } = await this.committeeFor(input.councilId, input.committeeId, "record this committee's meetings");
    const heldOn = checkDate('heldOn', input.heldOn);
    const items: PlannedItem[] = [];
    for (const [i, item] of input.items.entries()) items.push(await this.itemOf(council.id, committee.id, item, `items[${i}]`));
    const meeting = this.em.create(ScrutinyMeeting, { council, committee, heldOn });
    for (const item of items) this.addTo(meeting, item);
    await this.flush();
    return meeting;
  }

  async updateMeeting(input: UpdateScrutinyMeetingInput): Promise<ScrutinyMeeting> {
    const meeting = await this.load(ScrutinyMeeting, 'ScrutinyMeeting', 'id', input.id);
    await this.gov.require(scrutinyRule(idOf(meeting.council)!, idOf(meeting.committee)!, "record this committee's meetings"));
    this.checkVersion(`The meeting of ${meeting.heldOn}`, meeting.version, input.version);
    meeting.heldOn = checkDate('heldOn', input.heldOn);
    await this.flush();
    return meeting;
  }

  async addItem(input: AddScrutinyMeetingItemInput): Promise<ScrutinyMeetingItem> {
    const meeting = await this.load(ScrutinyMeeting, 'ScrutinyMeeting', 'meetingId', input.meetingId);
    await this.gov.require(scrutinyRule(idOf(meeting.council)!, idOf(meeting.committee)!, "record this committee's meetings"));
    const item = this.addTo(meeting, await this.itemOf(idOf(meeting.council)!, idOf(meeting.committee)!, input, ''));
    await this.flush();
    return item;
  }

  async removeItem(globalId: string, version: number | null | undefined): Promise<number> {
    const item = await this.load(ScrutinyMeetingItem, 'ScrutinyMeetingItem', 'id', globalId);
    const meeting = await this.em.findOneOrFail(ScrutinyMeeting, { id: idOf(item.meeting)! });
    await this.gov.require(scrutinyRule(idOf(meeting.council)!, idOf(meeting.committee)!, "record this committee's meetings"));
    this.checkVersion(`The item ${q(item.title)}`, item.version, version);
    this.em.remove(item);
    await this.flush();
    return item.id;
  }

  /** A topic of the committee (BAD_USER_INPUT in `field` for another committee's or an unknown one). */
  async topicOf(
    field: string,
    globalId: string | null | undefined,
    councilId: number,
    committeeId: number,
  ): Promise<ScrutinyTopic | null | undefined> {
    const topic = await this.optional(ScrutinyTopic, 'ScrutinyTopic', field, globalId, councilId, { noun: 'topic' });
    if (topic && idOf(topic.committee) !== committeeId) throw badInput(field, `The topic ${q(topic.title)} is another committee's.`);
    return topic;
  }

  /** An item as sent, checked (nothing written yet: a later item's lookup must not flush an earlier one). */
  private async itemOf(councilId: number, committeeId: number, input: ScrutinyMeetingItemInput, prefix: string): Promise<PlannedItem> {
    const at = (f: string) => (prefix ? `${prefix}.${f}` : f);
    const topic = (await this.topicOf(at('topicId'), input.topicId, councilId, committeeId)) ?? null;
    if (!topic && !input.title?.trim()) {
      throw badInput(at('title'), 'An item takes a topic or has a title of its own: give topicId or title.');
    }
    const title = input.title?.trim() ? checkName(at('title'), input.title, 300) : topic!.title;
    return { topic, title, notes: checkText(at('notes'), input.notes, 'notes') };
  }

  /** A new item of the meeting; a PLANNED topic it takes moves to IN_PROGRESS. */
  private addTo(meeting: ScrutinyMeeting, item: PlannedItem): ScrutinyMeetingItem {
    if (item.topic?.status === ScrutinyTopicStatus.PLANNED) item.topic.status = ScrutinyTopicStatus.IN_PROGRESS;
    return this.em.create(ScrutinyMeetingItem, { meeting, ...item });
  }

  /** What a topic examines, each of the council (indicators: national ones too); undefined where not sent. */
  private async subjects(input: SubjectIds, councilId: number) {
    return {
      priority: await this.optional(Priority, 'Priority', 'priorityId', input.priorityId, councilId),
      service: await this.optional(Service, 'Service', 'serviceId', input.serviceId, councilId),
      indicator: await this.optional(Indicator, 'Indicator', 'indicatorId', input.indicatorId, councilId, { national: true }),
      partnerBody: await this.optional(PartnerBody, 'PartnerBody', 'partnerBodyId', input.partnerBodyId, councilId, {
        noun: 'partner body',
      }),
    };
  }
}
