/**
 * The council's commentary on the year's figures: for each, what happened, why and what is being
 * done, by whom and when (scrutiny pack); in the public pack the same words under a plain heading,
 * only those the public may read (the API's rule: a period whose figure is published).
 */
import { longDate, periodLabel } from '../format.js';
import type { Block, CommentaryData } from '../model.js';
import { type Builder, table, text } from './common.js';

function commentaryTable(c: CommentaryData): Block {
  const rows: Array<[string, string | null]> = [
    ['What happened', c.whatHappened],
    ['Why', c.why],
    ['What we are doing', c.whatWeAreDoing],
    ['Written', `${c.author ? `${c.author}, ` : ''}${longDate(c.writtenOn)}`],
  ];
  return table(
    `${c.code} ${c.title}: ${periodLabel(c.period)}${c.service ? ` (${c.service})` : ''}`,
    rows.filter(([, v]) => v !== null),
    [
      ['Topic', 1.2, (r) => r[0]],
      ['Commentary', 5, (r) => r[1]],
    ],
  );
}

export const commentary: Builder = (d) => ({
  id: 'commentary',
  title: 'Commentary on the figures',
  blocks: [
    text(
      'What the council\u2019s managers say about the year\u2019s figures: what happened, why, and what is being done about it, ' +
        'newest first.',
    ),
    ...(d.commentary.length ? d.commentary.map(commentaryTable) : [text('No commentary has been written on this year\u2019s figures.')]),
  ],
});

export const publicCommentary: Builder = (d) =>
  d.commentary.length
    ? {
        id: 'what-changed',
        title: 'What happened and what we are doing',
        blocks: [
          text('What our managers say about some of the figures: what happened, why, and what we are doing about it.'),
          ...d.commentary.map(commentaryTable),
        ],
      }
    : null;
