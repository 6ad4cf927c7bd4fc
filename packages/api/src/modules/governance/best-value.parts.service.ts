import type { Ref } from '@mikro-orm/core';
import { BestValueFinding, BestValueOption, BestValueRecommendation, BestValueReview } from '@goldenthread/db';
import { type BestValueReviewPart, removeOptionError } from '@goldenthread/domain';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { checkText } from '../cascade/cascade-writes.js';
import { checkOptionalDate } from '../shared/lookup.js';
import type {
  AddBestValueFindingInput,
  AddBestValueRecommendationInput,
  AppraiseBestValueOptionInput,
  UpdateBestValueFindingInput,
  UpdateBestValueRecommendationInput,
} from './best-value.input.js';
import { BestValueWriteService } from './best-value.service.js';
import { requireWriter } from './governance-writes.js';

function required(field: string, value: string | null | undefined, what: string): string {
  const text = checkText(field, value, what);
  if (!text) throw badInput(field, `The ${what} must not be empty.`);
  return text;
}

/** Writes of a review's findings (the four Cs), appraised options and recommendations; whoever may change the review may. */
export class BestValuePartsService extends BestValueWriteService {
  /** Loads a part of a review, then checks the viewer may change its review and that the review is not closed. */
  private async part<T extends { id: number; version: number; review: Ref<BestValueReview> }>(
    entity: new (...args: never[]) => T,
    type: string,
    globalId: string,
    change: BestValueReviewPart,
  ): Promise<T> {
    requireWriter(this.access);
    const row = await this.load(entity, type, 'id', globalId);
    const review = await this.em.findOneOrFail(BestValueReview, { id: idOf(row.review)! });
    await this.mayChange(review);
    this.refuseIfClosed(review, change);
    return row;
  }

  async addFinding(input: AddBestValueFindingInput): Promise<BestValueFinding> {
    const { review } = await this.writable('reviewId', input.reviewId, 'findings');
    const finding = this.em.create(BestValueFinding, {
      review,
      kind: input.kind,
      text: required('text', input.text, 'finding'),
      evidence: checkText('evidence', input.evidence, 'evidence'),
    });
    await this.flush();
    return finding;
  }

  async updateFinding(input: UpdateBestValueFindingInput): Promise<BestValueFinding> {
    const finding = await this.part(BestValueFinding, 'BestValueFinding', input.id, 'findings');
    this.checkVersion('The finding', finding.version, input.version);
    if (input.kind != null) finding.kind = input.kind;
    if (input.text !== undefined) finding.text = required('text', input.text, 'finding');
    if (input.evidence !== undefined) finding.evidence = checkText('evidence', input.evidence, 'evidence');
    await this.flush();
    return finding;
  }

  async removeFinding(globalId: string, version: number | null | undefined): Promise<BestValueFinding> {
    const finding = await this.part(BestValueFinding, 'BestValueFinding', globalId, 'findings');
    this.checkVersion('The finding', finding.version, version);
    this.em.remove(finding);
    await this.flush();
    return finding;
  }

  /** Records the appraisal of an option, or revises it (one per option and review). */
  async appraise(input: AppraiseBestValueOptionInput): Promise<BestValueOption> {
    const { review } = await this.writable('reviewId', input.reviewId, 'options');
    const appraisal = checkText('appraisal', input.appraisal, 'appraisal');
    const existing = await this.em.findOne(BestValueOption, { review: review.id, option: input.option });
    if (existing) {
      this.checkVersion('The appraisal', existing.version, input.version);
      existing.appraisal = appraisal;
      await this.flush();
      return existing;
    }
    const option = this.em.create(BestValueOption, { review, option: input.option, appraisal });
    await this.flush();
    return option;
  }

  async removeOption(globalId: string, version: number | null | undefined): Promise<BestValueOption> {
    const option = await this.part(BestValueOption, 'BestValueOption', globalId, 'options');
    this.checkVersion('The appraisal', option.version, version);
    assertValid(removeOptionError(option.option, option.review.unwrap().chosenOption));
    this.em.remove(option);
    await this.flush();
    return option;
  }

  async addRecommendation(input: AddBestValueRecommendationInput): Promise<BestValueRecommendation> {
    const { review } = await this.writable('reviewId', input.reviewId, 'recommendations');
    const recommendation = this.em.create(BestValueRecommendation, {
      review,
      text: required('text', input.text, 'recommendation'),
      agreedOn: this.agreedOn(review, input.agreedOn) ?? null,
    });
    await this.flush();
    return recommendation;
  }

  async updateRecommendation(input: UpdateBestValueRecommendationInput): Promise<BestValueRecommendation> {
    const recommendation = await this.part(BestValueRecommendation, 'BestValueRecommendation', input.id, 'recommendations');
    this.checkVersion('The recommendation', recommendation.version, input.version);
    if (input.text !== undefined) recommendation.text = required('text', input.text, 'recommendation');
    const agreedOn = this.agreedOn(recommendation.review.unwrap(), input.agreedOn);
    if (agreedOn !== undefined) recommendation.agreedOn = agreedOn;
    await this.flush();
    return recommendation;
  }

  private agreedOn(review: BestValueReview, value: string | null | undefined): string | null | undefined {
    const on = checkOptionalDate('agreedOn', value);
    if (on && on < review.startedOn)
      throw badInput('agreedOn', `The review started on ${review.startedOn}; a recommendation is agreed on or after that day.`);
    return on;
  }
}
