import {
  BestValueOption,
  BestValuePanelMember,
  BestValueReview,
  Council,
  CouncillorRoleKind,
  Directorate,
  Person,
  Service,
} from '@goldenthread/db';
import {
  amountError,
  BestValueStatus,
  bestValueMoveError,
  chosenOptionError,
  closedReviewError,
  q,
  reviewSubjectError,
} from '@goldenthread/domain';
import type { WriteTarget } from '../../access/access.js';
import { assertValid, badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import { checkDate, checkOptionalDate } from '../shared/lookup.js';
import type { GovernanceRule } from './governance-access.js';
import { GovernanceWriteService, requireWriter, todayIso } from './governance-writes.js';
import type { CreateBestValueReviewInput, UpdateBestValueReviewInput } from './best-value.input.js';

/** Who answers for what a review is of: its service's line, or its directorate's. */
function subjectTarget(councilId: number, serviceId: number | null, directorateId: number | null): WriteTarget {
  if (serviceId !== null) return { kind: 'service', councilId, serviceId };
  if (directorateId !== null) return { kind: 'directorate', councilId, directorateId };
  return { kind: 'council', councilId };
}

/**
 * Who may change a review and its findings, options and recommendations: its lead officer, its panel,
 * the council's Best Value panel councillors, the line of the service (or directorate) reviewed, and
 * administrators. Starting one: the Best Value panel councillors, that line and administrators.
 */
export function reviewRule(
  councilId: number,
  subject: { serviceId: number | null; directorateId: number | null },
  people: Array<number | null> = [],
): GovernanceRule {
  return {
    councilId,
    people,
    councillor: [{ role: CouncillorRoleKind.BEST_VALUE_PANEL }],
    or: subjectTarget(councilId, subject.serviceId, subject.directorateId),
    what: people.length ? 'change this Best Value review' : 'start a Best Value review of this',
  };
}

const TEXT = (field: string, value: string | null | undefined, what: string) => checkText(field, value, what);

function amount(field: string, value: number | null | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  assertValid(amountError(field, value));
  return value;
}

/** The fields of an update, in the order a refusal of a closed review names the first one sent. */
const UPDATE_FIELDS = [
  'status',
  'statusSince',
  'title',
  'scope',
  'leadOfficerId',
  'panelIds',
  'chosenOption',
  'chosenReason',
  'unitCost',
  'comparatorUnitCost',
  'annualSpend',
  'efficiencyNote',
] as const satisfies ReadonlyArray<keyof UpdateBestValueReviewInput>;

/** What the Best Value services share: loading a review the viewer may change. */
export abstract class BestValueWriteService extends GovernanceWriteService {
  /**
   * Loads a review and checks the viewer may change it (the panel's ids come along) and that it is
   * not closed (`change` names what the write touches, for the refusal).
   */
  async writable(field: string, globalId: string, change: string): Promise<{ review: BestValueReview; panel: number[] }> {
    requireWriter(this.access);
    const review = await this.load(BestValueReview, 'BestValueReview', field, globalId);
    const panel = await this.mayChange(review);
    this.refuseIfClosed(review, change);
    return { review, panel };
  }

  /** CONFLICT (reason REVIEW_CLOSED, field `change`) for any change to a closed review: the domain allows none. */
  protected refuseIfClosed(review: BestValueReview, change: string): void {
    const error = closedReviewError(review, change);
    if (error) throw conflict(error.message, { reason: 'REVIEW_CLOSED', field: error.field });
  }

  /** Checks the viewer may change the review (FORBIDDEN otherwise); its panel's person ids. */
  protected async mayChange(review: BestValueReview): Promise<number[]> {
    const members = await this.em.find(BestValuePanelMember, { review: review.id }, { orderBy: { id: 'asc' } });
    const panel = members.map((m) => idOf(m.person)!);
    const councilId = idOf(review.council)!;
    await this.gov.require(
      reviewRule(councilId, { serviceId: idOf(review.service), directorateId: idOf(review.directorate) }, [
        idOf(review.leadOfficer),
        ...panel,
      ]),
    );
    return panel;
  }
}

/** Writes of Best Value reviews themselves: start one, change its scope, people, evidence, choice and status. */
export class BestValueReviewService extends BestValueWriteService {
  async create(input: CreateBestValueReviewInput): Promise<BestValueReview> {
    requireWriter(this.access);
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    const service = await this.optional(Service, 'Service', 'serviceId', input.serviceId, council.id);
    const directorate = await this.optional(Directorate, 'Directorate', 'directorateId', input.directorateId, council.id);
    const subject = { serviceId: service?.id ?? null, directorateId: directorate?.id ?? null };
    await this.gov.require(reviewRule(council.id, subject));
    assertValid(reviewSubjectError(subject));
    const title = checkName('title', input.title, 300);
    const scope = TEXT('scope', input.scope, 'scope');
    if (!scope) throw badInput('scope', 'Say what the review covers and asks.');
    const startedOn = input.startedOn == null ? todayIso() : checkDate('startedOn', input.startedOn);
    const leadOfficer = await this.optional(Person, 'Person', 'leadOfficerId', input.leadOfficerId, council.id);
    const panel = await this.councillors('panelIds', input.panelIds ?? [], council.id);
    const review = this.em.create(BestValueReview, {
      council,
      title,
      scope,
      service: service ?? null,
      directorate: directorate ?? null,
      leadOfficer: leadOfficer ?? null,
      startedOn,
      statusSince: startedOn,
      unitCost: amount('unitCost', input.unitCost) ?? null,
      comparatorUnitCost: amount('comparatorUnitCost', input.comparatorUnitCost) ?? null,
      annualSpend: amount('annualSpend', input.annualSpend) ?? null,
      efficiencyNote: TEXT('efficiencyNote', input.efficiencyNote, 'efficiency note'),
    });
    for (const p of panel) this.em.create(BestValuePanelMember, { review, person: p });
    await this.flush();
    return review;
  }

  async update(input: UpdateBestValueReviewInput): Promise<BestValueReview> {
    const touched = UPDATE_FIELDS.find((f) => input[f] !== undefined) ?? 'fields';
    const { review, panel } = await this.writable('id', input.id, touched);
    const councilId = idOf(review.council)!;
    this.checkVersion(`The review ${q(review.title)}`, review.version, input.version);
    if (input.title !== undefined) review.title = checkName('title', input.title, 300);
    if (input.scope !== undefined) {
      const scope = TEXT('scope', input.scope, 'scope');
      if (!scope) throw badInput('scope', 'Say what the review covers and asks.');
      review.scope = scope;
    }
    if (input.leadOfficerId !== undefined) {
      const lead = await this.optional(Person, 'Person', 'leadOfficerId', input.leadOfficerId, councilId);
      review.leadOfficer = lead ? this.em.getReference(Person, lead.id, { wrapped: true }) : null;
    }
    for (const field of ['unitCost', 'comparatorUnitCost', 'annualSpend'] as const) {
      const value = amount(field, input[field]);
      if (value !== undefined) review[field] = value;
    }
    if (input.efficiencyNote !== undefined) review.efficiencyNote = TEXT('efficiencyNote', input.efficiencyNote, 'efficiency note');
    await this.choose(review, input);
    // The status it is at already is no move (a form sends it back unchanged).
    if (input.status != null && input.status !== review.status) await this.move(review, input.status, input.statusSince);
    if (input.panelIds != null) await this.replacePanel(review, panel, input.panelIds, councilId);
    await this.flush();
    return review;
  }

  private async appraised(review: BestValueReview) {
    const rows = await this.em.find(BestValueOption, { review: review.id }, { fields: ['id', 'option'], disableIdentityMap: true });
    return rows.map((o) => o.option);
  }

  private async choose(review: BestValueReview, input: UpdateBestValueReviewInput): Promise<void> {
    if (input.chosenOption === undefined && input.chosenReason === undefined) return;
    const chosen = input.chosenOption === undefined ? review.chosenOption : input.chosenOption;
    const reason =
      input.chosenReason === undefined
        ? input.chosenOption === null
          ? null
          : review.chosenReason
        : TEXT('chosenReason', input.chosenReason, 'reason');
    assertValid(chosenOptionError(chosen, reason, await this.appraised(review), input.status ?? review.status));
    review.chosenOption = chosen;
    review.chosenReason = reason;
  }

  /** A status move (forward only, the domain decides), on `since` or today; CLOSED sets closedOn. */
  private async move(review: BestValueReview, to: BestValueStatus, since: string | null | undefined): Promise<void> {
    assertValid(bestValueMoveError(review.status, to, { chosenOption: review.chosenOption, appraised: await this.appraised(review) }));
    const on = checkOptionalDate('statusSince', since) ?? todayIso();
    if (on < review.statusSince)
      throw badInput(
        'statusSince',
        `The review has been at its current status since ${review.statusSince}; it cannot move on before that.`,
      );
    review.status = to;
    review.statusSince = on;
    if (to === BestValueStatus.CLOSED) review.closedOn = on;
  }

  private async replacePanel(review: BestValueReview, current: number[], ids: string[], councilId: number): Promise<void> {
    const people = await this.councillors('panelIds', ids, councilId);
    const wanted = new Set(people.map((p) => p.id));
    const gone = current.filter((id) => !wanted.has(id));
    if (gone.length) {
      const rows = await this.em.find(BestValuePanelMember, { review: review.id, person: { $in: gone } });
      for (const r of rows) this.em.remove(r);
    }
    for (const p of people) if (!current.includes(p.id)) this.em.create(BestValuePanelMember, { review, person: p });
  }
}
