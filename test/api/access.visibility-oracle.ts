/** The README's table of what each viewer sees, worked out from the database (access.visibility-walk.test.ts). */
import type { TestServer } from '../testkit/index.js';

export const SUFFOLK = 'E10000029';
export const LANCASHIRE = 'E10000017';
export const PERIOD = '2024-25';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
export function decode(value: string): { type: string; id: number } | null {
  if (!/^[A-Za-z0-9_-]{4,}$/.test(value)) return null;
  const m = /^([A-Z][A-Za-z]+):(\d+)$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  return m ? { type: m[1]!, id: Number(m[2]) } : null;
}

export type ViewerName = 'anonymous' | 'partner' | "another council's administrator" | 'a member of staff (no admin)';

export interface Viewer {
  name: ViewerName;
  headers: Record<string, string>;
  /** The council whose unpublished data the viewer may read (staff and councillors), if any. */
  memberOf: number | null;
  adminOf: number | null;
}

/** The README's table, from the database. */
export class Oracle {
  private rows = new Map<string, Map<number, Record<string, unknown>>>();
  publicPeople = new Set<number>();
  publishedObjectives = new Set<number>();

  constructor(private readonly server: TestServer) {}

  async load(): Promise<void> {
    const sql = async (q: string) => (await this.server.em().getConnection().execute(q)) as Array<Record<string, unknown>>;
    const table = async (type: string, q: string) => {
      const map = new Map<number, Record<string, unknown>>();
      for (const r of await sql(q)) map.set(Number(r.id), r);
      this.rows.set(type, map);
    };
    await table('Person', 'select id, council_id, kind, name from person');
    await table('Priority', 'select id, council_id, status, is_non_priority from priority');
    await table('Objective', 'select id, council_id from objective');
    await table('Milestone', 'select id, objective_id from milestone');
    await table('AppraisalObjective', 'select id, council_id from appraisal_objective');
    await table('Measurement', 'select id, council_id, status from measurement');
    // A commentary is public once its period's figure (the council's Total) is published.
    await table(
      'Commentary',
      'select c.id, c.council_id, (select count(*) from measurement m where m.council_id = c.council_id ' +
        "and m.indicator_id = c.indicator_id and m.period = c.period and m.disaggregation = 'Total' " +
        "and m.status = 'PUBLISHED') as published from commentary c",
    );
    await table(
      'Delegation',
      'select id, council_id, revoked_on, cast(effective_from as text) as effective_from, cast(effective_to as text) as effective_to ' +
        'from delegation',
    );
    await table('DelegationEvent', 'select id, council_id from delegation_event');
    await table('Account', 'select id, council_id from account');
    await table('ApiKey', 'select id, council_id from api_key');
    await table('AuditEvent', 'select id, council_id from audit_event');
    // Governance: records of the council's own people, Best Value reviews public once their
    // recommendations are agreed (with what they hold), individual complaints never public.
    for (const [type, t] of [
      ['Risk', 'risk'],
      ['Action', 'action'],
      ['WardEnquiry', 'ward_enquiry'],
      ['StaffRole', 'staff_role'],
      ['Complaint', 'complaint'],
    ] as const) {
      await table(type, `select id, council_id from ${t}`);
    }
    await table('RiskAssessment', 'select a.id, r.council_id from risk_assessment a join risk r on r.id = a.risk_id');
    await table('ActionUpdate', 'select u.id, a.council_id from action_update u join action a on a.id = u.action_id');
    await table('BestValueReview', 'select id, council_id, status from best_value_review');
    for (const [type, t] of [
      ['BestValueFinding', 'best_value_finding'],
      ['BestValueOption', 'best_value_option'],
      ['BestValueRecommendation', 'best_value_recommendation'],
    ] as const) {
      await table(type, `select x.id, r.council_id, r.status from ${t} x join best_value_review r on r.id = x.review_id`);
    }
    for (const r of await sql(
      'select director_id as p from directorate where director_id is not null union select accountable_owner_id from service where ' +
        'accountable_owner_id is not null union select mi_responsible_id from council where mi_responsible_id is not null',
    )) {
      this.publicPeople.add(Number(r.p));
    }
    for (const [id, p] of this.rows.get('Person')!) if (p.kind === 'COUNCILLOR') this.publicPeople.add(id);
    const published = (p: Record<string, unknown>) => p.status === 'COMMUNICATED' || p.is_non_priority === true || p.is_non_priority === 1;
    for (const r of await sql('select objective_id, priority_id from objective_priority')) {
      const p = this.rows.get('Priority')!.get(Number(r.priority_id));
      if (p && published(p)) this.publishedObjectives.add(Number(r.objective_id));
    }
    this.isPublished = published;
  }

  private isPublished: (p: Record<string, unknown>) => boolean = () => false;

  councilOf(type: string, id: number): number | null {
    if (type === 'Milestone') {
      const m = this.rows.get('Milestone')!.get(id);
      return m ? this.councilOf('Objective', Number(m.objective_id)) : null;
    }
    const row = this.rows.get(type)?.get(id);
    return row ? Number(row.council_id) : null;
  }

  /**
   * The names of the people the viewer may not see, as one pattern (whole words; names some visible
   * person also has are left out): no string of any answer may contain one (a post stands in for them).
   */
  hiddenNames(viewer: Viewer): RegExp | null {
    const hidden = new Set<string>();
    const visible = new Set<string>();
    for (const [id, p] of this.rows.get('Person')!) (this.refusal(viewer, 'Person', id) ? hidden : visible).add(String(p.name));
    const names = [...hidden].filter((n) => !visible.has(n)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return names.length ? new RegExp(`\\b(?:${names.join('|')})\\b`) : null;
  }

  /** Why the viewer may not see this record, or null when they may. */
  refusal(viewer: Viewer, type: string, id: number): string | null {
    const council = this.councilOf(type, id);
    const member = council !== null && viewer.memberOf === council;
    switch (type) {
      case 'Person':
        return member || this.publicPeople.has(id) ? null : 'an officer who holds no accountable post, outside their council';
      case 'Priority': {
        const p = this.rows.get('Priority')!.get(id);
        return member || (p && this.isPublished(p)) ? null : `a ${String(p?.status)} priority`;
      }
      case 'Objective':
        return member || this.publishedObjectives.has(id) ? null : 'an objective delivering no communicated priority';
      case 'Milestone': {
        const m = this.rows.get('Milestone')!.get(id);
        return member || (m && this.publishedObjectives.has(Number(m.objective_id))) ? null : 'a milestone of a hidden objective';
      }
      case 'Measurement':
        return member || this.rows.get('Measurement')!.get(id)?.status === 'PUBLISHED' ? null : 'an unpublished measurement';
      case 'Commentary':
        return member || Number(this.rows.get('Commentary')!.get(id)?.published) > 0 ? null : 'a commentary on an unpublished figure';
      case 'Delegation': {
        // The scheme of delegation in force is published by councils (their constitution).
        const d = this.rows.get('Delegation')!.get(id);
        const today = new Date().toISOString().slice(0, 10);
        const inForce =
          d && d.revoked_on === null && String(d.effective_from) <= today && (d.effective_to === null || String(d.effective_to) >= today);
        return member || inForce ? null : 'a delegation not in force (revoked, or not yet or no longer in force)';
      }
      case 'AppraisalObjective':
      case 'DelegationEvent':
        return member ? null : `a ${type} (the council's own people only)`;
      case 'Risk':
      case 'RiskAssessment':
      case 'Action':
      case 'ActionUpdate':
      case 'WardEnquiry':
      case 'StaffRole':
        return member ? null : `a ${type} (the council's own people only)`;
      case 'Complaint':
        // Within the council, complaints officers, the service's line and the panel only
        // (test/api/governance.complaints.test.ts); outside it, never.
        return member ? null : 'an individual complaint (aggregates only outside the council)';
      case 'BestValueReview':
      case 'BestValueFinding':
      case 'BestValueOption':
      case 'BestValueRecommendation': {
        const r = this.rows.get(type)!.get(id);
        const agreed = ['RECOMMENDATIONS_AGREED', 'IMPLEMENTING', 'CLOSED'].includes(String(r?.status));
        return member || agreed ? null : 'a Best Value review before its recommendations are agreed';
      }
      case 'Account':
      case 'ApiKey':
      case 'AuditEvent':
        return viewer.adminOf !== null && viewer.adminOf === council ? null : `a ${type} (administrators of the council only)`;
      default:
        return null; // public: councils, directorates, services, councillor roles, indicators, targets, bodies, powers...
    }
  }
}
