/** The commentary part of the indicators feature: its resolvers, node type and visibility rules (index.ts spreads them in). */
import type { TypeRule, VisibilityRules } from '../../access/visibility-rules.js';
import {
  ActionCommentaryResolver,
  CommentaryResolver,
  CommentaryRevisionResolver,
  ExceptionCommentaryResolver,
  IndicatorCommentaryResolver,
  publishedCommentaries,
} from './commentary.resolver.js';
import { CommentaryNode, type CommentaryRevisionNode } from './commentary.type.js';

export const commentaryParts = {
  resolvers: [
    CommentaryResolver,
    CommentaryRevisionResolver,
    IndicatorCommentaryResolver,
    ExceptionCommentaryResolver,
    ActionCommentaryResolver,
  ],
  from: CommentaryNode.from,
  visibility: {
    // The council's own people see every commentary; the public and partners those of a period whose figure is published.
    // Who changed it when, and the actions it raised, stay in the council.
    Commentary: {
      see: (ctx, c) => ctx.access.canReadUnpublished(c.councilId) || publishedCommentaries(ctx).load(c.dbId),
      councilOnly: { councilId: (c) => c.councilId, fields: ['revisions', 'actions', 'withdrawnBy'] },
    } satisfies TypeRule<CommentaryNode>,
    CommentaryRevision: { see: (ctx, r) => ctx.access.canReadUnpublished(r.councilId) } satisfies TypeRule<CommentaryRevisionNode>,
    CommentaryPayload: 'value',
  } satisfies VisibilityRules,
};
