import type { FilterQuery } from '@mikro-orm/core';
import { BestValueReview, type Em } from '@goldenthread/db';
import { BEST_VALUE_ORDER, type BestValueStatus, isBestValueReviewPublic } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import type { ConnectionArgs, ConnectionShape } from '../../relay/connection.js';
import { paginate } from '../shared/paginate.js';
import { BestValueReviewNode } from './best-value.type.js';

const PUBLIC_STATUSES = BEST_VALUE_ORDER.filter(isBestValueReviewPublic);

/** Reads of Best Value reviews (`ctx.services.get(BestValueReads)`). */
export class BestValueReads {
  constructor(
    private readonly em: Em,
    private readonly access: Access,
  ) {}

  /** A council's reviews, newest first: outside the council only the public ones (README "What each viewer sees"). */
  reviews(
    council: number,
    filter: { status: BestValueStatus | null; service: number | null },
    page: ConnectionArgs,
  ): Promise<ConnectionShape<BestValueReviewNode>> {
    const where: FilterQuery<BestValueReview>[] = [{ council }];
    if (filter.status) where.push({ status: filter.status });
    if (filter.service != null) where.push({ service: filter.service });
    // Filtered in the query, so that pages are full and counts true for the public.
    if (!this.access.canReadUnpublished(council)) where.push({ status: { $in: PUBLIC_STATUSES } });
    return paginate(
      this.em,
      BestValueReview,
      { where: { $and: where }, orderBy: { startedOn: 'desc', id: 'desc' } },
      page,
      BestValueReviewNode.from,
    );
  }
}
