import { describe, expect, it } from 'vitest';
import { buildCascade, type MilestoneCounts } from './cascade.js';
import {
  cascadePerformance,
  judgeMeasure,
  priorityPerformanceStatus,
  type IndicatorEvidence,
  type JudgedMeasure,
  type MeasureInput,
} from './performance-status.js';
import { healthyCouncil, milestone, target } from './testing.js';

const YEAR = '2024-25';
const NO_MILESTONES: MilestoneCounts = { total: 0, complete: 0, overdue: 0, atRisk: 0 };
const v = (value: number) => ({ kind: 'VALUE' as const, value });

function measure(over: Partial<MeasureInput> & { values?: MeasureInput['values'] } = {}): MeasureInput {
  return {
    indicator: { id: 1, code: 'X1', title: 'Reablement within 48 hours' },
    polarity: 'HIGHER_IS_BETTER',
    tolerance: 5,
    toleranceKind: 'ABSOLUTE',
    values: [
      { period: '2022-23', value: v(70) },
      { period: '2023-24', value: v(72) },
      { period: '2024-25', value: v(74) },
    ],
    targets: [{ id: 10, value: 80 }],
    ...over,
  };
}

const judged = (over: Partial<MeasureInput> = {}) => judgeMeasure(measure(over), YEAR);
const statusOf = (measures: JudgedMeasure[], milestones: MilestoneCounts = NO_MILESTONES) =>
  priorityPerformanceStatus({ measures, milestones });

describe('judgeMeasure', () => {
  it('judges the latest number against the target with the tolerance, and the direction of travel', () => {
    const m = judged();
    expect(m.latest).toEqual({ period: '2024-25', value: 74 });
    expect(m.rag).toBe('RED'); // 6 short, tolerance 5
    expect(m.direction).toBe('IMPROVING');
    expect(judged({ targets: [{ id: 10, value: 79 }] }).rag).toBe('AMBER'); // exactly 5 short: within tolerance
    expect(judged({ targets: [{ id: 10, value: 74 }] }).rag).toBe('GREEN');
  });

  it('judges the direction as the scrutiny series does: the change from the previous figure, its band and precision', () => {
    // 1.00 to 1.04: beyond 2% of 1.00, but both 1.0 to one decimal place, the published precision.
    const values = [
      { period: '2023-24', value: v(1) },
      { period: '2024-25', value: v(1.04) },
    ];
    expect(judged({ values }).direction).toBe('IMPROVING');
    expect(judged({ values, precision: { kind: 'DECIMAL_PLACES', digits: 1 } }).direction).toBe('STABLE');
    // 70, 72, 71.9: the line rises, the last change is within 2% of 72.
    const flat = [{ period: '2022-23', value: v(70) }, ...[72, 71.9].map((x, i) => ({ period: `202${3 + i}-2${4 + i}`, value: v(x) }))];
    expect(judged({ values: flat }).direction).toBe('STABLE');
  });

  it("uses a target's own tolerance before the indicator's", () => {
    expect(judged({ targets: [{ id: 10, value: 80, tolerance: 6 }] }).rag).toBe('AMBER');
  });

  it('follows the polarity: lower is better turns the same numbers round', () => {
    const m = judged({ polarity: 'LOWER_IS_BETTER', targets: [{ id: 10, value: 73 }] });
    expect(m.rag).toBe('AMBER');
    expect(m.direction).toBe('DETERIORATING');
  });

  it('judges a within-band indicator against its band, edges included, and its distance for the direction', () => {
    const band = { low: 15, high: 22 };
    const values = [
      { period: '2024-04', kind: 'MONTH' as const, value: v(25) },
      { period: '2024-05', kind: 'MONTH' as const, value: v(23.5) },
      { period: '2024-06', kind: 'MONTH' as const, value: v(22) },
    ];
    const m = judged({ polarity: 'WITHIN_BAND', band, values, tolerance: 2 });
    expect(m.rag).toBe('GREEN');
    expect(m.direction).toBe('IMPROVING');
    expect(m.judgedAgainst).toEqual({ target: null, band });
    const out = judged({
      polarity: 'WITHIN_BAND',
      band,
      values: [...values.slice(0, 2), { period: '2024-06', kind: 'MONTH', value: v(24.5) }],
      tolerance: 2,
    });
    expect(out.rag).toBe('RED');
  });

  it('takes the worst of several targets on the indicator', () => {
    expect(
      judged({
        targets: [
          { id: 10, value: 70 },
          { id: 11, value: 90 },
        ],
      }).rag,
    ).toBe('RED');
  });

  it('skips suppressed and missing values rather than reading them as zero', () => {
    const m = judged({
      values: [
        { period: '2023-24', value: v(81) },
        { period: '2024-25', value: { kind: 'SUPPRESSED' } },
      ],
    });
    expect(m.latest).toEqual({ period: '2023-24', value: 81 });
    expect(m.rag).toBe('GREEN');
    expect(m.direction).toBe('UNKNOWN'); // one number only
  });

  it('has no RAG without a value or a target, and no RAG or direction without a polarity', () => {
    expect(judged({ values: [] })).toMatchObject({ rag: 'NONE', direction: 'UNKNOWN', latest: null });
    expect(judged({ targets: [] })).toMatchObject({ rag: 'NONE', direction: 'IMPROVING', hasTarget: false });
    expect(judged({ polarity: 'UNKNOWN' })).toMatchObject({ rag: 'NONE', direction: 'UNKNOWN', knownPolarity: false });
  });

  it('treats data ending more than a year before the year began as stale: no RAG, no direction', () => {
    const old = [
      { period: '2020-21', value: v(60) },
      { period: '2021-22', value: v(65) },
      { period: '2022-23', value: v(90) },
    ];
    expect(judged({ values: old })).toMatchObject({
      stale: true,
      rag: 'NONE',
      direction: 'UNKNOWN',
      latest: { period: '2022-23', value: 90 },
    });
    // 2023-24 ended on 31 March 2024: recent enough for 2024-25.
    expect(judged({ values: [...old, { period: '2023-24', value: v(91) }] })).toMatchObject({ stale: false, rag: 'GREEN' });
  });

  it('ignores values of periods after the year', () => {
    const m = judged({
      values: [
        { period: '2024-25', value: v(74) },
        { period: '2025-26', value: v(95) },
      ],
    });
    expect(m.latest).toEqual({ period: '2024-25', value: 74 });
  });
});

describe('priorityPerformanceStatus', () => {
  it('is RED and says so when targets are missed: "Off target on 2 of 3 measures"', () => {
    const s = statusOf([
      judged({ indicator: { id: 1, code: 'A', title: 'A' }, targets: [{ id: 1, value: 90 }] }),
      judged({ indicator: { id: 2, code: 'B', title: 'B' }, targets: [{ id: 2, value: 95 }] }),
      judged({ indicator: { id: 3, code: 'C', title: 'C' }, targets: [{ id: 3, value: 70 }] }),
    ]);
    expect(s.status).toBe('RED');
    expect(s.reason).toBe('Off target on 2 of 3 measures');
    expect(s.drivers.filter((d) => d.decisive).map((d) => [d.kind, d.indicator?.code])).toEqual([
      ['OFF_TARGET', 'A'],
      ['OFF_TARGET', 'B'],
    ]);
    expect(s.drivers[0]!.text).toBe('A (A): 74 in 2024-25 against a target of 90 (misses the target)');
  });

  it('is RED from overdue milestones alone, with no target named in the reason', () => {
    const s = statusOf([], { total: 9, complete: 5, overdue: 2, atRisk: 1 });
    expect(s).toMatchObject({ status: 'RED', reason: 'Milestones overdue (2 of 9); no target set' });
    expect(s.drivers).toEqual([
      { kind: 'MILESTONES_OVERDUE', status: 'RED', decisive: true, text: 'Milestones overdue (2 of 9)', indicator: null },
    ]);
  });

  it('only milestones, all on track: GREEN, and says there is no target', () => {
    expect(statusOf([], { total: 3, complete: 1, overdue: 0, atRisk: 0 }).reason).toBe(
      'Milestones on track (1 of 3 complete); no target set',
    );
  });

  it('names every component on a tie, targets first', () => {
    const s = statusOf([judged()], { total: 9, complete: 5, overdue: 1, atRisk: 0 });
    expect(s.status).toBe('RED');
    expect(s.reason).toBe('Off target on 1 of 1 measure; milestones overdue (1 of 9)');
    expect(s.drivers.filter((d) => d.decisive).map((d) => d.kind)).toEqual(['OFF_TARGET', 'MILESTONES_OVERDUE']);
  });

  it('a deteriorating measure makes an on-target priority AMBER, never RED on its own', () => {
    const down = judged({
      values: [
        { period: '2022-23', value: v(90) },
        { period: '2023-24', value: v(86) },
        { period: '2024-25', value: v(82) },
      ],
    });
    expect(down).toMatchObject({ rag: 'GREEN', direction: 'DETERIORATING' });
    const s = statusOf([down]);
    expect(s).toMatchObject({ status: 'AMBER', reason: 'Deteriorating on 1 measure' });
    expect(s.drivers.map((d) => [d.kind, d.decisive])).toEqual([
      ['DETERIORATING', true],
      ['ON_TARGET', false],
    ]);
  });

  it('a national indicator without a target counts by its direction of travel', () => {
    const national = judged({ targets: [] });
    const s = statusOf([national]);
    expect(s).toMatchObject({ status: 'GREEN', reason: 'Improving on 1 measure; no target set' });
    expect(s.drivers.map((d) => d.kind)).toEqual(['IMPROVING', 'NO_TARGET']);
  });

  it('within tolerance is AMBER, "just short"', () => {
    expect(statusOf([judged({ targets: [{ id: 1, value: 78 }] })])).toMatchObject({
      status: 'AMBER',
      reason: 'Just short of target on 1 of 1 measure',
    });
  });

  it('says NONE, never a guess, when nothing can be judged', () => {
    expect(statusOf([])).toEqual({ status: 'NONE', reason: 'No target set; no milestones', drivers: [] });
    const noData = statusOf([judged({ values: [] })]);
    expect(noData).toMatchObject({ status: 'NONE', reason: 'No value yet for 1 measure; no milestones' });
    expect(noData.drivers).toEqual([
      {
        kind: 'NO_DATA',
        status: 'NONE',
        decisive: false,
        text: 'Reablement within 48 hours (X1): no value yet',
        indicator: { id: 1, code: 'X1', title: 'Reablement within 48 hours' },
      },
    ]);
    const stale = statusOf([
      judged({
        values: [
          { period: '2019-20', value: v(1) },
          { period: '2020-21', value: v(2) },
        ],
      }),
    ]);
    expect(stale).toMatchObject({ status: 'NONE', reason: 'No recent value for 1 measure (latest 2020-21); no milestones' });
    expect(statusOf([judged({ polarity: 'UNKNOWN' })]).reason).toBe('No polarity for 1 measure; no milestones');
  });
});

describe('cascadePerformance', () => {
  const evidence = (id: number, values: number[], polarity: IndicatorEvidence['polarity'] = 'HIGHER_IS_BETTER'): IndicatorEvidence => ({
    indicator: { id, code: `I${id}`, title: `Indicator ${id}` },
    polarity,
    tolerance: 0,
    values: values.map((x, i) => ({ period: `${2022 + i}-${String(23 + i).padStart(2, '0')}`, value: v(x) })),
  });

  it("judges each priority over its subtree: a service priority's missed target reaches the corporate priority", () => {
    const cascade = buildCascade(healthyCouncil());
    // Target 40 (value 80) on objective 21 under priority 3; latest 70.
    const statuses = cascadePerformance(cascade, {
      indicators: new Map([[1040, evidence(1040, [66, 68, 70])]]),
      nationalIndicators: new Map(),
    });
    expect(statuses.get(3)).toMatchObject({ status: 'RED', reason: 'Off target on 1 of 1 measure' });
    expect(statuses.get(1)).toMatchObject({ status: 'RED', reason: 'Off target on 1 of 1 measure' });
    // Priority 2's own subtree is its objective 20 (milestone complete) and priority 3.
    expect(statuses.get(2)!.status).toBe('RED');
  });

  it("adds a national priority's indicator even without a target, once per indicator", () => {
    const snap = healthyCouncil();
    snap.targets = [target(41, { priorityId: 1, indicatorId: 7, value: 60 })];
    snap.milestones.push(milestone(32, 20, { due: '2024-09-01', status: 'MISSED' }));
    const cascade = buildCascade(snap);
    const statuses = cascadePerformance(cascade, {
      indicators: new Map([
        [7, evidence(7, [60, 62, 64])], // +3.2% on the year before: improving
        [8, evidence(8, [50, 45, 40])],
      ]),
      nationalIndicators: new Map([
        [1, 7],
        [2, 8],
      ]),
    });
    const corporate = statuses.get(1)!;
    expect(corporate.status).toBe('RED');
    expect(corporate.reason).toBe('Milestones overdue (1 of 3)');
    expect(corporate.drivers.map((d) => [d.kind, d.indicator?.id ?? null])).toEqual([
      ['MILESTONES_OVERDUE', null],
      ['ON_TARGET', 7],
      ['DETERIORATING', 8],
      ['IMPROVING', 7],
      ['NO_TARGET', 8],
    ]);
    expect(statuses.get(3)).toMatchObject({ status: 'GREEN', reason: 'Milestones on track (0 of 1 complete); no target set' });
  });

  it('leaves out indicators it knows nothing of', () => {
    const statuses = cascadePerformance(buildCascade(healthyCouncil()), { indicators: new Map(), nationalIndicators: new Map() });
    expect(statuses.get(3)).toMatchObject({ status: 'GREEN', drivers: [{ kind: 'MILESTONES_ON_TRACK' }] });
  });
});
