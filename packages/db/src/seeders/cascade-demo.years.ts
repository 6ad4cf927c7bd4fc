/**
 * The two financial years of the demo golden thread (cascade-demo.ts seeds each): 2024-25 as the
 * tables of cascade-demo.data.ts give it, and 2023-24 before it, derived from the same tables but
 * weaker, as a council's first year of performance management is: fewer priorities (no public-health
 * or safeguarding ones), one agreed but never communicated, two without resources, plans only for the
 * services the table names, fewer targets, one consultation, more milestones missed, and fewer staff
 * with an agreed appraisal objective. The health check's history then has two points and a change.
 */
import { AppraisalRating, MilestoneStatus, PriorityStatus } from '@goldenthread/domain';
import {
  COMMUNICATIONS,
  CONSULTATIONS,
  G,
  OBJECTIVES,
  PRIORITIES,
  PRIORITY_TARGETS,
  RATINGS,
  type GroupSpec,
  type ObjectiveSpec,
  type PrioritySpec,
} from './cascade-demo.data.js';

export interface MilestonePlan {
  name: string;
  due: string;
  completedOn: string | null;
  status: MilestoneStatus;
}

export interface AppraisalPlan {
  /** False: the officer has no appraisal objective recorded (owners of corporate priorities still lead them). */
  recorded: boolean;
  agreedOn: string | null;
  reviewedOn: string | null;
  rating: AppraisalRating | null;
}

/** What one financial year of the demo golden thread holds. */
export interface YearPlan {
  period: string;
  priorities: PrioritySpec[];
  objectives: ObjectiveSpec[];
  /** Services the objectives table does not name get one objective under their directorate's first priority. */
  plansForOtherServices: boolean;
  /** Council-wide targets: priority key, indicator code, value. */
  priorityTargets: Array<[string, string, number]>;
  /** The milestones of the i-th objective. */
  milestones: (i: number) => MilestonePlan[];
  consultations: Array<{ title: string; date: string; heard: string; groups: GroupSpec[]; informed: string[] }>;
  communications: Array<{ date: string; channel: string; groups: GroupSpec[]; about: string[] }>;
  /** The i-th officer's appraisal objective. */
  appraisal: (i: number) => AppraisalPlan;
}

const day = (month: string, n: number) => `${month}-${String(n).padStart(2, '0')}`;

export const CURRENT_YEAR: YearPlan = {
  period: '2024-25',
  priorities: PRIORITIES,
  objectives: OBJECTIVES,
  plansForOtherServices: true,
  priorityTargets: PRIORITY_TARGETS,
  milestones: (i) => {
    const midMissed = i % 7 === 3;
    const midLate = i % 5 === 2;
    const yearEndAtRisk = i % 4 === 1;
    return [
      {
        name: 'Delivery plan agreed with staff and partners',
        due: '2024-06-30',
        completedOn: day('2024-06', 10 + (i % 18)),
        status: MilestoneStatus.COMPLETE,
      },
      {
        name: 'Mid-year progress review',
        due: '2024-10-31',
        completedOn: midMissed || midLate ? null : day('2024-10', 10 + (i % 20)),
        status: midMissed ? MilestoneStatus.MISSED : midLate ? MilestoneStatus.AT_RISK : MilestoneStatus.COMPLETE,
      },
      {
        name: 'Year-end outcome reported',
        due: '2025-03-31',
        completedOn: yearEndAtRisk ? null : day('2025-03', 10 + (i % 18)),
        status: yearEndAtRisk ? MilestoneStatus.AT_RISK : MilestoneStatus.COMPLETE,
      },
    ];
  },
  consultations: CONSULTATIONS,
  communications: COMMUNICATIONS,
  appraisal: (i) => {
    const agreedOn = i % 13 === 6 ? null : day('2024-05', 1 + (i % 28));
    const reviewed = agreedOn !== null && i % 3 === 0;
    return {
      recorded: i % 9 !== 4,
      agreedOn,
      reviewedOn: reviewed ? '2024-10-15' : null,
      rating: reviewed ? RATINGS[i % RATINGS.length]! : null,
    };
  },
};

/** The priorities 2023-24 had (parents before children, as in the table). */
const HELD = new Set(['C1', 'C2', 'C3', 'C5', 'D1a', 'D1b', 'D2a', 'D2b', 'D3a', 'D5a', 'S1', 'S3', 'S6']);
/** Agreed but never communicated that year. */
const NOT_TOLD = new Set(['D2b']);
/** Agreed without a budget or staff that year. */
const UNRESOURCED = new Set(['C3', 'D3a']);

const historyPriority = (p: PrioritySpec): PrioritySpec => {
  const told = !NOT_TOLD.has(p.key);
  const { budget, fte, ...rest } = p;
  return {
    ...rest,
    ...(UNRESOURCED.has(p.key) ? {} : { budget, fte }),
    status: told ? PriorityStatus.COMMUNICATED : PriorityStatus.AGREED,
    agreedOn: '2023-02-21',
    communicatedOn: told ? '2023-04-20' : undefined,
  };
};

/** An objective of the table kept where it delivers a priority the year had; targets only on the council's own SCC indicators. */
const historyObjectives = (): ObjectiveSpec[] =>
  OBJECTIVES.flatMap((o) => {
    const delivers = o.delivers.filter((k) => HELD.has(k));
    if (o.delivers.length && !delivers.length) return [];
    const target = o.target?.[0].startsWith('SCC-') ? o.target : undefined;
    return [{ service: o.service, name: o.name, delivers, ...(target ? { target } : {}) }];
  });

export const HISTORY_YEAR: YearPlan = {
  period: '2023-24',
  priorities: PRIORITIES.filter((p) => HELD.has(p.key)).map(historyPriority),
  objectives: historyObjectives(),
  plansForOtherServices: false,
  priorityTargets: [['C1', 'SCC-ASC-02', 560]],
  milestones: (i) => {
    const midMissed = i % 4 === 1;
    const yearEndMissed = i % 3 === 2;
    return [
      {
        name: 'Delivery plan agreed with staff and partners',
        due: '2023-06-30',
        completedOn: i % 6 === 5 ? null : day('2023-07', 3 + (i % 20)),
        status: i % 6 === 5 ? MilestoneStatus.MISSED : MilestoneStatus.COMPLETE,
      },
      {
        name: 'Mid-year progress review',
        due: '2023-10-31',
        completedOn: midMissed ? null : day('2023-10', 10 + (i % 20)),
        status: midMissed ? MilestoneStatus.MISSED : MilestoneStatus.COMPLETE,
      },
      {
        name: 'Year-end outcome reported',
        due: '2024-03-31',
        completedOn: yearEndMissed ? null : day('2024-03', 10 + (i % 18)),
        status: yearEndMissed ? MilestoneStatus.MISSED : MilestoneStatus.COMPLETE,
      },
    ];
  },
  consultations: [
    {
      title: 'Adult social care budget consultation 2023',
      date: '2022-12-07',
      groups: [G.residents, G.providers],
      informed: ['C1', 'C5'],
      heard: 'Residents asked for help to stay at home rather than more care home places; providers asked for longer contracts.',
    },
  ],
  communications: [
    {
      date: '2023-04-20',
      channel: 'Suffolk News and the council website',
      groups: [G.residents, G.providers],
      about: ['C1', 'C2', 'C3', 'C5'],
    },
  ],
  appraisal: (i) => {
    const agreedOn = i % 6 === 3 ? null : day('2023-05', 1 + (i % 28));
    const reviewed = agreedOn !== null && i % 4 === 0;
    return {
      recorded: i % 5 !== 4 && i % 7 !== 2,
      agreedOn,
      reviewedOn: reviewed ? '2023-10-16' : null,
      rating: reviewed ? RATINGS[(i + 1) % RATINGS.length]! : null,
    };
  },
};
