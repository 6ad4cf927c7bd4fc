/** Q7: does performance management make a real, measurable difference on the ground (docs/methods/health-check.md, "Questions"). */
import { type Facts, isException } from './facts.js';
import { comparatorTravelMeasure } from './comparators.js';
import { indicatorShare } from './measures.js';
import { buildAnswer, type HealthCheckAnswer, type Measure } from './model.js';

export function q7Difference(f: Facts): HealthCheckAnswer {
  const comparable = f.due.filter((i) => i.exceptionLastPeriod !== null);
  const now = comparable.filter(isException).length;
  const last = comparable.filter((i) => i.exceptionLastPeriod === true).length;
  const exceptions: Measure = {
    key: 'exceptions',
    numerator: comparable.length === 0 ? null : now,
    denominator: comparable.length === 0 ? null : last,
    score: comparable.length === 0 ? null : now < last || now === 0 ? 4 : now === last ? 2 : 0,
    text:
      comparable.length === 0
        ? 'No indicator has figures for both this period and the one before'
        : `${now} ${now === 1 ? 'exception' : 'exceptions'} this period against ${last} the period before ` +
          `(of ${comparable.length} indicators)`,
    definition:
      'Among indicators due whose previous period can be judged: exceptions (RED, bottom quartile or deteriorating) now (numerator) ' +
      'and in the period before (denominator). Fewer than before, or none, scores 4; as many scores 2; more scores 0.',
    improve: 'Turn round the indicators that became exceptions this period.',
    record: "Record each indicator's values for at least two periods.",
    nodes: comparable.map((i) => ({ kind: 'Indicator', id: i.id, ok: !isException(i) })),
    lead: false,
  };
  const judged = f.due.filter((i) => i.direction !== 'UNKNOWN');
  const ragged = f.due.filter((i) => i.rag !== 'NONE');
  const ranked = f.due.filter((i) => i.quartile !== null);
  return buildAnswer({
    key: 'Q7_DIFFERENCE',
    section: 'QUESTION',
    title: 'Performance management makes a real, measurable difference on the ground',
    claim: 'performance management is making a measurable difference to services',
    measures: [
      {
        ...indicatorShare(
          f,
          judged,
          {
            key: 'improving',
            ok: (i) => i.direction === 'IMPROVING',
            text: (n, d) => `${n} of ${d} indicators with a direction of travel are improving`,
            definition: 'Indicators due whose direction of travel is IMPROVING, out of those whose direction is known (not UNKNOWN).',
            improve: 'Find out why the indicators that are not improving are stuck or falling, and act on it.',
          },
          'No indicator has enough figures to tell its direction of travel',
        ),
        lead: true,
      },
      indicatorShare(
        f,
        ragged,
        {
          key: 'targetsMet',
          ok: (i) => i.rag === 'GREEN',
          text: (n, d) => `${n} of ${d} indicators with a target are on target`,
          definition: 'Indicators due that are GREEN against their target, out of those with a RAG (not NONE).',
          improve: 'Agree recovery plans for the indicators off target.',
        },
        'No indicator has both a target and a value to judge it by',
      ),
      exceptions,
      indicatorShare(
        f,
        ranked,
        {
          key: 'comparators',
          ok: (i) => i.quartile === 1 || i.quartile === 2,
          text: (n, d) => `${n} of ${d} ranked indicators are in the top half of the comparator group`,
          definition: 'Indicators due in quartile 1 or 2 of their comparator group, out of those ranked (quartile known).',
          improve: 'Learn from the best councils in the group on the indicators in the bottom half.',
        },
        'No indicator is ranked against comparator councils',
      ),
      comparatorTravelMeasure(f),
    ],
  });
}
