/** A small pack's data for the model's unit tests (made up; the HTTP tests use the demo council). */
import type { HealthCheckAnswerData, PriorityData, ReportData } from '../model.js';

const priority = (id: string, name: string, extra: Partial<PriorityData> = {}): PriorityData => ({
  id,
  name,
  level: 'CORPORATE',
  status: 'COMMUNICATED',
  owner: 'Ada Wiśniewska',
  performance: 'GREEN',
  performanceReason: null,
  milestones: { total: 4, complete: 2, overdue: 0, atRisk: 0 },
  objectives: [],
  targets: [],
  children: [],
  ...extra,
});

function answer(
  section: string,
  key: string,
  title: string,
  score: number | null,
  text: string,
  delta: number | null,
): HealthCheckAnswerData {
  return {
    section,
    key,
    title,
    score,
    maxScore: 4,
    answer: text,
    improve: `Record more for ${title.toLowerCase()}`,
    change:
      delta === null || score === null
        ? null
        : { delta, direction: delta > 0 ? 'UP' : delta < 0 ? 'DOWN' : 'SAME', previousScore: score - delta },
    unanswerable: null,
  };
}

export function fixture(audience: ReportData['audience'] = 'scrutiny'): ReportData {
  return {
    audience,
    council: { name: 'Testshire', gssCode: 'E10000099', officialName: 'Testshire County Council' },
    period: '2024-25',
    committee: 'Adults and Health Scrutiny Committee',
    meetingDate: '2025-01-15',
    dataAsAt: '2025-01-02T09:30:00.000Z',
    asOf: '2025-01-02',
    portfolio: null,
    includesUnpublished: audience !== 'public',
    priorities: [
      priority('P1', 'Help people live independently at home', {
        targets: [{ indicatorId: 'I1', indicatorName: 'Older people still at home after reablement', period: '2024-25', value: 82 }],
        children: [
          priority('P1a', 'Expand reablement', {
            level: 'SERVICE',
            performance: 'AMBER',
            milestones: { total: 3, complete: 1, overdue: 0, atRisk: 1 },
          }),
        ],
      }),
      priority('P2', 'Support unpaid carers', { performance: 'RED', milestones: { total: 5, complete: 1, overdue: 2, atRisk: 1 } }),
      priority('P3', 'Keep people safe', { performance: 'NONE', milestones: { total: 0, complete: 0, overdue: 0, atRisk: 0 } }),
    ],
    exceptions: [
      {
        indicatorId: 'I1',
        code: '2B1',
        title: 'Older people still at home after reablement',
        period: '2024-25',
        severity: 'HIGH',
        reasons: ['RED', 'BOTTOM_QUARTILE'],
        message: '2B1 is red against its target of 82.',
      },
      {
        indicatorId: 'I9',
        code: 'LOC1',
        title: 'Reviews on time',
        period: '2024-25',
        severity: 'MEDIUM',
        reasons: ['DETERIORATING'],
        message: 'Reviews on time is deteriorating.',
      },
    ],
    risks: [
      {
        reference: 'CR01',
        title: 'Care market fragility',
        register: 'Corporate',
        owner: 'Ben Ó Súilleabháin',
        inherentScore: 20,
        residualScore: 16,
        residualLikelihood: 4,
        residualImpact: 4,
        residualRating: 'VERY_HIGH',
        status: 'OPEN',
        reviewDue: '2025-02-01',
        priority: null,
        directorateId: null,
      },
      {
        reference: 'ASC02',
        title: 'Workforce',
        register: 'Adult Social Care',
        owner: null,
        inherentScore: 12,
        residualScore: 6,
        residualLikelihood: 2,
        residualImpact: 3,
        residualRating: 'MEDIUM',
        status: 'OPEN',
        reviewDue: null,
        priority: null,
        directorateId: 'D1',
      },
    ],
    heatMap: [
      { likelihood: 4, impact: 4, count: 1, band: 'VERY_HIGH', riskIds: ['R1'] },
      { likelihood: 2, impact: 3, count: 1, band: 'MEDIUM', riskIds: ['R2'] },
    ],
    overdueActions: [
      {
        title: 'Recruit two reablement workers',
        owner: 'Cara Lee',
        due: '2024-11-30',
        status: 'IN_PROGRESS',
        source: 'RISK_MITIGATION',
        service: 'Reablement',
        serviceId: 'S1',
      },
    ],
    recommendations: [
      {
        committee: 'Adults and Health Scrutiny Committee',
        topic: 'Hospital discharge',
        text: 'Publish the discharge plan.',
        madeOn: '2024-09-10',
        responseDue: '2024-11-10',
        response: 'ACCEPTED',
        responseText: 'Agreed; due in March.',
        respondedOn: '2024-10-20',
        unanswered: false,
      },
    ],
    topics: [
      {
        committee: 'Adults and Health Scrutiny Committee',
        title: 'Hospital discharge',
        status: 'IN_PROGRESS',
        plannedFor: '2025-01-15',
        health: true,
      },
    ],
    reviews: [
      {
        title: 'Day services review',
        scope: 'Day services',
        service: 'Day Care',
        serviceId: 'S2',
        directorate: 'Adult Social Care',
        status: 'RECOMMENDATIONS_AGREED',
        statusSince: '2024-10-01',
        startedOn: '2024-04-01',
        closedOn: null,
        chosenOption: 'CHANGE',
        unitCost: 61.5,
        comparatorUnitCost: 55,
        recommendations: [{ text: 'Move to community hubs.', agreedOn: '2024-10-01' }],
      },
    ],
    complaints: {
      from: '2024-04-01',
      to: '2025-03-31',
      total: {
        received: 40,
        closed: 30,
        upheld: 12,
        upheldShare: 0.4,
        judged: 32,
        withinTimescale: 24,
        withinTimescaleShare: 0.75,
        topThemes: [{ theme: 'Communication', count: 11 }],
      },
      byService: [
        {
          service: 'Reablement',
          serviceId: 'S1',
          received: 25,
          closed: 20,
          upheld: 8,
          upheldShare: 0.4,
          judged: 20,
          withinTimescale: 15,
          withinTimescaleShare: 0.75,
          topThemes: [],
        },
        {
          service: 'Day Care',
          serviceId: 'S2',
          received: 15,
          closed: 10,
          upheld: 4,
          upheldShare: 0.4,
          judged: 12,
          withinTimescale: 9,
          withinTimescaleShare: 0.75,
          topThemes: [],
        },
      ],
    },
    indicators: [
      {
        id: 'I1',
        code: '2B1',
        title: 'Older people still at home after reablement',
        framework: 'ASCOF',
        unit: '%',
        precision: { kind: 'DECIMAL_PLACES', digits: 1 },
        polarity: 'HIGHER_IS_BETTER',
        frequency: 'ANNUAL',
        source: 'NHS England',
        definition: null,
        direction: 'DETERIORATING',
        points: [
          { period: '2021-22', value: 84.1, target: 82, rag: 'GREEN', status: 'PUBLISHED', valueStatus: 'VALUE' },
          { period: '2022-23', value: 80.2, target: 82, rag: 'AMBER', status: 'PUBLISHED', valueStatus: 'VALUE' },
          { period: '2023-24', value: 76.5, target: 82, rag: 'RED', status: 'PUBLISHED', valueStatus: 'VALUE' },
        ],
        comparators: [
          { period: '2021-22', median: 82, q1: 78, q3: 86, england: 81.8, englandPublished: 81.6, regionPublished: 80.9 },
          { period: '2022-23', median: 82.5, q1: 78.4, q3: 86.1, england: 82.3, englandPublished: 82.1, regionPublished: 81.4 },
          { period: '2023-24', median: 83, q1: 79, q3: 87, england: 83.1, englandPublished: 82.9, regionPublished: 82.2 },
        ],
        groupName: 'county councils',
        regionName: 'East of England',
        position: { period: '2023-24', rank: 20, count: 21, quartile: 4, groupName: 'county councils' },
      },
    ],
    healthCheck:
      audience === 'public'
        ? null
        : {
            period: '2024-25',
            comparedWith: '2023-24',
            asOf: '2025-01-02',
            answers: [
              answer('QUESTION', 'Q1_DIRECTION', 'Is there a clear direction?', 3, 'Every corporate priority has an owner.', 1),
              answer('QUESTION', 'Q2_TARGETS', 'Are there targets?', 1, 'Two of nine priorities have a target.', -1),
              answer('BARRIER', 'B3_TOO_MANY_PRIORITIES', 'Too many priorities', 4, 'Three corporate priorities.', 0),
              {
                ...answer('HABIT', 'H4_NATIONAL_AGENDAS', 'National agendas are followed', null, 'Not recorded.', null),
                unanswerable: 'No national agenda is recorded.',
              },
            ],
          },
    commentary: [
      {
        indicatorId: 'I2',
        code: 'LOC1',
        title: 'Reviews on time',
        period: '2024-12',
        service: null,
        whatHappened: 'Reviews on time fell to 70% in December.',
        why: 'Two practitioners left.',
        whatWeAreDoing: null,
        author: 'Cara Lee',
        writtenOn: '2025-01-21',
      },
    ],
    healthInterfaces: [
      {
        indicatorId: 'I1',
        indicator: '2B1 Older people still at home after reablement',
        service: 'Reablement',
        partnerBody: 'Testshire ICB',
        note: 'Joint discharge pathway.',
      },
    ],
  };
}
