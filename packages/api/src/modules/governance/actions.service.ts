/**
 * Writes of actions and their progress updates. Who may: the action's owner (not on creation: anyone
 * could name themselves), whoever may write the action's service (or, with none, the council's senior
 * managers), the staff designated for its source (risk managers for risk mitigations, complaints
 * officers for complaint lessons, scrutiny officers for scrutiny recommendations), a risk's owner for
 * its mitigations, and administrators.
 */
import {
  Action,
  ActionUpdate,
  BestValueRecommendation,
  Commentary,
  Complaint,
  Indicator,
  Person,
  Risk,
  ScrutinyRecommendation,
  Service,
} from '@goldenthread/db';
import {
  ActionSource,
  ActionStatus,
  type CaseReferenceFormat,
  caseReferenceFormat,
  complaintReferenceError,
  q,
  StaffRoleKind,
  validateActionMove,
  validateActionSource,
} from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId, decodeOptionalId } from '../../relay/global-id.js';
import { isoToday } from '../cascade/cascade.snapshot.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import { CommentaryService } from '../indicators/commentary.service.js';
import { checkDate, checkOptionalDate, WriteService } from '../shared/lookup.js';
import type { AddActionUpdateInput, CreateActionInput, MoveActionInput, UpdateActionInput } from './actions.input.js';
import { governanceAccess, type GovernanceRule } from './governance-access.js';
import { refuseOutsiders } from './risks.service.js';

/** An action's values once ids are resolved: what the mutations and the CSV import both store. */
export interface ActionValues {
  title: string;
  description: string | null;
  ownerId: number | null;
  due: string | null;
  serviceId: number | null;
  source: ActionSource;
  riskId: number | null;
  complaintId: number | null;
  bestValueRecommendationId: number | null;
  scrutinyRecommendationId: number | null;
  indicatorId: number | null;
  commentaryId: number | null;
  findingCode: string | null;
  findingKey: string | null;
  status: ActionStatus;
  completedOn: string | null;
  droppedReason: string | null;
}

type SourceRefs = Pick<
  ActionValues,
  'riskId' | 'complaintId' | 'bestValueRecommendationId' | 'scrutinyRecommendationId' | 'indicatorId' | 'commentaryId' | 'serviceId'
>;

const SOURCE_STAFF: Partial<Record<ActionSource, StaffRoleKind>> = {
  [ActionSource.RISK_MITIGATION]: StaffRoleKind.RISK_MANAGER,
  [ActionSource.COMPLAINT_LESSON]: StaffRoleKind.COMPLAINTS_OFFICER,
  [ActionSource.SCRUTINY_RECOMMENDATION]: StaffRoleKind.SCRUTINY_OFFICER,
};

/**
 * The rule for changing an action (`sourcePeople`: who its source lets write it, e.g. the owner of
 * the risk it mitigates, the writers of the commentary it comes from).
 */
export function actionRule(
  councilId: number,
  v: Pick<ActionValues, 'ownerId' | 'serviceId' | 'source'>,
  creating: boolean,
  sourcePeople: ReadonlyArray<number | null> = [],
): GovernanceRule {
  const staff = SOURCE_STAFF[v.source];
  return {
    councilId,
    staff: staff ? [staff] : [],
    people: [creating ? null : v.ownerId, ...sourcePeople],
    or: v.serviceId !== null ? { kind: 'service', councilId, serviceId: v.serviceId } : { kind: 'council', councilId },
    what: creating ? 'add this action' : 'change this action',
  };
}

export function actionValuesOf(a: Action): ActionValues {
  return {
    title: a.title,
    description: a.description,
    ownerId: idOf(a.owner),
    due: a.due,
    serviceId: idOf(a.service),
    source: a.source,
    riskId: idOf(a.risk),
    complaintId: idOf(a.complaint),
    bestValueRecommendationId: idOf(a.bestValueRecommendation),
    scrutinyRecommendationId: idOf(a.scrutinyRecommendation),
    indicatorId: idOf(a.indicator),
    commentaryId: idOf(a.commentary),
    findingCode: a.findingCode,
    findingKey: a.findingKey,
    status: a.status,
    completedOn: a.completedOn,
    droppedReason: a.droppedReason,
  };
}

const columns = (v: ActionValues) => {
  const {
    ownerId,
    serviceId,
    riskId,
    complaintId,
    bestValueRecommendationId,
    scrutinyRecommendationId,
    indicatorId,
    commentaryId,
    ...rest
  } = v;
  return {
    ...rest,
    owner: ownerId,
    service: serviceId,
    risk: riskId,
    complaint: complaintId,
    bestValueRecommendation: bestValueRecommendationId,
    scrutinyRecommendation: scrutinyRecommendationId,
    indicator: indicatorId,
    commentary: commentaryId,
  };
};

export class ActionService extends WriteService {
  private get gov() {
    return governanceAccess(this.em, this.access);
  }

  /** The council's complaint case reference format, from the references it has recorded (one statement). */
  async complaintReferences(councilId: number): Promise<CaseReferenceFormat> {
    const rows = await this.em.find(Complaint, { council: councilId }, { fields: ['reference'], disableIdentityMap: true });
    return caseReferenceFormat(rows.map((c) => c.reference));
  }

  /** A title given for an action: a name of at most 300 characters without a complaint's case reference (BAD_USER_INPUT on 'title'). */
  private async title(councilId: number, given: string): Promise<string> {
    const title = checkName('title', given, 300);
    assertValid(complaintReferenceError('title', title, await this.complaintReferences(councilId)));
    return title;
  }

  /** Free text of an action (its description, a progress update) without a complaint's case reference (BAD_USER_INPUT on `field`). */
  private async freeText(councilId: number, field: string, text: string | null): Promise<string | null> {
    if (text) assertValid(complaintReferenceError(field, text, await this.complaintReferences(councilId)));
    return text;
  }

  /** The owner named: a person of the council who has not left. */
  async owner(field: string, globalId: string | null | undefined, councilId: number): Promise<number | null | undefined> {
    const p = await this.optional(Person, 'Person', field, globalId, councilId);
    if (p && p.leftOn !== null && p.leftOn <= isoToday())
      throw badInput(field, `${q(p.name)} left the council on ${p.leftOn}: an action needs an owner who is still there.`);
    return p === undefined ? undefined : (p?.id ?? null);
  }

  /** The owner of the risk an action mitigates (who may also write its mitigations), or null. */
  async riskOwnerOf(v: Pick<ActionValues, 'riskId'>): Promise<number | null> {
    if (v.riskId === null) return null;
    const r = await this.em.findOne(Risk, { id: v.riskId }, { fields: ['owner'], disableIdentityMap: true });
    return r ? idOf(r.owner) : null;
  }

  /** Who the action's source lets add and change it: a risk's owner; a commentary's writers (its indicator's owners, the MI manager). */
  async sourcePeopleOf(v: Pick<ActionValues, 'riskId' | 'commentaryId'>): Promise<Array<number | null>> {
    const people: Array<number | null> = [await this.riskOwnerOf(v)];
    if (v.commentaryId !== null) {
      const c = await this.em.findOne(Commentary, { id: v.commentaryId }, { fields: ['council', 'indicator'], disableIdentityMap: true });
      if (c) {
        const writers = new CommentaryService(this.em, this.access);
        const rule = await writers.writeRule(idOf(c.council)!, idOf(c.indicator)!, null, 'add this action');
        people.push(...(rule.people ?? []).map((p) => p ?? null));
      }
    }
    return people;
  }

  /** The source's reference of the council (BAD_USER_INPUT in its field otherwise), and the service it is about, if any. */
  private async source(input: CreateActionInput, councilId: number): Promise<SourceRefs> {
    assertValid(validateActionSource(input.source, input));
    const out: SourceRefs = {
      riskId: null,
      complaintId: null,
      bestValueRecommendationId: null,
      scrutinyRecommendationId: null,
      indicatorId: null,
      commentaryId: null,
      serviceId: null,
    };
    if (input.riskId) {
      const r = await this.ref(Risk, 'Risk', 'riskId', input.riskId, councilId);
      return { ...out, riskId: r.id, serviceId: idOf(r.service) };
    }
    if (input.complaintId) {
      const c = await this.ref(Complaint, 'Complaint', 'complaintId', input.complaintId, councilId);
      return { ...out, complaintId: c.id, serviceId: idOf(c.service) };
    }
    if (input.scrutinyRecommendationId) {
      const s = await this.ref(
        ScrutinyRecommendation,
        'ScrutinyRecommendation',
        'scrutinyRecommendationId',
        input.scrutinyRecommendationId,
        councilId,
      );
      return { ...out, scrutinyRecommendationId: s.id };
    }
    if (input.indicatorId) {
      const i = await this.ref(Indicator, 'Indicator', 'indicatorId', input.indicatorId, councilId, { national: true });
      return { ...out, indicatorId: i.id };
    }
    if (input.commentaryId) {
      const c = await this.ref(Commentary, 'Commentary', 'commentaryId', input.commentaryId, councilId);
      return { ...out, commentaryId: c.id, serviceId: idOf(c.service) };
    }
    if (input.bestValueRecommendationId) {
      const id = decodeId('bestValueRecommendationId', input.bestValueRecommendationId, 'BestValueRecommendation');
      const b = await this.em.findOne(BestValueRecommendation, { id, review: { council: councilId } }, { populate: ['review'] });
      if (!b) throw badInput('bestValueRecommendationId', `no BestValueRecommendation with id ${input.bestValueRecommendationId} exists.`);
      return { ...out, bestValueRecommendationId: b.id, serviceId: idOf(b.review.unwrap().service) };
    }
    return out;
  }

  /** Stores a new action (values checked); the caller flushes. */
  insert(councilId: number, v: ActionValues): Action {
    return this.em.create(Action, { council: councilId, ...columns(v) });
  }

  /** Changes a stored action to the values (checked); the caller flushes. */
  change(action: Action, v: ActionValues): void {
    this.em.assign(action, columns(v) as never);
  }

  async create(input: CreateActionInput): Promise<Action> {
    refuseOutsiders(this.access);
    const councilId = decodeId('councilId', input.councilId, 'Council');
    refuseOutsiders(this.access, councilId);
    const title = await this.title(councilId, input.title);
    const source = await this.source(input, councilId);
    const service = await this.optional(Service, 'Service', 'serviceId', input.serviceId, councilId);
    const finding = input.source === ActionSource.FINDING;
    const v: ActionValues = {
      title,
      description: await this.freeText(councilId, 'description', checkText('description', input.description, 'description')),
      ownerId: (await this.owner('ownerId', input.ownerId, councilId)) ?? null,
      due: checkOptionalDate('due', input.due) ?? null,
      ...source,
      serviceId: service ? service.id : source.serviceId,
      source: input.source,
      findingCode: finding ? checkName('findingCode', input.findingCode, 80) : null,
      findingKey: finding ? checkName('findingKey', input.findingKey, 200) : null,
      status: ActionStatus.OPEN,
      completedOn: null,
      droppedReason: null,
    };
    await this.gov.require(actionRule(councilId, v, true, await this.sourcePeopleOf(v)));
    const action = this.insert(councilId, v);
    await this.flush();
    return action;
  }

  /** Loads the action and refuses callers who may not change it. */
  private async writable(field: string, globalId: string): Promise<{ action: Action; councilId: number; values: ActionValues }> {
    refuseOutsiders(this.access);
    const action = await this.load(Action, 'Action', field, globalId);
    const councilId = idOf(action.council)!;
    const values = actionValuesOf(action);
    await this.gov.require(actionRule(councilId, values, false, await this.sourcePeopleOf(values)));
    return { action, councilId, values };
  }

  async update(input: UpdateActionInput): Promise<Action> {
    const { action, councilId, values } = await this.writable('id', input.id);
    this.checkVersion(`The action ${q(action.title)}`, action.version, input.version);
    const v = { ...values };
    // A title kept as it is stays (one stored before the rule); a new one may not name a complaint by its reference.
    if (input.title !== undefined) {
      const title = checkName('title', input.title, 300);
      v.title = title === values.title ? title : await this.title(councilId, title);
    }
    if (input.description !== undefined) {
      const description = checkText('description', input.description, 'description');
      v.description = description === values.description ? description : await this.freeText(councilId, 'description', description);
    }
    if (input.due !== undefined) v.due = checkOptionalDate('due', input.due) ?? null;
    const owner = await this.owner('ownerId', input.ownerId, councilId);
    if (owner !== undefined) v.ownerId = owner;
    if (decodeOptionalId('serviceId', input.serviceId, 'Service') !== undefined) {
      v.serviceId = (await this.optional(Service, 'Service', 'serviceId', input.serviceId, councilId))?.id ?? null;
      // Moving it to another service needs the right there too.
      if (v.serviceId !== values.serviceId) await this.gov.require(actionRule(councilId, v, true, await this.sourcePeopleOf(v)));
    }
    this.change(action, v);
    await this.flush();
    return action;
  }

  async move(input: MoveActionInput): Promise<Action> {
    const { action } = await this.writable('id', input.id);
    this.checkVersion(`The action ${q(action.title)}`, action.version, input.version);
    const done = input.status === ActionStatus.DONE;
    const next = {
      status: input.status,
      completedOn: done
        ? (checkOptionalDate('completedOn', input.completedOn) ?? isoToday())
        : (checkOptionalDate('completedOn', input.completedOn) ?? null),
      droppedReason:
        input.status === ActionStatus.DROPPED
          ? (checkText('droppedReason', input.droppedReason, 'reason') ?? null)
          : input.droppedReason?.trim() || null,
    };
    assertValid(validateActionMove(action.status, next, action.createdAt.toISOString()));
    Object.assign(action, next);
    await this.flush();
    return action;
  }

  async addUpdate(input: AddActionUpdateInput): Promise<{ update: ActionUpdate; action: Action }> {
    const { action, councilId } = await this.writable('actionId', input.actionId);
    const text = checkText('text', input.text, 'update');
    if (!text) throw badInput('text', 'Say what progress was made: the update is empty.');
    await this.freeText(councilId, 'text', text);
    const on = input.on == null ? isoToday() : checkDate('on', input.on);
    if (on > isoToday()) throw badInput('on', `${on} is in the future: record progress once it is made.`);
    const update = this.em.create(ActionUpdate, { action, on, text, by: this.personId });
    // An update is news of the action: count it as a change of the action (its version moves on).
    action.updatedAt = new Date();
    await this.flush();
    return { update, action };
  }
}
