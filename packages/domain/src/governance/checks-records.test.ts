import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { governanceFindings } from './checks.js';
import { action, complaint, healthyGovernance, ID } from './checks-fixtures.js';
import {
  ActionSource,
  ActionStatus,
  BestValueFindingKind,
  BestValueStatus,
  ComplaintOutcome,
  ComplaintStage,
  ExecutiveResponse,
  WardEnquiryStatus,
} from './enums.js';
import type { GovernanceSnapshot } from './snapshot.js';

const of = (s: GovernanceSnapshot, code: string): Finding[] => governanceFindings(s).filter((f) => f.code === code);
const subjects = (s: GovernanceSnapshot, code: string) => of(s, code).map((f) => `${f.nodes[0]?.type}:${f.nodes[0]?.id}`);

describe('ACTION_OVERDUE', () => {
  it('fires for open and in-progress actions due before asOf, not for done, dropped or undated ones', () => {
    const s = healthyGovernance();
    s.actions.push(
      action(70, { due: '2025-02-28' }),
      action(71, { due: '2025-01-01', status: ActionStatus.IN_PROGRESS }),
      action(72, { due: '2025-01-01', status: ActionStatus.DONE }),
      action(73, { due: '2025-01-01', status: ActionStatus.DROPPED }),
      action(74, { due: null }),
    );
    expect(subjects(s, 'ACTION_OVERDUE').sort()).toEqual(['Action:70', 'Action:71']);
    expect(of(s, 'ACTION_OVERDUE').find((f) => f.nodes[0]!.id === 70)!.message).toContain('1 day late');
  });
});

describe('ACTION_UNOWNED', () => {
  it('fires for a live action with no owner or an owner who has left, naming the leaver', () => {
    const s = healthyGovernance();
    s.actions.push(
      action(75, { ownerId: null }),
      action(76, { ownerId: ID.leaver }),
      action(77, { ownerId: null, status: ActionStatus.DONE }),
    );
    expect(subjects(s, 'ACTION_UNOWNED').sort()).toEqual(['Action:75', 'Action:76']);
    const left = of(s, 'ACTION_UNOWNED').find((f) => f.nodes[0]!.id === 76)!;
    expect(left.nodes[1]).toMatchObject({ type: 'Person', id: ID.leaver });
    expect(left.message).toContain('left the council');
  });
});

describe('RECOMMENDATION_WITHOUT_ACTION', () => {
  it('fires for an agreed Best Value recommendation with no action, not for one not yet agreed or agreed after asOf', () => {
    const s = healthyGovernance();
    s.bestValueRecommendations.push(
      { id: 81, reviewId: ID.review, text: 'Share the brokerage team with the NHS', agreedOn: '2025-02-10' },
      { id: 82, reviewId: ID.review, text: 'Not agreed', agreedOn: null },
      { id: 83, reviewId: ID.review, text: 'Agreed later', agreedOn: '2025-03-02' },
    );
    const found = of(s, 'RECOMMENDATION_WITHOUT_ACTION');
    expect(found.map((f) => f.nodes.map((n) => `${n.type}:${n.id}`))).toEqual([
      ['BestValueRecommendation:81', `BestValueReview:${ID.review}`],
    ]);
    expect(found[0]!.message).toContain('Home care review');
  });

  it('counts done actions but not dropped ones', () => {
    const s = healthyGovernance();
    expect(of(s, 'RECOMMENDATION_WITHOUT_ACTION')).toEqual([]); // the BV action is DONE
    s.actions.find((a) => a.id === ID.bvAction)!.status = ActionStatus.DROPPED;
    expect(subjects(s, 'RECOMMENDATION_WITHOUT_ACTION')).toEqual([`BestValueRecommendation:${ID.bvRecommendation}`]);
  });

  it('fires for accepted and partly accepted scrutiny recommendations, not rejected or unanswered ones', () => {
    const s = healthyGovernance();
    s.actions = s.actions.filter((a) => a.id !== ID.scrutinyAction);
    const base = s.scrutinyRecommendations[0]!;
    s.scrutinyRecommendations.push(
      { ...base, id: 91, response: ExecutiveResponse.PARTLY_ACCEPTED },
      { ...base, id: 92, response: ExecutiveResponse.REJECTED },
      { ...base, id: 93, response: null, respondedOn: null, responseDue: '2025-04-01' },
    );
    expect(subjects(s, 'RECOMMENDATION_WITHOUT_ACTION').sort()).toEqual([
      `ScrutinyRecommendation:${ID.scrutinyRecommendation}`,
      'ScrutinyRecommendation:91',
    ]);
    const partly = of(s, 'RECOMMENDATION_WITHOUT_ACTION').find((f) => f.nodes[0]!.id === 91)!;
    expect(partly.message).toContain('partly accepted');
    expect(partly.nodes[1]).toMatchObject({ type: 'DecisionBody', id: ID.committee });
  });
});

describe('BEST_VALUE_REVIEW_STALLED', () => {
  it('fires after 120 days at one status (not at 120), never for a closed review', () => {
    const s = healthyGovernance();
    const review = s.bestValueReviews[0]!;
    review.statusSince = '2024-11-01'; // 120 days before 1 March 2025
    expect(of(s, 'BEST_VALUE_REVIEW_STALLED')).toEqual([]);
    review.statusSince = '2024-10-31';
    const [f] = of(s, 'BEST_VALUE_REVIEW_STALLED');
    expect(f?.nodes.map((n) => `${n.type}:${n.id}`)).toEqual([`BestValueReview:${ID.review}`, `Service:${ID.homeCare}`]);
    expect(f?.message).toContain('options stage');
    review.status = BestValueStatus.CLOSED;
    expect(of(s, 'BEST_VALUE_REVIEW_STALLED')).toEqual([]);
  });
});

describe('REVIEW_WITHOUT_COMPARISON and REVIEW_WITHOUT_CONSULTATION', () => {
  it('fire for a review past EVIDENCE without the finding, one each', () => {
    const s = healthyGovernance();
    s.bestValueReviews[0]!.findingKinds = [BestValueFindingKind.CHALLENGE];
    expect(subjects(s, 'REVIEW_WITHOUT_COMPARISON')).toEqual([`BestValueReview:${ID.review}`]);
    expect(subjects(s, 'REVIEW_WITHOUT_CONSULTATION')).toEqual([`BestValueReview:${ID.review}`]);
    s.bestValueReviews[0]!.findingKinds = [BestValueFindingKind.COMPARE];
    expect(of(s, 'REVIEW_WITHOUT_COMPARISON')).toEqual([]);
    expect(of(s, 'REVIEW_WITHOUT_CONSULTATION')).toHaveLength(1);
  });

  it('wait while the evidence stage is young, and fire once it has stalled; never during scoping', () => {
    const s = healthyGovernance();
    const review = s.bestValueReviews[0]!;
    Object.assign(review, { status: BestValueStatus.EVIDENCE, findingKinds: [] });
    expect(of(s, 'REVIEW_WITHOUT_COMPARISON')).toEqual([]);
    review.statusSince = '2024-09-01';
    expect(of(s, 'REVIEW_WITHOUT_COMPARISON')[0]?.message).toContain('gathering evidence since 1 September 2024');
    expect(of(s, 'REVIEW_WITHOUT_CONSULTATION')).toHaveLength(1);
    review.status = BestValueStatus.SCOPING;
    expect(of(s, 'REVIEW_WITHOUT_COMPARISON')).toEqual([]);
  });
});

describe('SCRUTINY_RECOMMENDATION_UNANSWERED', () => {
  it('fires when no response is recorded after the due day', () => {
    const s = healthyGovernance();
    const base = s.scrutinyRecommendations[0]!;
    s.scrutinyRecommendations.push(
      { ...base, id: 94, response: null, respondedOn: null, responseDue: '2025-02-28' },
      { ...base, id: 95, response: null, respondedOn: null, responseDue: '2025-03-01' },
    );
    const found = of(s, 'SCRUTINY_RECOMMENDATION_UNANSWERED');
    expect(found.map((f) => f.nodes[0]!.id)).toEqual([94]);
    expect(found[0]!.message).toContain('Adults and Health Scrutiny Committee');
  });
});

describe('COMPLAINT_OVERDUE', () => {
  it('fires for a complaint with no response or outcome past its due date', () => {
    const s = healthyGovernance();
    s.complaints.push(
      complaint(114, { responseDue: '2025-02-20', respondedOn: null, outcome: null }),
      complaint(115, { responseDue: '2025-02-20', respondedOn: null, outcome: ComplaintOutcome.WITHDRAWN }),
      complaint(116, { responseDue: '2025-02-20', respondedOn: '2025-02-25', outcome: null }),
    );
    const found = of(s, 'COMPLAINT_OVERDUE');
    expect(found.map((f) => f.nodes.map((n) => `${n.type}:${n.id}`))).toEqual([['Complaint:114', `Service:${ID.homeCare}`]]);
    expect(found[0]!.message).toContain('C-114');
    expect(found[0]!.message).toContain('9 days late');
  });
});

describe('REVIEW_PANEL_WITHOUT_COUNCILLORS', () => {
  it('fires at the review panel stage with no members, or only members who have left; not before that stage', () => {
    const s = healthyGovernance();
    s.complaints.push(
      complaint(117, { stage: ComplaintStage.REVIEW_PANEL, panelMemberIds: [] }),
      complaint(118, { stage: ComplaintStage.REVIEW_PANEL, panelMemberIds: [ID.leaver] }),
      complaint(119, { stage: ComplaintStage.INVESTIGATION, panelMemberIds: [] }),
      complaint(120, { stage: ComplaintStage.REVIEW_PANEL, panelMemberIds: [], outcome: ComplaintOutcome.WITHDRAWN }),
    );
    expect(subjects(s, 'REVIEW_PANEL_WITHOUT_COUNCILLORS').sort()).toEqual(['Complaint:117', 'Complaint:118']);
    expect(of(s, 'REVIEW_PANEL_WITHOUT_COUNCILLORS').find((f) => f.nodes[0]!.id === 118)!.message).toContain('has left');
  });
});

describe('REPEATED_COMPLAINT_THEME', () => {
  it('fires on the third upheld complaint with a theme about one service within the 12 months to asOf', () => {
    const s = healthyGovernance();
    s.complaints.push(complaint(121, { outcome: ComplaintOutcome.UPHELD, receivedOn: '2024-03-02' }));
    const [f] = of(s, 'REPEATED_COMPLAINT_THEME');
    expect(f?.nodes.slice(0, 2).map((n) => `${n.type}:${n.id}`)).toEqual([`Service:${ID.homeCare}`, `ComplaintTheme:${ID.theme}`]);
    expect(
      f?.nodes
        .slice(2)
        .map((n) => n.id)
        .sort(),
    ).toEqual([112, 113, 121]);
    expect(f?.message).toContain("3 complaints about Home Care on 'Missed visits'");
  });

  it('ignores complaints older than 12 months or after asOf, not upheld, or about another service', () => {
    const s = healthyGovernance();
    s.complaints.push(
      complaint(122, { outcome: ComplaintOutcome.UPHELD, receivedOn: '2024-03-01' }),
      complaint(123, { outcome: ComplaintOutcome.UPHELD, receivedOn: '2025-03-02' }),
      complaint(124, { outcome: ComplaintOutcome.NOT_UPHELD }),
      complaint(125, { outcome: ComplaintOutcome.UPHELD, serviceId: ID.finance }),
    );
    expect(of(s, 'REPEATED_COMPLAINT_THEME')).toEqual([]);
  });
});

describe('ENQUIRY_OVERDUE', () => {
  it('fires for an open enquiry with no response after its due day, naming the councillor, ward and service', () => {
    const s = healthyGovernance();
    const base = s.wardEnquiries[0]!;
    s.wardEnquiries.push(
      { ...base, id: 131, responseDue: '2025-02-14' },
      { ...base, id: 132, responseDue: '2025-02-14', status: WardEnquiryStatus.RESPONDED, respondedOn: '2025-02-20' },
    );
    const found = of(s, 'ENQUIRY_OVERDUE');
    expect(found.map((f) => f.nodes.map((n) => `${n.type}:${n.id}`))).toEqual([
      ['WardEnquiry:131', `Service:${ID.homeCare}`, `Person:${ID.wardCllr}`],
    ]);
    expect(found[0]!.message).toContain("Cllr Dan Ward's enquiry for Castle Hill ward");
  });
});

describe('one finding per problem', () => {
  it('reports each overdue action once even when it is also unowned', () => {
    const s = healthyGovernance();
    s.actions.push(action(78, { ownerId: null, due: '2025-01-01', source: ActionSource.OTHER }));
    const about78 = governanceFindings(s)
      .filter((f) => f.nodes[0]?.id === 78)
      .map((f) => f.code);
    expect(about78.sort()).toEqual(['ACTION_OVERDUE', 'ACTION_UNOWNED']);
  });
});
