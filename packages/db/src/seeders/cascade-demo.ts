/**
 * The demo council's golden thread for 2024-25, and a smaller 2023-24 before it (fictional, deterministic): corporate priorities
 * (national ones translating ASCOF and public-health agendas, and local ones), directorate and
 * service priorities, two explicit non-priorities, consultations (hard-to-reach groups included) and
 * communications back, service-plan objectives with milestones and targets on local indicators, and
 * appraisal objectives for most staff.
 *
 * It carries deliberate gaps so that every golden-thread check has something to show: an objective
 * delivering no priority (and the appraisal objectives aimed at it), a draft corporate priority with
 * nothing under it, no target, no resources and no consultation, one directorate with more priorities
 * than the council's limit, an agreed priority never communicated, a consultation group never told
 * back, and two service priorities "imported from last year's plan" (one without a parent, one placed
 * under a corporate priority). Not shown: CYCLE (writes refuse loops) and UNAMBITIOUS_TARGET /
 * UNREALISTIC_TARGET (they need measured values, which the indicators feature provides).
 *
 * National priorities are linked to the indicator they translate: an ASCOF measure, or (for the Public
 * Health Outcomes Framework, which has no national definitions here) a local copy of the measure.
 *
 * Works on any council with a generated organisation: services are found by name, and services the
 * table below does not know get one objective under their directorate's first priority, so a larger
 * council gets a proportionally larger cascade (used by the statement-count test).
 *
 * The 2023-24 year (cascade-demo.years.ts) has fewer priorities, plans and appraisal objectives, no
 * service plans beyond the table, and more missed milestones, so the health check shows a change.
 */
import { ref } from '@mikro-orm/core';
import { AppraisalObjective } from '../cascade/appraisal-objective.entity.js';
import {
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
} from '../cascade/engagement.entity.js';
import { IndicatorFramework, PersonKind, PriorityLevel, PriorityOrigin, ServiceKind } from '@goldenthread/domain';
import { Milestone, Objective, ObjectivePriority, ObjectiveTarget, PriorityTarget } from '../cascade/objective.entity.js';
import { PriorityLimit } from '../cascade/priority-limit.entity.js';
import { Priority } from '../cascade/priority.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Target } from '../indicators/target.entity.js';
import type { Council } from '../organisation/council.entity.js';
import { Directorate } from '../organisation/directorate.entity.js';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';
import { APPRAISAL_WORDING, INDICATORS, LOCAL_COPIES, NO_PLAN, type OwnerRef } from './cascade-demo.data.js';
import { CURRENT_YEAR, HISTORY_YEAR, type YearPlan } from './cascade-demo.years.js';

export const DEMO_CASCADE_PERIOD = CURRENT_YEAR.period;
/** The year before the demo's, with a smaller golden thread (the health check's trend). */
export const DEMO_HISTORY_PERIOD = HISTORY_YEAR.period;

const { CORPORATE, DIRECTORATE, SERVICE } = PriorityLevel;

/** The council's organisation as the seed reads it: found by code, name and id. */
interface Organisation {
  council: Council;
  directorates: Directorate[];
  services: Service[];
  people: Person[];
  directorateByCode: Map<string, Directorate>;
  serviceByName: Map<string, Service>;
  personById: Map<number, Person>;
  ownerOf: (ref: OwnerRef | undefined) => Person | null;
}

async function readOrganisation(em: Em, council: Council): Promise<Organisation> {
  // One after the other: inside the seed's transaction they share one connection.
  const directorates = await em.find(Directorate, { council: council.id }, { orderBy: { id: 'asc' } });
  const services = await em.find(Service, { council: council.id }, { orderBy: { id: 'asc' } });
  const people = await em.find(Person, { council: council.id }, { orderBy: { id: 'asc' } });
  const directorateByCode = new Map(directorates.map((d) => [d.code ?? d.name, d]));
  const serviceByName = new Map<string, Service>();
  for (const s of services) if (!serviceByName.has(s.name)) serviceByName.set(s.name, s);
  const personById = new Map(people.map((p) => [p.id, p]));
  const chiefExecutive = people.find((p) => p.jobTitle === 'Chief Executive') ?? null;
  const ownerOf = (ref: OwnerRef | undefined): Person | null => {
    if (!ref) return null;
    if (ref === 'chief executive') return chiefExecutive;
    const id = 'director' in ref ? directorateByCode.get(ref.director)?.director?.id : serviceByName.get(ref.service)?.accountableOwner?.id;
    return id === undefined ? null : (personById.get(id) ?? null);
  };
  return { council, directorates, services, people, directorateByCode, serviceByName, personById, ownerOf };
}

/** The local indicators and local copies of national ones, with the council's measured local indicators; the ASCOF ones priorities name. */
async function seedIndicators(em: Em, council: Council, plans: YearPlan[]) {
  const indicators = new Map<string, Indicator>();
  const localSource = `${council.name} local indicator (demo)`;
  const copySource = 'Office for Health Improvement and Disparities, Public Health Outcomes Framework (tracked locally)';
  const specs = [...INDICATORS.map((i) => [i, localSource] as const), ...LOCAL_COPIES.map((i) => [i, copySource] as const)];
  for (const [{ code, title, unit, polarity }, source] of specs) {
    indicators.set(code, em.create(Indicator, { framework: IndicatorFramework.LOCAL, code, title, unit, polarity, council, source }));
  }
  // The council's measured local indicators (the indicators demo) too, so ambition can be judged.
  for (const measured of await em.find(Indicator, { council: council.id, framework: IndicatorFramework.LOCAL })) {
    if (!indicators.has(measured.code)) indicators.set(measured.code, measured);
  }
  const ascofCodes = plans.flatMap((y) =>
    y.priorities.flatMap((p) => (p.translates && 'ascof' in p.translates ? [p.translates.ascof] : [])),
  );
  const ascofRows = await em.find(Indicator, { framework: IndicatorFramework.ASCOF, council: null, code: { $in: ascofCodes } });
  return { indicators, ascof: new Map(ascofRows.map((i) => [i.code, i])) };
}

/** Seeds the golden thread of a council with a generated organisation. Idempotent: nothing happens if it has priorities. */
export async function seedCascadeDemo(em: Em, council: Council): Promise<void> {
  if ((await em.count(Priority, { council: council.id })) > 0) return;
  const org = await readOrganisation(em, council);
  for (const [level, limit] of [
    [CORPORATE, 6],
    [DIRECTORATE, 3],
    [SERVICE, 3],
  ] as const)
    em.create(PriorityLimit, { council, level, limit });
  const found = await seedIndicators(em, council, [CURRENT_YEAR, HISTORY_YEAR]);
  seedYear(em, org, found, CURRENT_YEAR);
  seedYear(em, org, found, HISTORY_YEAR);
}

type Found = Awaited<ReturnType<typeof seedIndicators>>;

/** One financial year's golden thread: priorities, objectives with milestones and targets, engagement and appraisal objectives. */
function seedYear(em: Em, org: Organisation, { indicators, ascof }: Found, plan: YearPlan): void {
  const { council, directorates, services, people, directorateByCode, serviceByName, personById, ownerOf } = org;
  const period = plan.period;
  const PRIORITIES = plan.priorities;

  // Priorities, parents first (the table lists them in that order).
  const priorities = new Map<string, Priority>();
  for (const spec of PRIORITIES) {
    const service = spec.service ? serviceByName.get(spec.service) : undefined;
    if (spec.service && !service) continue; // a council without this service
    const directorate = service
      ? directorates.find((d) => d.id === service.directorate.id)
      : spec.directorate
        ? directorateByCode.get(spec.directorate)
        : undefined;
    const priority = em.create(Priority, {
      council,
      level: spec.level,
      parent: spec.parent ? (priorities.get(spec.parent) ?? null) : null,
      name: spec.name,
      origin: spec.origin ?? PriorityOrigin.LOCAL,
      nationalAgenda: spec.agenda ?? null,
      period,
      status: spec.status,
      agreedOn: spec.agreedOn ?? null,
      communicatedOn: spec.communicatedOn ?? null,
      isNonPriority: spec.notPriority !== undefined,
      nonPriorityReason: spec.notPriority ?? null,
      owner: ownerOf(spec.owner),
      budget: spec.budget ?? null,
      fte: spec.fte ?? null,
      capacity: spec.capacity ?? null,
      directorate: directorate ?? null,
      service: service ?? null,
    });
    priorities.set(spec.key, priority);
  }
  // National priorities are linked to the national indicator they translate.
  for (const spec of PRIORITIES) {
    const priority = priorities.get(spec.key);
    if (!priority || !spec.translates) continue;
    const indicator = 'ascof' in spec.translates ? ascof.get(spec.translates.ascof) : indicators.get(spec.translates.local);
    priority.nationalIndicator = indicator ? ref(indicator) : null;
  }
  /** A target, or null where the council has no such indicator (a council seeded without the indicators demo). */
  const targetOf = (code: string, value: number, service: Service | null): Target | null => {
    const indicator = indicators.get(code);
    return indicator ? em.create(Target, { council, indicator, period, service, value, setBy: null }) : null;
  };

  // Objectives: the table, then one for every other service with a plan (larger councils).
  const objectivesByService = new Map<number, Objective[]>();
  const objectiveRows: Array<{ objective: Objective; delivers: string[] }> = [];
  const addObjective = (service: Service, name: string, delivers: string[]) => {
    const objective = em.create(Objective, {
      council,
      service,
      name,
      owner: service.accountableOwner ? (personById.get(service.accountableOwner.id) ?? null) : null,
      period,
    });
    for (const key of delivers) {
      const priority = priorities.get(key);
      if (priority) em.create(ObjectivePriority, { objective, priority });
    }
    objectivesByService.set(service.id, [...(objectivesByService.get(service.id) ?? []), objective]);
    objectiveRows.push({ objective, delivers });
    return objective;
  };
  for (const spec of plan.objectives) {
    const service = serviceByName.get(spec.service);
    if (!service) continue;
    const objective = addObjective(service, spec.name, spec.delivers);
    const target = spec.target ? targetOf(spec.target[0], spec.target[1], service) : null;
    if (target) em.create(ObjectiveTarget, { objective, target });
  }
  const firstPriorityOf = new Map<number, string>();
  for (const spec of PRIORITIES) {
    const d = spec.directorate ? directorateByCode.get(spec.directorate) : undefined;
    if (spec.level === DIRECTORATE && d && !spec.notPriority && !firstPriorityOf.has(d.id)) firstPriorityOf.set(d.id, spec.key);
  }
  for (const s of plan.plansForOtherServices ? services : []) {
    if (s.kind !== ServiceKind.SERVICE || NO_PLAN.has(s.name) || objectivesByService.has(s.id)) continue;
    const key = firstPriorityOf.get(s.directorate.id);
    addObjective(s, `Deliver the ${s.name} service plan`, key ? [key] : []);
  }
  for (const [key, code, value] of plan.priorityTargets) {
    const priority = priorities.get(key);
    const target = priority ? targetOf(code, value, null) : null;
    if (priority && target) em.create(PriorityTarget, { priority, target });
  }

  // Milestones: a plan agreed in June, a mid-year review, the year-end result; some at risk or missed.
  objectiveRows.forEach(({ objective }, i) => {
    for (const m of plan.milestones(i)) em.create(Milestone, { objective, ...m });
  });

  // Engagement.
  for (const spec of plan.consultations) {
    const consultation = em.create(Consultation, { council, title: spec.title, date: spec.date, heard: spec.heard });
    for (const g of spec.groups)
      em.create(ConsultationGroup, { consultation, kind: g.kind, name: g.name, hardToReach: g.hardToReach ?? false });
    for (const key of spec.informed) {
      const priority = priorities.get(key);
      if (priority) em.create(ConsultationPriority, { consultation, priority });
    }
  }
  for (const spec of plan.communications) {
    const communication = em.create(Communication, { council, date: spec.date, channel: spec.channel });
    for (const g of spec.groups) em.create(CommunicationGroup, { communication, kind: g.kind, name: g.name });
    for (const key of spec.about) {
      const priority = priorities.get(key);
      if (priority) em.create(CommunicationPriority, { communication, priority });
    }
  }

  // Appraisal objectives: directors and the chief executive aim at the corporate priorities they own;
  // staff at an objective of their service (or the service above). Some have none yet, some are not
  // agreed yet, some were reviewed at mid-year.
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const planOf = (serviceId: number | null): Objective[] => {
    for (let id = serviceId, guard = 0; id !== null && guard < 50; guard++) {
      const plan = objectivesByService.get(id);
      if (plan?.length) return plan;
      id = serviceById.get(id)?.parent?.id ?? null;
    }
    return [];
  };
  const ownedCorporate = (person: Person) =>
    PRIORITIES.filter((p) => p.level === CORPORATE && !p.notPriority && ownerOf(p.owner)?.id === person.id).map(
      (p) => priorities.get(p.key)!,
    );
  people
    .filter((p) => p.kind === PersonKind.OFFICER)
    .forEach((person, i) => {
      const { recorded, ...dates } = plan.appraisal(i);
      const common = { council, person, period, ...dates };
      const owned = ownedCorporate(person);
      if (owned.length) {
        for (const priority of owned)
          em.create(AppraisalObjective, { ...common, name: `Lead the council's priority: ${priority.name}`, priority, objective: null });
        return;
      }
      if (!recorded) return; // no appraisal objective recorded yet
      const servicePlan = planOf(person.service?.id ?? null);
      if (!servicePlan.length) return; // services without a plan leave their staff without a thread
      const objective = servicePlan[i % servicePlan.length]!;
      em.create(AppraisalObjective, {
        ...common,
        name: APPRAISAL_WORDING[i % APPRAISAL_WORDING.length]!(objective.name),
        objective,
        priority: null,
      });
    });
}
