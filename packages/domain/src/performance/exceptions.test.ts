import { describe, expect, it } from 'vitest';
import { directionOfTravel } from './direction.js';
import { exceptionSeverity, exceptionsFor, lateData, type IndicatorPerformance, type PeriodDataStatus } from './exceptions.js';

const base: Omit<IndicatorPerformance, 'indicatorId' | 'name'> = {
  polarity: 'LOWER_IS_BETTER',
  rag: 'GREEN',
  direction: 'IMPROVING',
  quartile: 1,
};

describe('exceptionsFor', () => {
  it('reports bottom quartile and getting worse in words a councillor reads', () => {
    const [finding, ...rest] = exceptionsFor({
      indicators: [{ ...base, indicatorId: 7, name: 'Delayed transfers of care', quartile: 4, direction: 'DETERIORATING', rag: 'AMBER' }],
    });
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      code: 'PERFORMANCE_EXCEPTION',
      severity: 'high',
      nodes: [{ type: 'Indicator', id: 7, name: 'Delayed transfers of care' }],
      message: 'Delayed transfers of care is in the bottom quarter of councils in the group and worse than its previous figure.',
      fix:
        'Compare practice with the best-performing councils in the group and ask what they do differently; ' +
        'ask why the figure is rising and lower is better, and what is being done to turn it round.',
      indicatorId: 7,
      reasons: ['BOTTOM_QUARTILE', 'DETERIORATING'],
    });
  });

  it('reports red alone as medium', () => {
    const [finding] = exceptionsFor({
      indicators: [{ ...base, indicatorId: 1, name: 'Direct payments', polarity: 'HIGHER_IS_BETTER', rag: 'RED' }],
    });
    expect(finding).toMatchObject({
      severity: 'medium',
      reasons: ['RED'],
      message: 'Direct payments is off target by more than the agreed tolerance.',
    });
    expect(finding!.fix).toContain('recovery plan');
  });

  it('reports all three reasons together as high, in a fixed order', () => {
    const [finding] = exceptionsFor({
      indicators: [
        { ...base, indicatorId: 2, name: 'Reablement', polarity: 'HIGHER_IS_BETTER', rag: 'RED', quartile: 4, direction: 'DETERIORATING' },
      ],
    });
    expect(finding).toMatchObject({
      severity: 'high',
      reasons: ['RED', 'BOTTOM_QUARTILE', 'DETERIORATING'],
      message:
        'Reablement is off target by more than the agreed tolerance, in the bottom quarter of councils in the group and ' +
        'worse than its previous figure.',
    });
    expect(finding!.fix).toContain('the figure is falling and higher is better');
  });

  it('reports deteriorating alone as low, with the direction for a band', () => {
    const [finding] = exceptionsFor({
      indicators: [{ ...base, indicatorId: 3, name: 'Waiting time', polarity: 'WITHIN_BAND', direction: 'DETERIORATING' }],
    });
    expect(finding).toMatchObject({
      severity: 'low',
      reasons: ['DETERIORATING'],
      message: 'Waiting time is worse than its previous figure.',
    });
    expect(finding!.fix).toContain('moving away from its target range');
  });

  it('ignores amber, green, no rating, stable, unknown, improving and other quartiles', () => {
    const quiet: IndicatorPerformance[] = [
      { ...base, indicatorId: 1, name: 'a', rag: 'AMBER', direction: 'STABLE', quartile: 3 },
      { ...base, indicatorId: 2, name: 'b', rag: 'NONE', direction: 'UNKNOWN', quartile: null },
      { ...base, indicatorId: 3, name: 'c', rag: 'GREEN', direction: 'IMPROVING', quartile: 2 },
    ];
    expect(exceptionsFor({ indicators: quiet })).toEqual([]);
    expect(exceptionsFor({ indicators: [] })).toEqual([]);
  });

  it('puts the most serious first, then by code and name', () => {
    const findings = exceptionsFor({
      indicators: [
        { ...base, indicatorId: 1, name: 'Zeta', direction: 'DETERIORATING' }, // low
        { ...base, indicatorId: 2, name: 'Beta', rag: 'RED' }, // medium
        { ...base, indicatorId: 3, name: 'Gamma', rag: 'RED', direction: 'DETERIORATING' }, // high
        { ...base, indicatorId: 4, name: 'Alpha', quartile: 4 }, // medium
      ],
    });
    expect(findings.map((f) => [f.nodes[0]!.name, f.severity])).toEqual([
      ['Gamma', 'high'],
      ['Alpha', 'medium'],
      ['Beta', 'medium'],
      ['Zeta', 'low'],
    ]);
  });

  it('names the period, the group and the council when given', () => {
    const [finding] = exceptionsFor({
      council: { id: 44, name: 'Trafford' },
      indicators: [
        { ...base, indicatorId: 9, name: 'Admissions to care homes (65+)', quartile: 4, period: '2022/23', groupName: 'the North West' },
      ],
    });
    expect(finding!.message).toBe('In 2022-23, Admissions to care homes (65+) is in the bottom quarter of councils in the North West.');
    expect(finding!.nodes).toEqual([
      { type: 'Indicator', id: 9, name: 'Admissions to care homes (65+)' },
      { type: 'Council', id: 44, name: 'Trafford' },
    ]);
  });

  it('judges the direction by the change from the previous figure, and names the period compared with', () => {
    // Trafford ASCOF 2A(2), lower is better: 539.5, 961.6, 639.4. The line fit rises (a 'getting worse'
    // exception under the old rule); the change from 2019-20 is a fall by a third: no exception.
    const trafford = [
      { period: '2018-19', value: { kind: 'VALUE' as const, value: 539.5 } },
      { period: '2019-20', value: { kind: 'VALUE' as const, value: 961.6 } },
      { period: '2020-21', value: { kind: 'VALUE' as const, value: 639.4 } },
    ];
    const travel = directionOfTravel(trafford, 'LOWER_IS_BETTER');
    const ind = { ...base, indicatorId: 5, name: 'Admissions (65+)', direction: travel.direction, previousPeriod: travel.previousPeriod };
    expect(exceptionsFor({ indicators: [ind] })).toEqual([]);
    // A year later up to 815.6: worse than in 2020-21, said so.
    const next = directionOfTravel([...trafford, { period: '2021-22', value: { kind: 'VALUE', value: 815.6 } }], 'LOWER_IS_BETTER');
    const [finding] = exceptionsFor({
      indicators: [{ ...ind, direction: next.direction, previousPeriod: next.previousPeriod, period: '2021-22' }],
    });
    expect(finding).toMatchObject({ reasons: ['DETERIORATING'], message: 'In 2021-22, Admissions (65+) is worse than in 2020-21.' });
  });

  it('grades severity by the reasons', () => {
    expect(exceptionSeverity(['RED', 'BOTTOM_QUARTILE'])).toBe('high');
    expect(exceptionSeverity(['BOTTOM_QUARTILE'])).toBe('medium');
    expect(exceptionSeverity(['DETERIORATING'])).toBe('low');
  });
});

describe('lateData', () => {
  const row = (
    status: PeriodDataStatus['status'],
    period = '2020-21',
    indicatorId = 1,
    name = 'Carers quality of life',
  ): PeriodDataStatus => ({
    indicatorId,
    name,
    period,
    status,
  });

  it('is not late on the last day of grace, and late the day after', () => {
    // 2020-21 ends 31 March 2021; + 30 days = 30 April 2021.
    expect(lateData({ periods: [row('NONE')], today: '2021-04-30', graceDays: 30 })).toEqual([]);
    expect(lateData({ periods: [row('NONE')], today: '2021-05-01', graceDays: 30 })).toEqual([
      {
        code: 'LATE_DATA',
        severity: 'medium',
        nodes: [{ type: 'Indicator', id: 1, name: 'Carers quality of life' }],
        message:
          'No value has been entered for Carers quality of life for 2020-21 (April 2020 to March 2021). It was due by 30 April 2021 and ' +
          'is 1 day late.',
        fix: "The indicator's data owner should enter the value and have it validated; if it cannot be provided, record why.",
        indicatorId: 1,
        period: '2020-21',
        dueDate: '2021-04-30',
        daysLate: 1,
        status: 'NONE',
      },
    ]);
  });

  it('reports an unvalidated draft as low', () => {
    // Due 30 April 2021; today 12 May 2021: 12 days late.
    const [finding] = lateData({ periods: [row('DRAFT')], today: '2021-05-12', graceDays: 30 });
    expect(finding).toMatchObject({ severity: 'low', status: 'DRAFT', daysLate: 12 });
    expect(finding!.message).toContain('still a draft and has not been validated');
    expect(finding!.message).toContain('12 days late');
  });

  it('does not report validated or published data', () => {
    expect(lateData({ periods: [row('VALIDATED'), row('PUBLISHED', '2019-20')], today: '2023-01-01', graceDays: 0 })).toEqual([]);
  });

  it('treats several rows for one indicator and period as one (versions)', () => {
    expect(lateData({ periods: [row('DRAFT'), row('VALIDATED')], today: '2023-01-01', graceDays: 0 })).toEqual([]);
    const findings = lateData({ periods: [row('NONE'), row('DRAFT', '2020/21')], today: '2023-01-01', graceDays: 0 });
    expect(findings.map((f) => [f.period, f.status])).toEqual([['2020-21', 'DRAFT']]);
  });

  it('does not report periods still open or in grace', () => {
    // 2022-23 Q1 ends 30 June 2022; grace 0: late from 1 July 2022.
    expect(lateData({ periods: [row('NONE', '2022-23 Q1')], today: '2022-06-30', graceDays: 0 })).toEqual([]);
    expect(lateData({ periods: [row('NONE', '2022-23 Q1')], today: '2022-07-01', graceDays: 0 })).toMatchObject([
      { period: '2022-23 Q1', dueDate: '2022-06-30', daysLate: 1 },
    ]);
    // A period not yet over.
    expect(lateData({ periods: [row('NONE', '2022-23')], today: '2022-07-01', graceDays: 0 })).toEqual([]);
  });

  it('counts from the true end of a month, leap years included', () => {
    // February 2020 ends on the 29th; + 10 days = 10 March 2020.
    expect(lateData({ periods: [row('NONE', '2020-02')], today: '2020-03-10', graceDays: 10 })).toEqual([]);
    expect(lateData({ periods: [row('NONE', '2020-02')], today: '2020-03-11', graceDays: 10 })).toMatchObject([
      { dueDate: '2020-03-10', daysLate: 1 },
    ]);
  });

  it('lists the most serious first, then by indicator name, then oldest period first', () => {
    const findings = lateData({
      periods: [
        row('DRAFT', '2021-22', 2, 'Alpha'),
        row('NONE', '2021-22', 1, 'Beta'),
        row('NONE', '2020-21', 1, 'Beta'),
        row('NONE', '2021-22', 3, 'Alpha other'),
      ],
      today: '2023-01-01',
      graceDays: 30,
    });
    expect(findings.map((f) => [f.nodes[0]!.name, f.period, f.severity])).toEqual([
      ['Alpha other', '2021-22', 'medium'],
      ['Beta', '2020-21', 'medium'],
      ['Beta', '2021-22', 'medium'],
      ['Alpha', '2021-22', 'low'],
    ]);
  });

  it('adds the council node when given', () => {
    const [finding] = lateData({ periods: [row('NONE')], today: '2022-01-01', graceDays: 0, council: { id: 5, name: 'Bury' } });
    expect(finding!.nodes[1]).toEqual({ type: 'Council', id: 5, name: 'Bury' });
  });

  it('refuses a bad date or grace period', () => {
    expect(() => lateData({ periods: [], today: '30/04/2021', graceDays: 0 })).toThrow(RangeError);
    expect(() => lateData({ periods: [], today: '2021-02-30', graceDays: 0 })).toThrow(RangeError);
    expect(() => lateData({ periods: [], today: '2021-04-30', graceDays: -1 })).toThrow(RangeError);
    expect(() => lateData({ periods: [], today: '2021-04-30', graceDays: 1.5 })).toThrow(RangeError);
    expect(() => lateData({ periods: [row('NONE', '2020-22')], today: '2021-04-30', graceDays: 0 })).toThrow(RangeError);
  });
});
