import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { GOVERNANCE_SEVERITY, governanceFindings } from './checks.js';
import { AS_OF, action, healthyGovernance, ID, risk } from './checks-fixtures.js';
import { ActionSource, ActionStatus, RiskStatus } from './enums.js';
import type { GovernanceSnapshot } from './snapshot.js';
import { financialYearOf } from './snapshot.js';

const of = (s: GovernanceSnapshot, code: string): Finding[] => governanceFindings(s).filter((f) => f.code === code);
const subjects = (s: GovernanceSnapshot, code: string) => of(s, code).map((f) => `${f.nodes[0]?.type}:${f.nodes[0]?.id}`);

describe('governanceFindings: baselines', () => {
  it('finds nothing wrong with a council whose records are in order (due-today items are not late)', () => {
    expect(governanceFindings(healthyGovernance())).toEqual([]);
  });

  it('finds nothing for a council with no records', () => {
    const s = healthyGovernance();
    for (const key of [
      'priorities',
      'directorates',
      'risks',
      'actions',
      'bestValueReviews',
      'bestValueRecommendations',
      'scrutinyRecommendations',
      'complaints',
      'wardEnquiries',
    ] as const) {
      s[key] = [];
    }
    expect(governanceFindings(s)).toEqual([]);
  });

  it("gives every finding its code's severity, a subject node, a message and a fix; most serious first", () => {
    const s = healthyGovernance();
    s.asOf = '2026-06-01';
    s.period = '2024-25';
    s.risks.push(risk(55, { ownerId: null, residualLikelihood: 5, residualImpact: 5, reviewDue: '2025-01-01' }));
    const findings = governanceFindings(s);
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(6);
    for (const f of findings) {
      expect(f.severity).toBe(GOVERNANCE_SEVERITY[f.code as keyof typeof GOVERNANCE_SEVERITY]);
      expect(f.nodes.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(30);
      expect(f.fix.length).toBeGreaterThan(30);
      expect(f.message).not.toMatch(/undefined|null|NaN/);
    }
    const rank = findings.map((f) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.severity));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it('works out the financial year of a date (April to March)', () => {
    expect(financialYearOf('2025-03-31')).toBe('2024-25');
    expect(financialYearOf('2025-04-01')).toBe('2025-26');
    expect(financialYearOf('2099-12-31')).toBe('2099-00');
  });
});

describe('PRIORITY_RISKS_NOT_ASSESSED', () => {
  it('fires for a corporate and a directorate priority of the period with no risk, naming the directorate', () => {
    const s = healthyGovernance();
    s.risks = s.risks.filter((r) => r.id !== ID.ascRisk);
    s.risks[0]!.priorityId = null;
    const found = of(s, 'PRIORITY_RISKS_NOT_ASSESSED');
    expect(found.map((f) => f.nodes[0]!.id).sort()).toEqual([ID.corporate, ID.directorate]);
    expect(found.find((f) => f.nodes[0]!.id === ID.directorate)!.nodes[1]).toMatchObject({ type: 'Directorate', id: ID.asc });
    expect(found[0]!.message).toContain('2024-25');
  });

  it('does not count a closed risk, but counts a tolerated one', () => {
    const s = healthyGovernance();
    s.risks[1]!.status = RiskStatus.CLOSED;
    expect(subjects(s, 'PRIORITY_RISKS_NOT_ASSESSED')).toEqual([`Priority:${ID.directorate}`]);
    s.risks[1]!.status = RiskStatus.TOLERATED;
    expect(of(s, 'PRIORITY_RISKS_NOT_ASSESSED')).toEqual([]);
  });

  it('ignores non-priorities and priorities of another period', () => {
    const s = healthyGovernance();
    s.priorities.push(
      { id: 32, name: 'Build care homes', level: 'CORPORATE', period: '2024-25', directorateId: null, isNonPriority: true },
      { id: 33, name: 'Last year', level: 'DIRECTORATE', period: '2023-24', directorateId: ID.asc, isNonPriority: false },
    );
    expect(of(s, 'PRIORITY_RISKS_NOT_ASSESSED')).toEqual([]);
  });
});

describe('RISK_REVIEW_OVERDUE', () => {
  it('fires the day after the review date, not on it; never for a closed risk or one with no date', () => {
    const s = healthyGovernance();
    expect(of(s, 'RISK_REVIEW_OVERDUE')).toEqual([]);
    s.asOf = '2025-03-02';
    const [f] = of(s, 'RISK_REVIEW_OVERDUE');
    expect(f?.nodes.map((n) => n.type)).toEqual(['Risk', 'Person']);
    expect(f?.message).toContain('1 day late');
    expect(f?.message).toContain('the Adult Social Care risk register');
    s.risks[1]!.status = RiskStatus.CLOSED;
    s.risks.push(risk(56, { reviewDue: null }));
    expect(of(s, 'RISK_REVIEW_OVERDUE')).toEqual([]);
  });
});

describe('HIGH_RISK_WITHOUT_MITIGATION', () => {
  it('fires at residual 15 with no live mitigation; 14 is not high', () => {
    const s = healthyGovernance();
    s.risks.push(risk(57, { residualLikelihood: 3, residualImpact: 5 }), risk(58, { residualLikelihood: 2, residualImpact: 7 }));
    expect(subjects(s, 'HIGH_RISK_WITHOUT_MITIGATION')).toEqual(['Risk:57']);
    expect(of(s, 'HIGH_RISK_WITHOUT_MITIGATION')[0]!.message).toContain('scores 15');
  });

  it('does not count done or dropped mitigations, nor live actions of another source; names the finished ones', () => {
    const s = healthyGovernance();
    s.actions[0]!.status = ActionStatus.DONE;
    s.actions.push(action(63, { riskId: ID.corporateRisk, source: ActionSource.OTHER }));
    const [f] = of(s, 'HIGH_RISK_WITHOUT_MITIGATION');
    expect(f?.nodes[0]).toMatchObject({ type: 'Risk', id: ID.corporateRisk });
    expect(f?.nodes.filter((n) => n.type === 'Action').map((n) => n.id)).toEqual([ID.mitigation]);
    expect(f?.message).toContain('done or dropped');
  });

  it('leaves tolerated and closed risks alone', () => {
    const s = healthyGovernance();
    s.actions = s.actions.filter((a) => a.id !== ID.mitigation);
    s.risks[0]!.status = RiskStatus.TOLERATED;
    expect(of(s, 'HIGH_RISK_WITHOUT_MITIGATION')).toEqual([]);
    s.risks[0]!.status = RiskStatus.CLOSED;
    expect(of(s, 'HIGH_RISK_WITHOUT_MITIGATION')).toEqual([]);
  });
});

describe('RISK_OWNER_INACTIVE', () => {
  it('fires for no owner, an owner who has left (on or before asOf) and an owner not on record', () => {
    const s = healthyGovernance();
    s.risks.push(risk(59, { ownerId: null }), risk(60, { ownerId: ID.leaver }), risk(61, { ownerId: 999 }));
    const found = of(s, 'RISK_OWNER_INACTIVE');
    expect(found.map((f) => f.nodes[0]!.id).sort()).toEqual([59, 60, 61]);
    expect(found.find((f) => f.nodes[0]!.id === 60)!.message).toContain('Lee Leaver');
    expect(found.find((f) => f.nodes[0]!.id === 60)!.message).toContain('31 January 2025');
  });

  it('does not fire for an owner leaving after asOf, or for a closed risk', () => {
    const s = healthyGovernance();
    expect(of(s, 'RISK_OWNER_INACTIVE')).toEqual([]); // Bob Boss leaves in 2026
    s.asOf = '2026-01-31';
    s.risks[1]!.reviewDue = null;
    expect(subjects(s, 'RISK_OWNER_INACTIVE')).toEqual([`Risk:${ID.ascRisk}`]);
    s.risks[1]!.status = RiskStatus.CLOSED;
    expect(of(s, 'RISK_OWNER_INACTIVE')).toEqual([]);
  });
});

describe('PORTFOLIO_GAP', () => {
  it('fires for a directorate no portfolio names, directly or through a service', () => {
    const s = healthyGovernance();
    s.portfolios[1]!.serviceIds = [];
    expect(subjects(s, 'PORTFOLIO_GAP')).toEqual([`Directorate:${ID.resources}`]);
  });

  it('fires for a corporate priority of the period in no portfolio, not for a directorate priority or a non-priority', () => {
    const s = healthyGovernance();
    s.portfolios[0]!.priorityIds = [];
    s.priorities.push({ id: 34, name: 'Not this year', level: 'CORPORATE', period: '2024-25', directorateId: null, isNonPriority: true });
    expect(subjects(s, 'PORTFOLIO_GAP')).toEqual([`Priority:${ID.corporate}`]);
  });

  it('judges the priorities of the snapshot period only', () => {
    const s = healthyGovernance();
    s.portfolios[0]!.priorityIds = [];
    s.period = '2025-26';
    expect(of(s, 'PORTFOLIO_GAP')).toEqual([]);
    expect(of(s, 'PRIORITY_RISKS_NOT_ASSESSED')).toEqual([]);
  });
});

describe('asOf', () => {
  it('is strictly after the due day for every "overdue" check', () => {
    const s = healthyGovernance();
    s.asOf = '2025-03-02';
    const codes = new Set(governanceFindings(s).map((f) => f.code));
    for (const code of ['ACTION_OVERDUE', 'COMPLAINT_OVERDUE', 'ENQUIRY_OVERDUE', 'RISK_REVIEW_OVERDUE']) expect(codes).toContain(code);
    expect(AS_OF).toBe('2025-03-01');
  });
});
