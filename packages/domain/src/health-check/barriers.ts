/**
 * The six reasons performance management fails (docs/methods/health-check.md, "Barriers"), each scored
 * as how far the barrier is ABSENT: 4 means it is not present here, 0 that it is severe.
 */
import { financialYearOf } from '../governance/snapshot.js';
import { hasReached } from '../governance/best-value.js';
import { ActionStatus, BestValueStatus, ComplaintOutcome } from '../governance/enums.js';
import type { ActionRow } from '../governance/snapshot.js';
import { type Facts, node } from './facts.js';
import { buildAnswer, type HealthCheckAnswer, type Measure, share } from './model.js';
import { dataOwnerMeasure, indicatorShare, limitsMeasure, mainShare, miOwnerMeasure, noneDue, staffThreadMeasure } from './questions.js';

/** Due actions (not dropped, due before today) that are DONE; `who` names whose they are ("leaders'"), or ''. */
export function dueActionsMeasure(f: Facts, key: string, actions: readonly ActionRow[], who: string): Measure {
  const whose = who === '' ? '' : `${who} `;
  return share({
    key,
    items: actions.filter(f.isDueAction),
    ok: (a) => a.status === ActionStatus.DONE,
    node: (a) => node('Action', a.id),
    text: (n, d) => `${n} of ${d} ${whose}actions that fell due are done`,
    none: `No ${whose}actions have fallen due`,
    definition:
      `${who === '' ? 'Actions' : `${who.charAt(0).toUpperCase()}${who.slice(1)} actions`} not DROPPED with a due date before the day ` +
      'of the check, that are DONE, out of all of them (the rest are ACTION_OVERDUE).',
    improve: `Finish the ${whose}overdue actions, or re-plan or drop them with a reason.`,
    record: 'Record actions with an owner and a due date.',
  });
}

/** Exceptions (RED, bottom quartile or deteriorating) with a commentary for their latest period (B2, H2). */
export function commentaryMeasure(f: Facts): Measure {
  return share({
    key: 'commentary',
    items: f.exceptions,
    ok: f.hasCommentary,
    node: (i) => node('Indicator', i.id),
    text: (n, d) => `${n} of ${d} performance exceptions have a commentary saying why and what is being done`,
    none: 'No indicator is an exception this period, so there is nothing to explain',
    definition:
      'Indicators due that are exceptions (RED, bottom quartile or DETERIORATING) with a commentary of the council for their latest ' +
      'period, out of all exceptions (the rest are MISSING_COMMENTARY).',
    improve: 'Write a commentary for each exception: what happened, why, and what is being done.',
    // Nothing to record: no exception is nothing to explain (the indicator answers ask for missing figures).
    record: '',
  });
}

export function b1NotInterested(f: Facts): HealthCheckAnswer {
  const owned = f.active.filter((p) => p.ownerId !== null && f.leaderIds.has(p.ownerId));
  const known = f.performance.size > 0;
  return buildAnswer({
    key: 'B1_NOT_INTERESTED',
    section: 'BARRIER',
    title: 'Leaders are not interested',
    claim: 'leaders follow through on their own actions and priorities',
    measures: [
      dueActionsMeasure(
        f,
        'leadersActions',
        f.e.governance.actions.filter((a) => a.ownerId !== null && f.leaderIds.has(a.ownerId)),
        "leaders'",
      ),
      share({
        key: 'leadersPriorities',
        items: known ? owned : [],
        ok: (p) => {
          const s = f.performance.get(p.id)?.status ?? 'NONE';
          return s === 'GREEN' || s === 'AMBER';
        },
        node: (p) => node('Priority', p.id),
        text: (n, d) => `${n} of ${d} priorities owned by leaders show progress`,
        none: known ? 'No active priority is owned by a leader' : "The priorities' performance status is not known",
        definition:
          'Active priorities (any level) owned by a leader (leader, cabinet member, portfolio holder or director) whose performance ' +
          'status is GREEN or AMBER, out of all of them (RED or NONE is no progress).',
        improve: 'Ask the leaders whose priorities are off track or show nothing for a recovery plan and progress report.',
        record: "Record who owns each priority, the leaders' roles, and the priorities' targets and milestones.",
      }),
    ],
  });
}

export function b2NoTimeToLearn(f: Facts): HealthCheckAnswer {
  const g = f.e.governance;
  const withLessons = new Set(f.e.complaintIdsWithLessons);
  for (const a of g.actions) if (a.complaintId !== null && a.status !== ActionStatus.DROPPED) withLessons.add(a.complaintId);
  const upheld = g.complaints.filter(
    (c) =>
      (c.outcome === ComplaintOutcome.UPHELD || c.outcome === ComplaintOutcome.PARTLY_UPHELD) &&
      financialYearOf(c.receivedOn) === f.e.period,
  );
  const reviews = g.bestValueReviews.filter((r) => hasReached(r.status, BestValueStatus.OPTIONS));
  return buildAnswer({
    key: 'B2_NO_TIME_TO_LEARN',
    section: 'BARRIER',
    title: 'No time to learn from successes, mistakes or others',
    claim: 'the council takes time to learn from what goes well and badly',
    measures: [
      commentaryMeasure(f),
      share({
        key: 'complaintLessons',
        items: upheld,
        ok: (c) => withLessons.has(c.id),
        node: (c) => node('Complaint', c.id),
        text: (n, d) => `${n} of ${d} upheld complaints have their lessons recorded`,
        none: `No complaint received in ${f.e.period} was upheld`,
        definition:
          'Complaints received in the period with outcome UPHELD or PARTLY_UPHELD whose lessons are recorded (the lessons text, or ' +
          'an action not dropped naming the complaint), out of all of them.',
        improve: 'Record the lessons of each upheld complaint and the action that follows.',
        record: 'Record complaints with their outcome and lessons.',
      }),
      share({
        key: 'bestValueFindings',
        items: reviews,
        ok: (r) => r.findingKinds.length > 0,
        node: (r) => node('BestValueReview', r.id),
        text: (n, d) => `${n} of ${d} Best Value reviews past the evidence stage recorded findings`,
        none: 'No Best Value review has got past the evidence stage',
        definition:
          'Best Value reviews at OPTIONS or later with at least one finding (challenge, ' +
          'compare, consult or compete), out of all such reviews.',
        improve: 'Record what each Best Value review found.',
        record: 'Record Best Value reviews and their findings.',
      }),
    ],
  });
}

export function b3TooManyPriorities(f: Facts): HealthCheckAnswer {
  return buildAnswer({
    key: 'B3_TOO_MANY_PRIORITIES',
    section: 'BARRIER',
    title: 'Too many priorities',
    claim: "the number of priorities is kept within the council's limits",
    measures: [{ ...limitsMeasure(f, 'limits'), lead: true }],
  });
}

export function b4NotUnderstood(f: Facts): HealthCheckAnswer {
  const told = new Set(f.e.cascade.communications.flatMap((c) => c.priorityIds));
  return buildAnswer({
    key: 'B4_NOT_UNDERSTOOD',
    section: 'BARRIER',
    title: 'People do not understand what has to change',
    claim: 'people have been told what has to change and staff see their part in it',
    measures: [
      mainShare(f, {
        key: 'communicated',
        ok: (p) => p.status === 'COMMUNICATED' || p.communicatedOn !== null || told.has(p.id),
        phrase: 'have been communicated',
        definition: 'are COMMUNICATED, have a communicated date, or are named by a recorded communication',
        improve: 'Tell staff, partners and the people consulted about the agreed priorities, and record it.',
      }),
      staffThreadMeasure(f, false),
    ],
  });
}

export function b5SystemDoesNotHelp(f: Facts): HealthCheckAnswer {
  return buildAnswer({
    key: 'B5_SYSTEM_DOES_NOT_HELP',
    section: 'BARRIER',
    title: 'The system does not help',
    claim: 'the data arrives on time and every figure has someone answerable for it',
    measures: [
      {
        ...indicatorShare(
          f,
          f.due,
          {
            key: 'onTime',
            ok: (i) => !i.late,
            text: (n, d) => `${n} of ${d} indicators due have their data in on time`,
            definition: 'Indicators due that are not late (LATE_DATA: past due with nothing validated), out of all indicators due.',
            improve: 'Chase the late figures and agree dates with their data owners.',
          },
          noneDue(f),
        ),
        lead: true,
      },
      dataOwnerMeasure(f),
      indicatorShare(f, f.indicators, {
        key: 'responsibleManagers',
        ok: (i) => i.responsibleManagerId !== null,
        text: (n, d) => `${n} of ${d} indicators in use have a responsible manager`,
        definition: 'Indicators in use with a responsible manager named for the council, out of all indicators in use.',
        improve: 'Name a responsible manager for every indicator in use.',
      }),
      miOwnerMeasure(f),
    ],
  });
}

export function b6SomeDoNotPerform(f: Facts): HealthCheckAnswer {
  const rated = f.e.cascade.appraisalObjectives.filter((a) => a.period === f.e.period && a.rating !== null);
  const owners = [...new Set(f.indicators.map((i) => i.dataOwnerId).filter((id): id is number => id !== null))];
  const lateOwners = new Set(f.indicators.filter((i) => i.late).map((i) => i.dataOwnerId));
  return buildAnswer({
    key: 'B6_SOME_DO_NOT_PERFORM',
    section: 'BARRIER',
    title: 'Some people do not perform',
    claim: 'people deliver what they are asked to',
    measures: [
      share({
        key: 'appraisalsMet',
        items: rated,
        ok: (a) => a.rating !== 'NOT_MET',
        node: (a) => node('AppraisalObjective', a.id),
        text: (n, d) => `${n} of ${d} rated appraisal objectives were at least partly met`,
        none: `No appraisal objective of ${f.e.period} has been rated`,
        definition: 'Appraisal objectives of the period with a rating other than NOT_MET, out of all rated ones.',
        improve: 'Agree support and a plan with the staff whose objectives were not met.',
        record: 'Record the rating of each appraisal objective at review.',
      }),
      dueActionsMeasure(f, 'actionsDone', f.e.governance.actions, "the council's"),
      share({
        key: 'dataOwnersUpdating',
        items: owners,
        ok: (id) => !lateOwners.has(id),
        node: (id) => node('Person', id),
        text: (n, d) => `${n} of ${d} data owners have no late figures`,
        none: 'No data owner is named for any indicator',
        definition: 'Distinct data owners of indicators in use none of whose indicators is late, out of all data owners.',
        improve: 'Ask the data owners with late figures to bring them up to date.',
        record: 'Name a data owner for each indicator in use.',
      }),
    ],
  });
}

export function barriers(f: Facts): HealthCheckAnswer[] {
  return [
    b1NotInterested(f),
    b2NoTimeToLearn(f),
    b3TooManyPriorities(f),
    b4NotUnderstood(f),
    b5SystemDoesNotHelp(f),
    b6SomeDoNotPerform(f),
  ];
}
