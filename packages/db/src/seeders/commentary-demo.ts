/**
 * The demo council's commentaries (fictional, plausible): what happened, why and what is being done,
 * on some of its local indicators' figures, by each indicator's responsible manager, with one action
 * raised from a commentary. Other exceptions are left without one, so MISSING_COMMENTARY shows.
 */
import { ActionSource, CommentaryChange, parsePeriod } from '@goldenthread/domain';
import { Action } from '../governance/action.entity.js';
import { Commentary, CommentaryRevision } from '../indicators/commentary.entity.js';
import { IndicatorOwnership } from '../indicators/indicator-ownership.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import type { Council } from '../organisation/council.entity.js';
import type { Em } from '../orm.js';

interface DemoCommentary {
  code: string;
  period: string;
  writtenOn: string;
  whatHappened: string;
  why: string | null;
  whatWeAreDoing: string | null;
  /** An earlier text, kept as the first revision (the commentary was changed once). */
  earlier?: { whatHappened: string; why: string | null; whatWeAreDoing: string | null; on: string };
  action?: { title: string; due: string };
}

export const DEMO_COMMENTARIES: readonly DemoCommentary[] = [
  {
    code: 'L-ASC-03',
    period: '2024-12',
    writtenOn: '2025-01-21',
    whatHappened:
      'Annual reviews completed on time fell again in December, well below the 85% target; about 310 people in long-term support ' +
      'are now overdue a review.',
    why:
      'Two review teams lost four practitioners between October and December, and winter hospital discharges took priority: ' +
      'reviewers were moved to discharge assessments for six weeks.',
    whatWeAreDoing:
      'A dedicated review team of agency practitioners starts in February for three months, reviews are triaged by risk (people ' +
      'living alone and people with rising needs first), and progress goes to the Adult Services Scrutiny Committee monthly.',
    earlier: {
      whatHappened: 'Annual reviews completed on time fell in December, below the 85% target.',
      why: null,
      whatWeAreDoing: null,
      on: '2025-01-09',
    },
    action: { title: 'Recruit a three-month agency review team and clear the overdue reviews of people living alone', due: '2025-05-31' },
  },
  {
    code: 'L-ASC-05',
    period: '2025-03',
    writtenOn: '2025-04-14',
    whatHappened: 'Home care commissioned rose to above 43,000 hours a week in March, over the ceiling agreed in the budget.',
    why:
      'Hospital discharges over the winter came with larger packages than usual, and fewer people than planned moved from home ' +
      'care to reablement because the reablement service was short of staff.',
    whatWeAreDoing: null,
  },
  {
    code: 'L-ASC-01',
    period: '2024-12',
    writtenOn: '2025-01-16',
    whatHappened: 'Assessments completed within 28 days improved for the third month running, but remain short of the 80% target.',
    why: 'The screening tool introduced in September sends straightforward cases to the community team the same week.',
    whatWeAreDoing: 'The screening tool is being extended to the west locality from February; we expect the target to be met by June.',
  },
];

export async function seedCommentaryDemo(em: Em, council: Council): Promise<void> {
  const indicators = await em.find(Indicator, { council: council.id, code: { $in: DEMO_COMMENTARIES.map((c) => c.code) } });
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const owners = await em.find(IndicatorOwnership, { council: council.id, indicator: { $in: indicators.map((i) => i.id) } });
  const managerOf = new Map(owners.map((o) => [o.indicator.id, o.responsibleManager ?? o.dataOwner]));
  for (const spec of DEMO_COMMENTARIES) {
    const indicator = byCode.get(spec.code);
    const period = parsePeriod(spec.period, 'MONTH');
    if (!indicator || !period) continue;
    const author = managerOf.get(indicator.id) ?? null;
    const first = spec.earlier ?? { ...spec, on: spec.writtenOn };
    const c = em.create(Commentary, {
      council,
      indicator,
      period: period.text,
      periodKind: period.kind as never,
      periodStart: period.start,
      whatHappened: first.whatHappened,
      why: first.why,
      whatWeAreDoing: first.whatWeAreDoing,
      author,
      writtenOn: first.on,
    });
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    em.create(CommentaryRevision, {
      commentary: c,
      version: 1,
      change: CommentaryChange.RECORDED,
      ...pick(first),
      changedBy: author,
      changedAt: at(first.on),
    });
    if (spec.earlier) {
      await em.flush();
      Object.assign(c, pick(spec), { writtenOn: spec.writtenOn });
      em.create(CommentaryRevision, {
        commentary: c,
        version: 2,
        change: CommentaryChange.CHANGED,
        ...pick(spec),
        changedBy: author,
        changedAt: at(spec.writtenOn),
      });
    }
    if (spec.action) {
      em.create(Action, {
        council,
        title: spec.action.title,
        owner: author,
        due: spec.action.due,
        source: ActionSource.COMMENTARY,
        commentary: c,
      });
    }
  }
  await em.flush();
}

const pick = (p: { whatHappened: string; why: string | null; whatWeAreDoing: string | null }) => ({
  whatHappened: p.whatHappened,
  why: p.why,
  whatWeAreDoing: p.whatWeAreDoing,
});
