/** The public pack's sections: plain words, published data only (its data is read as an anonymous viewer). */
import type { ExceptionData } from '../model.js';
import { type Builder, latestFigure, STATUS_WORDS, table, text } from './common.js';
import { complaints } from './scrutiny.js';

export const publicPriorities: Builder = (d) => ({
  id: 'what-we-said',
  title: 'What we said we would do',
  blocks: [
    text(`These are the priorities ${d.council.name} has told people about for ${d.period}, and how each is going.`),
    table(
      'Our priorities and how they are going',
      d.priorities,
      [
        ['What we said we would do', 3, (p) => p.name],
        ['How it is going', 1, (p) => STATUS_WORDS[p.performance]],
      ],
      'We have not published our priorities for this year yet.',
    ),
  ],
});

const TREND: Record<string, string> = { IMPROVING: 'Getting better', DETERIORATING: 'Getting worse', STABLE: 'About the same' };

export const publicMeasures: Builder = (d) => ({
  id: 'how-we-are-doing',
  title: 'How we are doing',
  blocks: [
    text('The published measures we track, the latest figure, whether it is getting better, and how we compare with similar councils.'),
    table(
      'How we are doing',
      d.indicators.map((i) => ({ i, latest: latestFigure(i) })),
      [
        ['What we measure', 3, ({ i }) => i.title],
        ['Year', 1, ({ latest }) => latest?.period ?? null],
        ['Latest', 1, ({ latest }) => latest?.value ?? null, 'decimal', ({ i }) => i.precision],
        ['Since the previous figure', 1.2, ({ i }) => TREND[i.direction] ?? 'Too early to say'],
        [
          'Compared with similar councils',
          1.6,
          ({ i }) =>
            i.position?.quartile
              ? i.position.quartile <= 2
                ? 'Better than most similar councils'
                : 'Worse than most similar councils'
              : null,
        ],
      ],
      'No published figures yet.',
    ),
  ],
});

const WHY: Record<string, string> = {
  DETERIORATING: 'worse than the previous figure',
  BOTTOM_QUARTILE: 'worse than most similar councils',
};

export const publicExceptions: Builder = (d) => ({
  id: 'do-better',
  title: 'Where we need to do better',
  blocks: [
    text(
      'These measures are below our target, in the bottom quarter of similar councils, or worse than their previous figure. ' +
        'We are working on them.',
    ),
    table<ExceptionData>(
      'Measures that need to get better',
      d.exceptions,
      [
        ['What we measure', 3, (e) => e.title],
        ['Year', 1, (e) => e.period],
        ['Why it is here', 2, (e) => e.reasons.map((r) => WHY[r] ?? 'below target').join('; ')],
      ],
      'None of our published measures needs attention at the moment.',
    ),
  ],
});

export const publicComplaints: Builder = (d) => {
  const section = complaints(d);
  const how = text(
    `How to complain: contact ${d.council.name}\u2019s complaints team through the council\u2019s website or by phone. ` +
      'If you are not happy with our answer, you can ask the Local Government and Social Care Ombudsman to look at it.',
  );
  return {
    id: 'complaints',
    title: 'What you told us: complaints',
    blocks: [...(section?.blocks ?? [text('No complaint figures are published for this year.')]), how],
  };
};
