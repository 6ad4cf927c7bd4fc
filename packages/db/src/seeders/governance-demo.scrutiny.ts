/** The demo's scrutiny work programme and health scrutiny (part of governance-demo.ts). */
import { ActionSource, IndicatorFramework, PartnerBodyKind, ScrutinyTopicReason, ScrutinyTopicStatus } from '@goldenthread/domain';
import type { Priority } from '../cascade/priority.entity.js';
import { DecisionBody } from '../delegation/decision-body.entity.js';
import {
  HealthInterface,
  PartnerBody,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyRecommendation,
  ScrutinyTopic,
} from '../governance/scrutiny.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import type { Service } from '../organisation/service.entity.js';
import type { DemoCouncil } from './governance-demo.js';
import { SCRUTINY_RECOMMENDATIONS } from './governance-demo.data.js';

const SCRUTINY_TOPICS: Array<{
  title: string;
  reason: ScrutinyTopicReason;
  note: string;
  status: ScrutinyTopicStatus;
  plannedFor: string;
  service?: string;
  indicator?: string;
  priority?: string;
  partner?: number;
}> = [
  {
    title: 'Hospital discharge: people waiting in hospital for care',
    reason: ScrutinyTopicReason.HEALTH_SCRUTINY,
    status: ScrutinyTopicStatus.COMPLETE,
    plannedFor: '2024-07-11',
    service: 'Hospital Discharge Team',
    partner: 1,
    note: 'Winter pressures at Ipswich Hospital; families told the committee of long waits.',
  },
  {
    title: 'Reablement: older people still at home 91 days after discharge (ASCOF 2B)',
    reason: ScrutinyTopicReason.BOTTOM_QUARTILE,
    status: ScrutinyTopicStatus.COMPLETE,
    plannedFor: '2024-11-14',
    indicator: '2B1',
    partner: 0,
    note: 'Bottom quartile of the county comparator group.',
  },
  {
    title: 'Delayed transfers of care from hospital (ASCOF 2C)',
    reason: ScrutinyTopicReason.DETERIORATING,
    status: ScrutinyTopicStatus.IN_PROGRESS,
    plannedFor: '2025-01-16',
    indicator: '2C1',
    partner: 2,
    note: 'Delays attributable to social care rose for three quarters running.',
  },
  {
    title: 'Permanent admissions to care homes, people aged 65 and over (ASCOF 2A)',
    reason: ScrutinyTopicReason.OFF_TARGET,
    status: ScrutinyTopicStatus.COMPLETE,
    plannedFor: '2024-11-14',
    indicator: '2A2',
    priority: 'Support more people at home instead of in care homes',
    note: 'Admissions above the target set for the year.',
  },
  {
    title: 'Discharge from mental health wards',
    reason: ScrutinyTopicReason.PUBLIC_CONCERN,
    status: ScrutinyTopicStatus.IN_PROGRESS,
    plannedFor: '2025-03-13',
    service: 'Mental Health',
    partner: 0,
    note: 'Raised by Healthwatch Suffolk.',
  },
  {
    title: "Carers' assessments and breaks",
    reason: ScrutinyTopicReason.POLICY_DEVELOPMENT,
    status: ScrutinyTopicStatus.PLANNED,
    plannedFor: '2025-06-12',
    priority: 'Recognise and support unpaid carers',
    note: "Ahead of the refreshed carers' strategy.",
  },
];

const PARTNERS: Array<[string, PartnerBodyKind, string | null]> = [
  ['NHS Suffolk and North East Essex Integrated Care Board', PartnerBodyKind.INTEGRATED_CARE_BOARD, 'QJG'],
  ['East Suffolk and North Essex NHS Foundation Trust', PartnerBodyKind.NHS_TRUST, 'RDE'],
  ['West Suffolk NHS Foundation Trust', PartnerBodyKind.NHS_TRUST, 'RGR'],
];

const MEETINGS = ['2024-07-11', '2024-09-19', '2024-11-14', '2025-01-16', '2025-03-13'];

export async function seedDemoScrutiny(demo: DemoCouncil, priority: (name: string) => Priority | null): Promise<void> {
  const { em, council } = demo;
  const committee = await em.findOne(DecisionBody, { council: council.id, name: 'Adults and Health Scrutiny Committee' });
  const indicators = await em.find(Indicator, { framework: IndicatorFramework.ASCOF, council: null, code: { $in: ['2A2', '2B1', '2C1'] } });
  const indicator = (code?: string) => indicators.find((i) => i.code === code) ?? null;
  const partners = PARTNERS.map(([name, kind, odsCode]) => em.create(PartnerBody, { council, name, kind, odsCode }));
  const [icb, esneft] = partners;
  const interfaces: Array<[Service | null, Indicator | null, PartnerBody | undefined, string]> = [
    [demo.service('Reablement and Intermediate Care'), null, esneft, 'Hospital discharge and reablement with the acute trusts.'],
    [demo.service('Hospital Discharge Team'), null, esneft, 'Discharge to assess from Ipswich and Colchester hospitals.'],
    [demo.service('Mental Health'), null, icb, 'Section 117 aftercare and discharge from mental health wards.'],
    [null, indicator('2B1'), icb, 'Reablement outcomes, reported to the Health and Wellbeing Board.'],
    [null, indicator('2C1'), icb, 'Delayed transfers of care, in the Better Care Fund plan.'],
    [null, indicator('2A2'), icb, 'Care home admissions, in the Better Care Fund plan.'],
  ];
  for (const [service, ind, partnerBody, note] of interfaces) {
    if (service || ind) em.create(HealthInterface, { council, service, indicator: ind, partnerBody: partnerBody ?? null, note });
  }
  if (!committee) return;
  const topics = SCRUTINY_TOPICS.map((t) =>
    em.create(ScrutinyTopic, {
      council,
      committee,
      title: t.title,
      reason: t.reason,
      reasonNote: t.note,
      status: t.status,
      plannedFor: t.plannedFor,
      service: t.service ? demo.service(t.service) : null,
      indicator: indicator(t.indicator),
      priority: t.priority ? priority(t.priority) : null,
      partnerBody: t.partner === undefined ? null : (partners[t.partner] ?? null),
      health: t.reason !== ScrutinyTopicReason.POLICY_DEVELOPMENT,
    }),
  );
  const meetings = MEETINGS.map((heldOn) => em.create(ScrutinyMeeting, { council, committee, heldOn }));
  const meetingOn = (day: string) => meetings.find((m) => m.heldOn === day) ?? null;
  SCRUTINY_TOPICS.forEach((t, i) => {
    const meeting = meetingOn(t.plannedFor);
    if (meeting) em.create(ScrutinyMeetingItem, { meeting, topic: topics[i]!, title: t.title, notes: t.note });
  });
  em.create(ScrutinyMeetingItem, {
    meeting: meetings[1]!,
    topic: null,
    title: "The executive's responses to the July recommendations",
    notes: null,
  });
  for (const r of SCRUTINY_RECOMMENDATIONS) {
    const rec = em.create(ScrutinyRecommendation, {
      council,
      committee,
      topic: topics[r.topic] ?? null,
      meeting: meetingOn(r.madeOn),
      text: r.text,
      madeOn: r.madeOn,
      responseDue: r.responseDue,
      response: r.response,
      respondedOn: r.respondedOn ?? null,
      responseText: r.responseText ?? null,
    });
    if (r.action) demo.action(r.action, ActionSource.SCRUTINY_RECOMMENDATION, { scrutinyRecommendation: rec });
  }
}
