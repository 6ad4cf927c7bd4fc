/**
 * Q3 and Q4: the mechanisms to measure performance, and staff who know what is expected of them
 * (docs/methods/health-check.md, "Questions").
 */
import type { Facts } from './facts.js';
import { node } from './facts.js';
import {
  agreedAppraisals,
  dataOwnerMeasure,
  indicatorShare,
  mainShare,
  miOwnerMeasure,
  noneDue,
  reviewedMeasure,
  staffThreadMeasure,
  validated,
} from './measures.js';
import { buildAnswer, type HealthCheckAnswer, share } from './model.js';

export function q3Measurement(f: Facts): HealthCheckAnswer {
  return buildAnswer({
    key: 'Q3_MEASUREMENT',
    section: 'QUESTION',
    title: 'The right mechanisms and information to measure and manage performance',
    claim: 'the council has the mechanisms and information to measure and manage performance',
    measures: [
      mainShare(f, {
        key: 'targets',
        ok: (p) => f.measured.has(p.id),
        phrase: 'have a target',
        definition: 'have a target on them, on an objective delivering them or on a priority under them (UNMEASURED_PRIORITY rule)',
        improve: 'Set a target for each priority without one.',
        lead: true,
      }),
      dataOwnerMeasure(f),
      miOwnerMeasure(f),
      indicatorShare(
        f,
        f.due,
        {
          key: 'validated',
          ok: validated,
          text: (n, d) => `${n} of ${d} indicators due have validated figures for their latest period`,
          definition:
            'Indicators in use with a period due whose latest due period has a VALIDATED or PUBLISHED value, out of those indicators.',
          improve: 'Ask data owners to enter and validate the figures that are missing or still in draft.',
        },
        noneDue(f),
      ),
    ],
  });
}

export function q4StaffExpectations(f: Facts): HealthCheckAnswer {
  return buildAnswer({
    key: 'Q4_STAFF_EXPECTATIONS',
    section: 'QUESTION',
    title: 'Staff know what is expected of them, and managers know if it is achieved',
    claim: 'staff know what is expected of them and managers know whether it is achieved',
    measures: [
      staffThreadMeasure(f, true),
      reviewedMeasure(f),
      share({
        key: 'rated',
        items: agreedAppraisals(f),
        ok: (a) => a.rating !== null,
        node: (a) => node('AppraisalObjective', a.id),
        text: (n, d) => `${n} of ${d} agreed appraisal objectives have a rating`,
        none: `No agreed appraisal objectives are recorded for ${f.e.period}`,
        definition: 'Agreed appraisal objectives of the period with a rating (exceeded, met, partly met, not met), out of all of them.',
        improve: 'Record the outcome (rating) of each appraisal objective at review.',
        record: 'Record staff appraisal objectives, the day each was agreed and reviewed, and the rating.',
      }),
    ],
  });
}
