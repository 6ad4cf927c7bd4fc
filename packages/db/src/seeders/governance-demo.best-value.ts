/** The demo's two Best Value reviews: one closed with its actions done, one stalled in EVIDENCE (part of governance-demo.ts). */
import {
  ActionSource,
  ActionStatus,
  BestValueFindingKind,
  BestValueStatus,
  CouncillorRoleKind,
  DeliveryOption,
} from '@goldenthread/domain';
import {
  BestValueFinding,
  BestValueOption,
  BestValuePanelMember,
  BestValueRecommendation,
  BestValueReview,
} from '../governance/best-value.entity.js';
import type { DemoCouncil } from './governance-demo.js';
import type { ActionSpec } from './governance-demo.data.js';

export function seedDemoBestValue(demo: DemoCouncil): void {
  const { em, council } = demo;
  const panel = demo.councillors(CouncillorRoleKind.BEST_VALUE_PANEL).slice(0, 3);
  const ot = demo.service('Occupational Therapy');
  const closed = em.create(BestValueReview, {
    council,
    title: 'Best Value review of community equipment and adaptations',
    service: ot,
    leadOfficer: ot?.accountableOwner ?? null,
    scope: 'Whether the council should keep running its own equipment store, share one with the NHS or buy the service in.',
    status: BestValueStatus.CLOSED,
    startedOn: '2023-09-04',
    statusSince: '2024-12-12',
    closedOn: '2024-12-12',
    chosenOption: DeliveryOption.SHARE,
    chosenReason: 'One store with the ICB halves delivery journeys and the cost of stock held twice.',
    unitCost: 118,
    comparatorUnitCost: 96,
    annualSpend: 2_400_000,
    efficiencyNote: 'Cost per item delivered against the median of the county comparator group (CIPFA nearest neighbours).',
  });
  const findings: Array<[BestValueFindingKind, string, string]> = [
    [
      BestValueFindingKind.CHALLENGE,
      'Equipment is needed, but the council and the NHS run two stores for the same people.',
      'Service map, 2023',
    ],
    [
      BestValueFindingKind.COMPARE,
      'Cost per item is a fifth above the comparator median; delivery within 7 days is in the bottom quartile.',
      'Benchmarking club',
    ],
    [
      BestValueFindingKind.CONSULT,
      'Users want faster delivery and one number to call; therapists want fewer hand-offs.',
      'Survey of 412 users',
    ],
    [
      BestValueFindingKind.COMPETE,
      'Two providers bid in a soft market test; neither offered a lower price with the same delivery times.',
      'Market test',
    ],
  ];
  for (const [kind, text, evidence] of findings) em.create(BestValueFinding, { review: closed, kind, text, evidence });
  const options: Array<[DeliveryOption, string]> = [
    [DeliveryOption.KEEP_IN_HOUSE, 'Safe but keeps the duplicated stock and journeys.'],
    [DeliveryOption.SHARE, 'One store with the ICB: lower cost, one point of contact.'],
    [DeliveryOption.COMMISSION_EXTERNALLY, 'No saving found in the market test.'],
  ];
  for (const [option, appraisal] of options) em.create(BestValueOption, { review: closed, option, appraisal });
  const recommendations: Array<[string, ActionSpec]> = [
    [
      'Set up a joint equipment store with the ICB from April 2024.',
      {
        title: 'Open the joint equipment store',
        status: ActionStatus.DONE,
        due: '2024-04-30',
        completedOn: '2024-04-22',
        owner: { owner: 'Occupational Therapy' },
      },
    ],
    [
      'Deliver standard items within seven days.',
      {
        title: 'Seven-day delivery standard in the store contract',
        status: ActionStatus.DONE,
        due: '2024-09-30',
        completedOn: '2024-09-12',
        owner: { owner: 'Occupational Therapy' },
      },
    ],
  ];
  for (const [text, spec] of recommendations) {
    const rec = em.create(BestValueRecommendation, { review: closed, text, agreedOn: '2024-02-20' });
    demo.action(spec, ActionSource.BEST_VALUE_RECOMMENDATION, { bestValueRecommendation: rec }, ot);
  }
  const ld = demo.service('Learning Disabilities');
  const stalled = em.create(BestValueReview, {
    council,
    title: 'Best Value review of day opportunities for adults with learning disabilities',
    service: ld,
    leadOfficer: ld?.accountableOwner ?? null,
    scope: 'Whether building-based day centres are still the right offer, against support into work and community activities.',
    status: BestValueStatus.EVIDENCE,
    startedOn: '2024-03-04',
    statusSince: '2024-06-03',
    annualSpend: 5_100_000,
  });
  em.create(BestValueFinding, {
    review: stalled,
    kind: BestValueFindingKind.CHALLENGE,
    evidence: 'Attendance registers, 2023-24',
    text: 'Three of the seven day centres are less than half full; younger people ask for support into work instead.',
  });
  for (const person of panel) {
    em.create(BestValuePanelMember, { review: closed, person });
    em.create(BestValuePanelMember, { review: stalled, person });
  }
}
