import { describe, expect, it } from 'vitest';
import {
  addMonths,
  complaintDatesError,
  type ComplaintFacts,
  complaintMoveError,
  complaintStatistics,
  contactDetailsError,
  isComplaintOverdue,
  panelStageError,
  repeatedThemes,
} from './complaints.js';
import { ComplaintOutcome as O, ComplaintStage as S } from './enums.js';

const row = (id: number, over: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  id,
  serviceId: 1,
  receivedOn: '2025-01-10',
  outcome: null,
  responseDue: '2025-02-10',
  respondedOn: null,
  themeIds: [],
  ...over,
});

describe('complaintMoveError', () => {
  it('lets a complaint move forward, skipping stages too', () => {
    expect(complaintMoveError(S.LOCAL_RESOLUTION, S.INVESTIGATION)).toBeNull();
    expect(complaintMoveError(S.LOCAL_RESOLUTION, S.OMBUDSMAN)).toBeNull();
  });
  it('refuses going back or staying, on the stage field', () => {
    expect(complaintMoveError(S.REVIEW_PANEL, S.INVESTIGATION)).toEqual({
      field: 'stage',
      message: 'A complaint moves forward only: it is at review panel, so it cannot go back to investigation.',
    });
    expect(complaintMoveError(S.OMBUDSMAN, S.OMBUDSMAN)?.message).toBe('The complaint is already at ombudsman.');
  });
});

describe('panelStageError', () => {
  it('allows a panel from the review panel stage on', () => {
    expect(panelStageError(S.REVIEW_PANEL, 3)).toBeNull();
    expect(panelStageError(S.OMBUDSMAN, 2)).toBeNull();
    expect(panelStageError(S.INVESTIGATION, 0)).toBeNull();
    expect(panelStageError(S.INVESTIGATION, 1)?.field).toBe('panelIds');
  });
});

describe('contactDetailsError', () => {
  it.each([
    'Write to jo.bloggs@example.co.uk about it',
    'call 07700 900123 after 5',
    'Phone +44 20 7946 0958',
    'Landline (01473) 123456.',
    'mobile 07700900123',
    'tel 01473-264-000',
  ])('refuses %s', (text) => {
    expect(contactDetailsError('summary', text)?.field).toBe('summary');
  });
  it.each([
    'Care package reduced from 14 to 7 hours a week on 2025-03-01 without review',
    'Invoice of £12,450.00 for 2024/25 disputed',
    'Case CX-2025-00123 reopened after 3 missed visits',
    'Waited 0 days',
    '',
  ])('accepts %s', (text) => {
    expect(contactDetailsError('summary', text)).toBeNull();
  });
  it('names the kind of detail', () => {
    expect(contactDetailsError('lessons', 'a@b.org')?.message).toContain('e-mail address');
    expect(contactDetailsError('lessons', '07700 900123')?.message).toContain('telephone number');
    expect(contactDetailsError('lessons', null)).toBeNull();
  });
});

describe('isComplaintOverdue', () => {
  it('is overdue past its due day without a response or outcome', () => {
    expect(isComplaintOverdue(row(1), '2025-02-10')).toBe(false);
    expect(isComplaintOverdue(row(1), '2025-02-11')).toBe(true);
    expect(isComplaintOverdue(row(1, { respondedOn: '2025-03-01' }), '2025-04-01')).toBe(false);
    expect(isComplaintOverdue(row(1, { outcome: O.WITHDRAWN }), '2025-04-01')).toBe(false);
  });
});

describe('complaintStatistics', () => {
  // Service 1: 4 complaints; service 2: 2. Counted by hand below.
  const rows = [
    row(1, { outcome: O.UPHELD, respondedOn: '2025-02-01', themeIds: [10, 11] }), // on time
    row(2, { outcome: O.PARTLY_UPHELD, respondedOn: '2025-02-15', themeIds: [10] }), // late
    row(3, { outcome: O.WITHDRAWN, themeIds: [11] }), // not judged: no response, not past due on asOf
    row(4, { responseDue: '2025-01-31', themeIds: [10, 10] }), // open and past due: judged late
    row(5, { serviceId: 2, outcome: O.NOT_UPHELD, respondedOn: '2025-02-10', themeIds: [12] }), // on the day: on time
    row(6, { serviceId: 2, responseDue: '2025-03-01' }), // open, not yet due
  ];
  const stats = complaintStatistics(rows, '2025-02-05');

  it('counts per service', () => {
    expect(stats.byService.map((s) => s.serviceId)).toEqual([1, 2]);
    expect(stats.byService[0]).toEqual({
      serviceId: 1,
      received: 4,
      closed: 3,
      upheld: 2,
      upheldShare: 1, // 2 of 2 decided (the withdrawn one is not decided)
      judged: 3, // 1, 2 (responded) and 4 (past due)
      withinTimescale: 1,
      withinTimescaleShare: 1 / 3,
      topThemes: [
        { themeId: 10, count: 3 },
        { themeId: 11, count: 2 },
      ],
    });
    expect(stats.byService[1]).toMatchObject({
      received: 2,
      closed: 1,
      upheld: 0,
      upheldShare: 0,
      judged: 1,
      withinTimescale: 1,
      withinTimescaleShare: 1,
    });
  });

  it('counts the whole council', () => {
    expect(stats.total).toMatchObject({
      received: 6,
      closed: 4,
      upheld: 2,
      upheldShare: 2 / 3,
      judged: 4,
      withinTimescale: 2,
      withinTimescaleShare: 0.5,
    });
    expect(stats.total.topThemes).toEqual([
      { themeId: 10, count: 3 },
      { themeId: 11, count: 2 },
      { themeId: 12, count: 1 },
    ]);
    expect(complaintStatistics(rows, '2025-02-05', 1).total.topThemes).toEqual([{ themeId: 10, count: 3 }]);
  });

  it('has no shares without complaints to judge', () => {
    expect(complaintStatistics([], '2025-01-01')).toEqual({
      total: {
        received: 0,
        closed: 0,
        upheld: 0,
        upheldShare: null,
        judged: 0,
        withinTimescale: 0,
        withinTimescaleShare: null,
        topThemes: [],
      },
      byService: [],
    });
  });
});

describe('addMonths', () => {
  it('adds months, clamping to the last day', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2025-03-10', 12)).toBe('2026-03-10');
  });
});

describe('repeatedThemes', () => {
  const upheld = (id: number, receivedOn: string, over: Partial<ComplaintFacts> = {}) =>
    row(id, { receivedOn, outcome: O.UPHELD, themeIds: [7], ...over });

  it('finds a theme upheld three times for one service within twelve months', () => {
    const found = repeatedThemes([upheld(1, '2024-03-01'), upheld(2, '2024-09-01'), upheld(3, '2025-02-28', { outcome: O.PARTLY_UPHELD })]);
    expect(found).toEqual([{ serviceId: 1, themeId: 7, count: 3, complaintIds: [1, 2, 3], from: '2024-03-01', to: '2025-02-28' }]);
  });

  it('does not count complaints twelve months apart or more in one window', () => {
    expect(repeatedThemes([upheld(1, '2024-03-01'), upheld(2, '2024-09-01'), upheld(3, '2025-03-01')])).toEqual([]);
  });

  it('ignores complaints not upheld, and other services', () => {
    const rows = [
      upheld(1, '2024-03-01'),
      upheld(2, '2024-04-01'),
      upheld(3, '2024-05-01', { outcome: O.NOT_UPHELD }),
      upheld(4, '2024-05-01', { serviceId: 2 }),
    ];
    expect(repeatedThemes(rows)).toEqual([]);
    expect(repeatedThemes(rows, 2)).toEqual([
      { serviceId: 1, themeId: 7, count: 2, complaintIds: [1, 2], from: '2024-03-01', to: '2024-04-01' },
    ]);
  });

  it('picks the busiest window, and takes other thresholds and windows', () => {
    const rows = [
      upheld(1, '2023-01-01'),
      upheld(2, '2024-01-01'),
      upheld(3, '2024-02-01'),
      upheld(4, '2024-03-01'),
      upheld(5, '2024-03-02'),
    ];
    expect(repeatedThemes(rows)[0]).toMatchObject({ count: 4, complaintIds: [2, 3, 4, 5] });
    expect(repeatedThemes(rows, 3, 1)).toEqual([]);
    expect(repeatedThemes(rows, 2, 1)[0]).toMatchObject({ count: 2, complaintIds: [4, 5] });
  });
});

describe('complaintDatesError', () => {
  const d = { receivedOn: '2025-01-10', stageSince: null, responseDue: '2025-02-10', respondedOn: null };
  it('accepts dates in order, the stage starting on the day received by default', () => {
    expect(complaintDatesError(d)).toBeNull();
    expect(complaintDatesError({ ...d, stageSince: '2025-01-20', respondedOn: '2025-01-20' })).toBeNull();
  });
  it('names the date out of order', () => {
    expect(complaintDatesError({ ...d, stageSince: '2025-01-09' })?.field).toBe('stageSince');
    expect(complaintDatesError({ ...d, responseDue: '2025-01-09' })?.field).toBe('responseDue');
    expect(complaintDatesError({ ...d, stageSince: '2025-01-20', responseDue: '2025-01-19' })?.message).toBe(
      'The response cannot be due (2025-01-19) before the stage started (2025-01-20).',
    );
    expect(complaintDatesError({ ...d, respondedOn: '2025-01-01' })?.field).toBe('respondedOn');
  });
});
