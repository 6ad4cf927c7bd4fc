import { CouncillorRoleKind, ScrutinyMeeting, ScrutinyRecommendation } from '@goldenthread/db';
import { defaultResponseDue, executiveResponseError, recommendationDatesError } from '@goldenthread/domain';
import { assertValid, badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkText } from '../cascade/cascade-writes.js';
import { checkDate, checkOptionalDate } from '../shared/lookup.js';
import type { GovernanceRule } from './governance-access.js';
import { ScrutinyProgrammeService, scrutinyRule } from './scrutiny.programme.service.js';
import type {
  MakeScrutinyRecommendationInput,
  RespondToScrutinyRecommendationInput,
  UpdateScrutinyRecommendationInput,
} from './scrutiny.input.js';

/** Who answers for the executive: the leader, cabinet members and portfolio holders, and the chief executive. */
export function executiveRule(councilId: number): GovernanceRule {
  return {
    councilId,
    councillor: [
      { role: CouncillorRoleKind.LEADER },
      { role: CouncillorRoleKind.CABINET_MEMBER },
      { role: CouncillorRoleKind.PORTFOLIO_HOLDER },
    ],
    or: { kind: 'council', councilId },
    what: "record the executive's response",
  };
}

/** Writes of scrutiny recommendations (the committee) and of the executive's responses (the executive). */
export class ScrutinyRecommendationService extends ScrutinyProgrammeService {
  async make(input: MakeScrutinyRecommendationInput): Promise<ScrutinyRecommendation> {
    const { council, committee } = await this.committeeFor(input.councilId, input.committeeId, "make this committee's recommendations");
    const text = this.text('text', input.text);
    const madeOn = checkDate('madeOn', input.madeOn);
    const responseDue = checkOptionalDate('responseDue', input.responseDue) ?? defaultResponseDue(madeOn);
    assertValid(recommendationDatesError(madeOn, responseDue));
    const topic = await this.topicOf('topicId', input.topicId, council.id, committee.id);
    const meeting = await this.optional(ScrutinyMeeting, 'ScrutinyMeeting', 'meetingId', input.meetingId, council.id, { noun: 'meeting' });
    if (meeting && idOf(meeting.committee) !== committee.id)
      throw badInput('meetingId', `The meeting of ${meeting.heldOn} is another committee's.`);
    const rec = this.em.create(ScrutinyRecommendation, {
      council,
      committee,
      text,
      madeOn,
      responseDue,
      topic: topic ?? null,
      meeting: meeting ?? null,
    });
    await this.flush();
    return rec;
  }

  async update(input: UpdateScrutinyRecommendationInput): Promise<ScrutinyRecommendation> {
    const rec = await this.load(ScrutinyRecommendation, 'ScrutinyRecommendation', 'id', input.id);
    await this.gov.require(scrutinyRule(idOf(rec.council)!, idOf(rec.committee)!, "change this committee's recommendations"));
    this.checkVersion('The recommendation', rec.version, input.version);
    if (input.text != null) rec.text = this.text('text', input.text);
    if (input.responseDue != null) rec.responseDue = checkDate('responseDue', input.responseDue);
    assertValid(recommendationDatesError(rec.madeOn, rec.responseDue));
    await this.flush();
    return rec;
  }

  /** The executive responds once; a correction names the version it corrects (CONFLICT without it, or with a stale one). */
  async respond(input: RespondToScrutinyRecommendationInput): Promise<ScrutinyRecommendation> {
    const rec = await this.load(ScrutinyRecommendation, 'ScrutinyRecommendation', 'id', input.id);
    await this.gov.require(executiveRule(idOf(rec.council)!));
    if (rec.response !== null && input.version == null) {
      throw conflict(`The executive already responded (${rec.response}, ${rec.respondedOn}). To correct it, send the version you read.`, {
        currentVersion: rec.version,
      });
    }
    this.checkVersion('The recommendation', rec.version, input.version);
    const respondedOn = checkDate('respondedOn', input.respondedOn);
    const text = checkText('text', input.text, 'response');
    assertValid(executiveResponseError(rec.madeOn, { response: input.response, respondedOn, text }));
    rec.response = input.response;
    rec.respondedOn = respondedOn;
    rec.responseText = text;
    await this.flush();
    return rec;
  }

  private text(field: string, value: string): string {
    const text = checkText(field, value, 'recommendation');
    if (!text) throw badInput(field, 'Say what the committee recommends.');
    return text;
  }
}
