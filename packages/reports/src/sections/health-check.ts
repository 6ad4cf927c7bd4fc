/**
 * The leadership health check summary (executive and portfolio packs): the score of each part (the
 * seven questions, six barriers, eight habits), every answer with its score, change and what the
 * records say, and what would raise the lowest scores. Only for the council's own people: a viewer
 * who may not read it (the public pack) has no such section.
 */
import { longDate, plural } from '../format.js';
import type { Block, HealthCheckAnswerData, HealthCheckData } from '../model.js';
import { type Builder, type Col, table, text } from './common.js';

export const HEALTH_CHECK_PARTS: ReadonlyArray<{ section: string; label: string; plural: string }> = [
  { section: 'QUESTION', label: 'Question', plural: 'The seven questions' },
  { section: 'BARRIER', label: 'Barrier', plural: 'The six barriers (scored by how far each is absent)' },
  { section: 'HABIT', label: 'Habit', plural: 'The eight habits' },
];

export interface PartScore {
  label: string;
  score: number;
  max: number;
  answered: number;
  count: number;
}

/** Each part's score: the sum of its answered scores out of their maxima (an answer the records cannot give counts in neither). */
export function partScores(h: HealthCheckData): PartScore[] {
  const parts = HEALTH_CHECK_PARTS.map(({ section, plural: label }) => {
    const answers = h.answers.filter((a) => a.section === section);
    const answered = answers.filter((a) => a.score !== null);
    return {
      label,
      score: answered.reduce((n, a) => n + (a.score ?? 0), 0),
      max: answered.reduce((n, a) => n + a.maxScore, 0),
      answered: answered.length,
      count: answers.length,
    };
  });
  const sum = (k: 'score' | 'max' | 'answered' | 'count') => parts.reduce((n, p) => n + p[k], 0);
  return [...parts, { label: 'All parts', score: sum('score'), max: sum('max'), answered: sum('answered'), count: sum('count') }];
}

export function changeWords(a: HealthCheckAnswerData): string | null {
  if (!a.change) return null;
  const { delta } = a.change;
  return delta > 0 ? `Up ${delta}` : delta < 0 ? `Down ${-delta}` : 'Same';
}

export const healthCheckSummary: Builder = (d) => {
  const h = d.healthCheck;
  if (!h) return null;
  const label = new Map(HEALTH_CHECK_PARTS.map((p) => [p.section, p.label]));
  const lowest = h.answers
    .filter((a) => a.score !== null && a.score <= 1)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, 5);
  const blocks: Block[] = [
    text(
      `The leadership health check for ${h.period}, answered from the council\u2019s records as at ${longDate(h.asOf)}: ` +
        'each question, barrier and habit of the guidance scored 0 (weak) to 4 (strong)' +
        (h.comparedWith ? `, with its change since ${h.comparedWith}.` : '.'),
    ),
    table('Health check scores by part', partScores(h), [
      ['Part', 4, (p) => p.label],
      ['Score', 1, (p) => p.score, 'integer'],
      ['Out of', 1, (p) => p.max, 'integer'],
      ['Answered', 1.2, (p) => `${p.answered} of ${p.count}`],
    ]),
    table(
      'Health check: every answer',
      h.answers,
      [
        ['Part', 0.9, (a) => label.get(a.section) ?? a.section],
        ['Question', 2.4, (a) => a.title],
        ['Score', 0.7, (a) => a.score, 'integer'],
        ['Out of', 0.7, (a) => a.maxScore, 'integer'],
        ...(h.comparedWith ? [[`Since ${h.comparedWith}`, 0.9, changeWords] as Col<HealthCheckAnswerData>] : []),
        ['What the records say', 3.4, (a) => (a.score === null && a.unanswerable ? `Cannot be scored: ${a.unanswerable}` : a.answer)],
      ],
      'The health check has no answers for this year.',
    ),
  ];
  if (lowest.length) {
    blocks.push(text(`What would raise the ${plural(lowest.length, 'lowest score')}:`), {
      kind: 'list',
      items: lowest.map((a) => `${a.title}: ${a.improve}`),
    });
  }
  return { id: 'health-check', title: 'Leadership health check', blocks };
};
