/** The governance checks' shared index over a snapshot: lookups, node references and wording. Internal to checks*.ts. */
import type { Finding, NodeRef, Severity } from '../findings.js';
import { hasLeftBy } from '../organisation/validation.js';
import { describeDate } from '../performance/period-labels.js';
import { daysBetween } from './best-value.js';
import type { ActionRow, GovernanceNamed, GovernanceSnapshot, RiskRow } from './snapshot.js';

export const GOVERNANCE_SEVERITY = {
  PRIORITY_RISKS_NOT_ASSESSED: 'high',
  HIGH_RISK_WITHOUT_MITIGATION: 'high',
  RISK_OWNER_INACTIVE: 'high',
  COMPLAINT_OVERDUE: 'high',
  REVIEW_PANEL_WITHOUT_COUNCILLORS: 'high',
  RISK_REVIEW_OVERDUE: 'medium',
  ACTION_OVERDUE: 'medium',
  ACTION_UNOWNED: 'medium',
  RECOMMENDATION_WITHOUT_ACTION: 'medium',
  BEST_VALUE_REVIEW_STALLED: 'medium',
  REVIEW_WITHOUT_COMPARISON: 'medium',
  REVIEW_WITHOUT_CONSULTATION: 'medium',
  REPEATED_COMPLAINT_THEME: 'medium',
  SCRUTINY_RECOMMENDATION_UNANSWERED: 'medium',
  PORTFOLIO_GAP: 'medium',
  ENQUIRY_OVERDUE: 'low',
} as const satisfies Record<string, Severity>;

export type GovernanceCode = keyof typeof GOVERNANCE_SEVERITY;

export function finding(code: GovernanceCode, nodes: NodeRef[], message: string, fix: string): Finding {
  return { code, severity: GOVERNANCE_SEVERITY[code], nodes, message, fix };
}

/** A name in quotes, as messages show it. */
export const q = (name: string): string => `'${name}'`;

/** `2025-03-31` -> `31 March 2025`. */
export const day = (iso: string): string => describeDate(iso);

/** "1 day late", "12 days late": how late something due on `due` is on `asOf`. */
export function late(due: string, asOf: string): string {
  const n = daysBetween(due, asOf);
  return `${n} ${n === 1 ? 'day' : 'days'} late`;
}

/** A text on one line (recommendations quoted in messages). */
export const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Long texts (recommendations) shortened for a node's name. */
export function short(text: string, max = 80): string {
  const line = flat(text);
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Lookups over one snapshot, built once per run of the checks. */
export class GovernanceIndex {
  readonly asOf: string;
  readonly period: string;
  private readonly people: Map<number, GovernanceSnapshot['people'][number]>;
  private readonly directorates: Map<number, GovernanceNamed>;
  private readonly services: Map<number, GovernanceSnapshot['services'][number]>;
  readonly themes: Map<number, GovernanceNamed>;
  readonly actionsByRisk = new Map<number, ActionRow[]>();
  readonly actionsByBestValue = new Map<number, ActionRow[]>();
  readonly actionsByScrutiny = new Map<number, ActionRow[]>();

  /**
   * `readableComplaints`: the complaints the viewer may read one by one (they hold personal data);
   * the checks count the others and never name them. Left out: every complaint is readable.
   */
  constructor(
    readonly snapshot: GovernanceSnapshot,
    private readonly readableComplaints?: ReadonlySet<number>,
  ) {
    this.asOf = snapshot.asOf;
    this.period = snapshot.period;
    this.people = new Map(snapshot.people.map((p) => [p.id, p]));
    this.directorates = new Map(snapshot.directorates.map((d) => [d.id, d]));
    this.services = new Map(snapshot.services.map((s) => [s.id, s]));
    this.themes = new Map(snapshot.complaintThemes.map((t) => [t.id, t]));
    for (const a of snapshot.actions) {
      push(this.actionsByRisk, a.riskId, a);
      push(this.actionsByBestValue, a.bestValueRecommendationId, a);
      push(this.actionsByScrutiny, a.scrutinyRecommendationId, a);
    }
  }

  /** May the viewer read this complaint one by one (its reference and node)? */
  mayReadComplaint(id: number): boolean {
    return this.readableComplaints === undefined || this.readableComplaints.has(id);
  }

  /** On record and not left by `asOf`. */
  isActivePerson(id: number | null): boolean {
    const p = id === null ? undefined : this.people.get(id);
    return p !== undefined && !hasLeftBy(p.leftOn, this.asOf);
  }

  personName(id: number): string {
    return this.people.get(id)?.name ?? `person ${id}`;
  }

  /** Why a person cannot answer for something: 'has no owner', 'is owned by X, who left on ...'. */
  ownerProblem(id: number | null, owned: string): string | null {
    if (id === null) return `has no ${owned}`;
    const p = this.people.get(id);
    if (!p) return `names an ${owned} who is not on the council's records (id ${id})`;
    if (hasLeftBy(p.leftOn, this.asOf)) return `names ${p.name} as its ${owned}, who left the council on ${day(p.leftOn!)}`;
    return null;
  }

  personRef(id: number): NodeRef {
    return { type: 'Person', id, name: this.personName(id) };
  }

  /** The person's node, when there is one on record. */
  personRefs(id: number | null): NodeRef[] {
    return id !== null && this.people.has(id) ? [this.personRef(id)] : [];
  }

  serviceName(id: number): string {
    return this.services.get(id)?.name ?? `service ${id}`;
  }

  serviceRef(id: number): NodeRef {
    return { type: 'Service', id, name: this.serviceName(id) };
  }

  serviceDirectorate(id: number): number | null {
    return this.services.get(id)?.directorateId ?? null;
  }

  directorateRef(id: number): NodeRef {
    return { type: 'Directorate', id, name: this.directorates.get(id)?.name ?? `directorate ${id}` };
  }

  themeRef(id: number): NodeRef {
    return { type: 'ComplaintTheme', id, name: this.themes.get(id)?.name ?? `theme ${id}` };
  }

  riskRef(r: RiskRow): NodeRef {
    return { type: 'Risk', id: r.id, name: `${r.reference} ${r.title}` };
  }

  /** 'the corporate risk register' or 'the Adult Social Care risk register'. */
  registerOf(r: RiskRow): string {
    return r.directorateId === null
      ? 'the corporate risk register'
      : `the ${this.directorates.get(r.directorateId)?.name ?? 'directorate'} risk register`;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K | null, value: V): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
