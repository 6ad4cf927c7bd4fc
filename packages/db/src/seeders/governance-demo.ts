/**
 * The demo council's governance records (fictional, deterministic, as at DEMO_GOVERNANCE_AS_OF):
 * staff designations, what each cabinet portfolio covers, the NHS bodies and the services and ASCOF
 * indicators at the health interface, the Adults and Health Scrutiny Committee's work programme
 * (topics, meetings, recommendations and the executive's responses), two Best Value reviews, about
 * forty complaints over two years, the corporate and adult social care risk registers, mitigating
 * and other actions, and ward councillors' enquiries.
 *
 * Deliberate gaps, so that every governance check has something to show: two corporate priorities
 * with no risk and one in no portfolio, Public Health in no portfolio, an overdue risk review, a high
 * risk whose only mitigation is done, a risk whose owner has left, an overdue and an unowned action,
 * a partly accepted scrutiny recommendation with no action and one unanswered past its date, a Best
 * Value review stalled in EVIDENCE with no compare or consult finding, two complaints overdue, one at
 * review panel with no councillors, a theme upheld repeatedly for one service, and an overdue ward
 * enquiry. Works on any council with a generated organisation (services found by name, falling back
 * to the directorate's first service). Idempotent: nothing happens if the council has risks.
 */
import {
  ActionSource,
  ActionStatus,
  CouncillorRoleKind,
  PersonKind,
  PriorityLevel,
  StaffRoleKind,
  WardEnquiryStatus,
} from '@goldenthread/domain';
import { Priority } from '../cascade/priority.entity.js';
import { Action, ActionUpdate } from '../governance/action.entity.js';
import { BestValueRecommendation } from '../governance/best-value.entity.js';
import type { Complaint } from '../governance/complaint.entity.js';
import { Portfolio, PortfolioDirectorate, PortfolioPriority, PortfolioService } from '../governance/portfolio.entity.js';
import { Risk, RiskAssessment } from '../governance/risk.entity.js';
import { ScrutinyRecommendation } from '../governance/scrutiny.entity.js';
import { StaffRole } from '../governance/staff-role.entity.js';
import { WardEnquiry } from '../governance/ward-enquiry.entity.js';
import type { Council } from '../organisation/council.entity.js';
import { CouncillorRole } from '../organisation/councillor-role.entity.js';
import { Directorate } from '../organisation/directorate.entity.js';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';
import { DEMO_CASCADE_PERIOD } from './cascade-demo.js';
import { seedDemoBestValue } from './governance-demo.best-value.js';
import { seedDemoComplaints } from './governance-demo.complaints.js';
import { seedDemoScrutiny } from './governance-demo.scrutiny.js';
import { type ActionSpec, LEAVER, PORTFOLIO_COVERAGE, RISKS, WARD_ENQUIRIES, type Who } from './governance-demo.data.js';

export { DEMO_GOVERNANCE_AS_OF } from './governance-demo.data.js';

/** What an action comes from (one of these, by its source). */
export interface ActionRefs {
  risk?: Risk;
  complaint?: Complaint;
  bestValueRecommendation?: BestValueRecommendation;
  scrutinyRecommendation?: ScrutinyRecommendation;
}

/** What the demo's parts need of the council: its rows, found by name, and who is who. */
export interface DemoCouncil {
  em: Em;
  council: Council;
  service: (name: string, directorate?: string) => Service | null;
  person: (who: Who) => Person | null;
  directorate: (code: string) => Directorate | null;
  /** Councillors holding a role (e.g. COMPLAINTS_PANEL), in id order. */
  councillors: (role: CouncillorRoleKind) => Person[];
  /** Ward councillors and their wards, in role order. */
  wards: Array<{ person: Person; ward: string }>;
  officers: Person[];
  action: (spec: ActionSpec, source: ActionSource, refs: ActionRefs, service?: Service | null) => Action;
}

async function demoCouncil(em: Em, council: Council): Promise<DemoCouncil> {
  // One after the other: inside the seed's transaction they share one connection.
  const directorates = await em.find(Directorate, { council: council.id }, { orderBy: { id: 'asc' } });
  const services = await em.find(Service, { council: council.id }, { orderBy: { id: 'asc' } });
  const people = await em.find(Person, { council: council.id }, { orderBy: { id: 'asc' } });
  const roles = await em.find(CouncillorRole, { council: council.id }, { orderBy: { id: 'asc' } });
  const byCode = new Map(directorates.map((d) => [d.code ?? d.name, d]));
  const byName = new Map<string, Service>();
  for (const s of services) if (!byName.has(s.name)) byName.set(s.name, s);
  const personById = new Map(people.map((p) => [p.id, p]));
  const chief = people.find((p) => p.jobTitle === 'Chief Executive') ?? null;
  const leaver = pickLeaver(people, services, directorates);
  if (leaver) leaver.leftOn = LEAVER.leftOn;
  const firstOf = (code: string) => services.find((s) => s.directorate.id === byCode.get(code)?.id) ?? null;
  const directorateOf = (name: string) =>
    /Children|Child|Foster|Early Help|Special Educational/.test(name) ? 'CS' : name === 'Finance' ? 'RES' : 'ASC';
  const ctx: DemoCouncil = {
    em,
    council,
    service: (name, directorate) => byName.get(name) ?? firstOf(directorate ?? directorateOf(name)),
    directorate: (code) => byCode.get(code) ?? null,
    wards: roles
      .filter((r) => r.role === CouncillorRoleKind.WARD_COUNCILLOR && r.ward !== null)
      .map((r) => ({ person: personById.get(r.person.id)!, ward: r.ward! })),
    officers: people.filter((p) => p.kind === PersonKind.OFFICER),
    person: (who) => {
      if (who === null) return null;
      if (who === 'chief executive') return chief;
      if (who === 'leaver') return leaver;
      const id = 'director' in who ? byCode.get(who.director)?.director?.id : ctx.service(who.owner)?.accountableOwner?.id;
      return id === undefined ? null : (personById.get(id) ?? null);
    },
    councillors: (role) =>
      roles
        .filter((r) => r.role === role)
        .map((r) => personById.get(r.person.id)!)
        .filter(Boolean),
    action: (spec, source, refs, service = null) => {
      const a = em.create(Action, {
        council,
        title: spec.title,
        owner: ctx.person(spec.owner),
        due: spec.due,
        status: spec.status,
        source,
        service,
        completedOn: spec.status === ActionStatus.DONE ? (spec.completedOn ?? spec.due) : null,
        ...refs,
      });
      if (spec.update) em.create(ActionUpdate, { action: a, on: spec.update[0], text: spec.update[1], by: a.owner });
      return a;
    },
  };
  return ctx;
}

/**
 * The officer who has left (RISK_OWNER_INACTIVE): the last of LEAVER.jobTitles, else the last officer
 * who manages nobody and owns no service or directorate, so that no other feature's record loses
 * the person who answers for it.
 */
function pickLeaver(people: Person[], services: Service[], directorates: Directorate[]): Person | null {
  const busy = new Set<number>();
  for (const p of people) for (const m of [p.lineManager, p.functionalManager]) if (m) busy.add(m.id);
  for (const s of services) if (s.accountableOwner) busy.add(s.accountableOwner.id);
  for (const d of directorates) if (d.director) busy.add(d.director.id);
  const free = people.filter((p) => p.kind === PersonKind.OFFICER && !busy.has(p.id) && p.functionalManager === null).reverse();
  return LEAVER.jobTitles.map((t) => free.find((p) => p.jobTitle === t)).find(Boolean) ?? free[0] ?? null;
}

/** Seeds the governance records of a council with a generated organisation and its golden thread. */
export async function seedGovernanceDemo(em: Em, council: Council): Promise<void> {
  if ((await em.count(Risk, { council: council.id })) > 0) return;
  const demo = await demoCouncil(em, council);
  const priorities = await em.find(
    Priority,
    { council: council.id, period: DEMO_CASCADE_PERIOD, level: { $in: [PriorityLevel.CORPORATE, PriorityLevel.DIRECTORATE] } },
    { orderBy: { id: 'asc' } },
  );
  const priority = (name: string | null) => (name === null ? null : (priorities.find((p) => p.name === name) ?? null));
  const riskManager = staffRoles(demo);
  await portfolios(demo, priority);
  await seedDemoScrutiny(demo, priority);
  seedDemoBestValue(demo);
  seedDemoComplaints(demo);
  risks(demo, priority, riskManager);
  wardEnquiries(demo);
  await em.flush();
}

/** The complaints officer, risk manager and scrutiny officer; returns the risk manager. */
function staffRoles({ em, council, officers }: DemoCouncil): Person | null {
  const titled = (...titles: string[]) => titles.map((t) => officers.find((p) => p.jobTitle === t)).find(Boolean) ?? officers[0];
  const picks: Array<[StaffRoleKind, Person | undefined]> = [
    [
      StaffRoleKind.COMPLAINTS_OFFICER,
      titled('Complaints Officer', 'Senior Complaints Officer', 'Performance Officer', 'Democratic Services Officer'),
    ],
    [StaffRoleKind.RISK_MANAGER, titled('Accountant', 'Senior Accountant', 'Finance Officer')],
    [StaffRoleKind.SCRUTINY_OFFICER, titled('Scrutiny Officer', 'Democratic Services Officer')],
  ];
  for (const [kind, person] of picks) if (person) em.create(StaffRole, { council, person, kind, startsOn: '2024-04-01' });
  return picks[1]![1] ?? null;
}

async function portfolios(demo: DemoCouncil, priority: (name: string) => Priority | null): Promise<void> {
  const { em, council } = demo;
  const rows = await em.find(Portfolio, { council: council.id }, { orderBy: { id: 'asc' } });
  for (const spec of PORTFOLIO_COVERAGE) {
    const portfolio = rows.find((p) => p.name === spec.portfolio);
    if (!portfolio) continue;
    portfolio.description = spec.description;
    for (const code of spec.directorates) {
      const directorate = demo.directorate(code);
      if (directorate) em.create(PortfolioDirectorate, { portfolio, directorate });
    }
    for (const name of spec.services) {
      const service = demo.service(name, 'RES');
      if (service) em.create(PortfolioService, { portfolio, service });
    }
    for (const name of spec.priorities) {
      const p = priority(name);
      if (p) em.create(PortfolioPriority, { portfolio, priority: p });
    }
  }
}

function risks(demo: DemoCouncil, priority: (name: string | null) => Priority | null, riskManager: Person | null): void {
  const { em, council } = demo;
  for (const spec of RISKS) {
    const service = spec.service ? demo.service(spec.service) : null;
    const risk = em.create(Risk, {
      council,
      reference: spec.reference,
      title: spec.title,
      cause: spec.cause,
      effect: spec.effect,
      directorate: spec.register === null ? null : demo.directorate(spec.register),
      priority: priority(spec.priority),
      service,
      owner: demo.person(spec.owner),
      controls: spec.controls,
      reviewDue: spec.reviewDue,
      inherentLikelihood: spec.inherent[0],
      inherentImpact: spec.inherent[1],
      residualLikelihood: spec.residual[0],
      residualImpact: spec.residual[1],
      ...(spec.status ? { status: spec.status } : {}),
    });
    const earlier = spec.earlier ?? spec.residual;
    const scores = { inherentLikelihood: spec.inherent[0], inherentImpact: spec.inherent[1] };
    em.create(RiskAssessment, {
      risk,
      assessedOn: '2024-04-15',
      ...scores,
      residualLikelihood: earlier[0],
      residualImpact: earlier[1],
      by: riskManager,
      note: 'Annual review of the register.',
    });
    em.create(RiskAssessment, {
      risk,
      assessedOn: '2024-10-15',
      ...scores,
      residualLikelihood: spec.residual[0],
      residualImpact: spec.residual[1],
      by: riskManager,
      note: 'Mid-year review.',
    });
    for (const m of spec.mitigations ?? []) demo.action(m, ActionSource.RISK_MITIGATION, { risk }, service);
  }
}

function wardEnquiries(demo: DemoCouncil): void {
  const { em, council } = demo;
  const { wards } = demo;
  WARD_ENQUIRIES.forEach((spec, i) => {
    const role = wards[(i * 7) % Math.max(wards.length, 1)];
    const service = demo.service(spec.service);
    if (!role || !service) return;
    em.create(WardEnquiry, {
      council,
      councillor: role.person,
      ward: role.ward,
      service,
      subject: spec.subject,
      raisedOn: spec.raisedOn,
      responseDue: spec.responseDue,
      respondedOn: spec.respondedOn,
      outcome: spec.outcome ?? null,
      status: spec.respondedOn ? WardEnquiryStatus.RESPONDED : WardEnquiryStatus.OPEN,
    });
  });
}
