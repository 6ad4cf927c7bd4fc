/**
 * Loads one council's golden thread for one period as the plain snapshot the domain rules take
 * (packages/domain/src/cascade/types.ts), from a fixed set of flat queries: the statement count does
 * not depend on how many priorities, objectives or people the council has.
 */
import { plainRows } from '../shared/plain-rows.js';
import { type CouncilRows, councilRowsFor } from '../shared/council-rows.js';
import {
  AppraisalObjective,
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
  Council,
  Milestone,
  Objective,
  ObjectivePriority,
  ObjectiveTarget,
  PersonKind,
  Priority,
  PriorityLimit,
  PriorityTarget,
  ServiceKind,
  Target,
  type Em,
} from '@goldenthread/db';
import type {
  AppraisalObjectiveRow,
  CascadeSnapshot,
  CommunicationRow,
  ConsultationRow,
  MilestoneRow,
  ObjectiveRow,
  PriorityLimits,
  PriorityRow,
  TargetContext,
  TargetRow,
} from '@goldenthread/domain';
import { parsePeriod, periodsApart, publishedPrecision, trendProjection, type MeasuredValue } from '@goldenthread/domain';
import { isPublishedPriority, publicPersonIds } from '../../access/visibility.js';
import { idOf } from '../../loaders.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Today's date as the rules compare it ('YYYY-MM-DD'). */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

export function priorityRow(p: Priority): PriorityRow {
  return {
    id: p.id,
    name: p.name,
    level: p.level,
    parentId: idOf(p.parent),
    ownerId: idOf(p.owner),
    origin: p.origin,
    nationalAgenda: p.nationalAgenda,
    period: p.period,
    status: p.status,
    agreedOn: p.agreedOn,
    communicatedOn: p.communicatedOn,
    isNonPriority: p.isNonPriority,
    nonPriorityReason: p.nonPriorityReason,
    budget: p.budget,
    fte: p.fte,
    directorateId: idOf(p.directorate),
    serviceId: idOf(p.service),
  };
}

/**
 * The context UNAMBITIOUS_TARGET and UNREALISTIC_TARGET judge a target against, by target id: the
 * council's latest actual (its own data, any status), the best published value of any council for
 * the same indicator and period kind (England as the comparator: the most any council has shown is
 * achievable), the value the council's recent trend projects for the target period, and the typical
 * size of a period's change. Two flat statements whatever the number of targets. Targets on
 * indicators without a direction (within a band, or unknown) get no context.
 */
export async function targetContexts(em: Em, councilId: number, targets: readonly Target[]): Promise<Map<number, TargetContext>> {
  const contexts = new Map<number, TargetContext>();
  const indicators = new Map<number, { polarity: string }>();
  for (const t of targets) {
    const indicator = t.indicator.unwrap();
    if (indicator.polarity === 'HIGHER_IS_BETTER' || indicator.polarity === 'LOWER_IS_BETTER')
      indicators.set(indicator.id, { polarity: indicator.polarity });
  }
  if (!indicators.size) return contexts;
  const ids = [...indicators.keys()];
  const marks = ids.map(() => '?').join(', ');
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  const [own, published] = await Promise.all([
    conn.execute<Array<{ indicator_id: number; period: string; period_kind: string; value: number | string }>>(
      `select indicator_id, period, period_kind, value from measurement
        where council_id = ? and indicator_id in (${marks}) and disaggregation = 'Total' and value_status = 'VALUE' and value is not null
        order by period_start`,
      [councilId, ...ids],
      'all',
      ctx,
    ),
    conn.execute<Array<{ indicator_id: number; best_high: number | string | null; best_low: number | string | null }>>(
      `select indicator_id, max(value) as best_high, min(value) as best_low from measurement
        where indicator_id in (${marks}) and disaggregation = 'Total' and value_status = 'VALUE' and status = 'PUBLISHED' and value is not
          null
        group by indicator_id`,
      ids,
      'all',
      ctx,
    ),
  ]);
  const seriesOf = new Map<string, Array<{ period: string; value: MeasuredValue }>>();
  /** The latest actual of any period kind (an annual target on a monthly indicator: the latest month). */
  const latestOf = new Map<number, number>();
  for (const r of own) {
    push(seriesOf, `${Number(r.indicator_id)}|${r.period_kind}`, { period: r.period, value: { kind: 'VALUE', value: Number(r.value) } });
    latestOf.set(Number(r.indicator_id), Number(r.value));
  }
  const bestOf = new Map<number, { high: number; low: number }>();
  for (const r of published) {
    const id = Number(r.indicator_id);
    const prev = bestOf.get(id);
    const high = Number(r.best_high);
    const low = Number(r.best_low);
    bestOf.set(id, prev ? { high: Math.max(prev.high, high), low: Math.min(prev.low, low) } : { high, low });
  }
  for (const t of targets) {
    const indicatorId = t.indicator.unwrap().id;
    const info = indicators.get(indicatorId);
    const target = parsePeriod(t.period);
    if (!info || !target) continue;
    const key = `${indicatorId}|${target.kind}`;
    const series = seriesOf.get(key) ?? [];
    const higher = info.polarity === 'HIGHER_IS_BETTER';
    const best = bestOf.get(indicatorId);
    const bestValue = best ? (higher ? best.high : best.low) : null;
    const last = series[series.length - 1];
    const current = last ? (last.value as { value: number }).value : (latestOf.get(indicatorId) ?? null);
    let projection: number | null = null;
    let change: number | null = null;
    if (last && series.length >= 2) {
      const ahead = periodsApart(last.period, t.period);
      const fit = ahead >= 0 ? trendProjection(series, ahead) : null;
      if (fit) {
        projection = fit.value;
        change = Math.abs(fit.slope);
      }
    }
    if (current === null && bestValue === null) continue;
    contexts.set(t.id, {
      polarity: info.polarity as TargetContext['polarity'],
      currentValue: current,
      bestComparatorValue: bestValue !== null && Number.isFinite(bestValue) ? bestValue : null,
      trendProjection: projection,
      typicalAnnualChange: change,
    });
  }
  return contexts;
}

export interface CascadeData {
  council: Council;
  snapshot: CascadeSnapshot;
  /** The period's priorities by id, for fields the domain rows do not carry. */
  priorities: Map<number, Priority>;
  /** Indicator ids of the targets, by target id. */
  targetIndicators: Map<number, number>;
  /** The period's targets, with their indicators loaded (tolerances, polarity: the performance status). */
  targets: Target[];
}

/**
 * The snapshot of a council for a period, or null when the council does not exist. Rows of the
 * period only (writes keep a period's thread within the period). `published`: only COMMUNICATED
 * priorities and explicit non-priorities, and no appraisal objectives or staff (for viewers who may
 * not read the council's unpublished data).
 */
/**
 * Rows read only to build the snapshot: just the columns it takes, never into the identity map (a
 * 20,000-person council has as many appraisal objectives: hydrating them as managed entities was most
 * of the cost of the golden thread and the health check).
 */
const flat = <F extends string>(fields: F[]) => ({ fields, disableIdentityMap: true, orderBy: { id: 'asc' } }) as const;

export async function loadCascade(
  em: Em,
  councilId: number,
  period: string,
  options: { today?: string; published?: boolean; rows?: CouncilRows } = {},
): Promise<CascadeData | null> {
  const council = await em.findOne(Council, { id: councilId });
  if (!council) return null;
  const rows = councilRowsFor(em, councilId, options.rows);
  const inPeriod = { council: councilId, period };
  const [
    limits,
    priorities,
    objectives,
    objectiveLinks,
    milestones,
    targets,
    objectiveTargets,
    priorityTargets,
    appraisals,
    consultations,
    consultationGroups,
    consultationLinks,
    communications,
    communicationGroups,
    communicationLinks,
    people,
    services,
    directorates,
  ] = await Promise.all([
    em.find(PriorityLimit, { council: councilId }),
    em.find(Priority, inPeriod, { orderBy: { id: 'asc' } }),
    plainRows(em, Objective, inPeriod, ['id', 'name', 'service', 'owner', 'period'] as const),
    em.find(ObjectivePriority, { objective: inPeriod }, flat(['id', 'objective', 'priority'])),
    em.find(Milestone, { objective: inPeriod }, flat(['id', 'objective', 'name', 'due', 'completedOn', 'status'])),
    em.find(Target, inPeriod, { populate: ['indicator'], strategy: 'joined', orderBy: { id: 'asc' } }),
    em.find(ObjectiveTarget, { objective: inPeriod }, flat(['id', 'objective', 'target'])),
    em.find(PriorityTarget, { priority: inPeriod }, flat(['id', 'priority', 'target'])),
    options.published
      ? Promise.resolve([])
      : plainRows(em, AppraisalObjective, inPeriod, [
          'id',
          'person',
          'name',
          'objective',
          'priority',
          'period',
          'agreedOn',
          'reviewedOn',
          'rating',
        ] as const),
    em.find(Consultation, { council: councilId, priorityLinks: { priority: inPeriod } }, { orderBy: { id: 'asc' } }),
    em.find(ConsultationGroup, { consultation: { council: councilId, priorityLinks: { priority: inPeriod } } }, { orderBy: { id: 'asc' } }),
    em.find(ConsultationPriority, { priority: inPeriod }, { orderBy: { id: 'asc' } }),
    em.find(Communication, { council: councilId, priorityLinks: { priority: inPeriod } }, { orderBy: { id: 'asc' } }),
    em.find(
      CommunicationGroup,
      { communication: { council: councilId, priorityLinks: { priority: inPeriod } } },
      { orderBy: { id: 'asc' } },
    ),
    em.find(CommunicationPriority, { priority: inPeriod }, { orderBy: { id: 'asc' } }),
    rows.people(),
    rows.services(),
    rows.directorates(),
  ]);

  // Viewers outside the council see what the visibility rules let them (access/visibility.ts): the
  // published priorities, the objectives delivering them (with their milestones and targets) and
  // the people whose names are public. Nothing of the rest, not even as an "orphan".
  const visible = options.published ? priorities.filter(isPublishedPriority) : priorities;
  const visibleIds = new Set(visible.map((p) => p.id));

  const priorityIdsOf = new Map<number, number[]>();
  for (const l of objectiveLinks) push(priorityIdsOf, idOf(l.objective)!, idOf(l.priority)!);
  const shownObjectives = options.published
    ? objectives.filter((o) => (priorityIdsOf.get(o.id) ?? []).some((id) => visibleIds.has(id)))
    : objectives;
  const shownObjectiveIds = new Set(shownObjectives.map((o) => o.id));
  const publicIds = options.published ? (await publicPersonIds(em, [councilId])).get(councilId)! : null;
  const shownPeople = publicIds ? people.filter((p) => p.kind === PersonKind.COUNCILLOR || publicIds.has(p.id)) : people;
  const shownPeopleIds = new Set(shownPeople.map((p) => p.id));
  /** An owner the viewer may not see is no owner to them (the domain would still name the id). */
  const owner = (id: number | null) => (id !== null && shownPeopleIds.has(id) ? id : null);

  const contexts = await targetContexts(em, councilId, targets);
  const targetRows: TargetRow[] = [];
  const targetIndicators = new Map<number, number>();
  const linksOf = new Map<number, Array<{ objectiveId: number | null; priorityId: number | null }>>();
  for (const l of objectiveTargets)
    if (shownObjectiveIds.has(idOf(l.objective)!)) push(linksOf, idOf(l.target)!, { objectiveId: idOf(l.objective), priorityId: null });
  for (const l of priorityTargets)
    if (visibleIds.has(idOf(l.priority)!)) push(linksOf, idOf(l.target)!, { objectiveId: null, priorityId: idOf(l.priority) });
  const linked = new Set([...objectiveTargets, ...priorityTargets].map((l) => idOf(l.target)!));
  for (const t of targets) {
    const indicator = t.indicator.unwrap();
    targetIndicators.set(t.id, indicator.id);
    const base = {
      id: t.id,
      serviceId: idOf(t.service),
      indicatorId: indicator.id,
      indicatorName: indicator.title,
      precision: publishedPrecision(indicator),
      unit: indicator.unit ?? null,
      period: t.period,
      value: t.value,
    };
    const context = contexts.get(t.id);
    // A target measuring only what the viewer may not see is not shown either (not as unlinked).
    if (options.published && !linksOf.has(t.id) && linked.has(t.id)) continue;
    const links = linksOf.get(t.id) ?? [{ objectiveId: null, priorityId: null }];
    for (const link of links) targetRows.push(context ? { ...base, ...link, context } : { ...base, ...link });
  }

  const groupsOf = new Map<number, ConsultationRow['groups']>();
  for (const g of consultationGroups) push(groupsOf, idOf(g.consultation)!, { kind: g.kind, name: g.name, hardToReach: g.hardToReach });
  const consultedFor = new Map<number, number[]>();
  for (const l of consultationLinks) if (visibleIds.has(idOf(l.priority)!)) push(consultedFor, idOf(l.consultation)!, idOf(l.priority)!);
  const toldGroupsOf = new Map<number, CommunicationRow['groups']>();
  for (const g of communicationGroups) push(toldGroupsOf, idOf(g.communication)!, { kind: g.kind, name: g.name });
  const toldAbout = new Map<number, number[]>();
  for (const l of communicationLinks) if (visibleIds.has(idOf(l.priority)!)) push(toldAbout, idOf(l.communication)!, idOf(l.priority)!);

  const limitOf = (level: keyof PriorityLimits) => limits.find((l) => l.level === level)?.limit ?? null;
  const snapshot: CascadeSnapshot = {
    council: {
      id: council.id,
      name: council.name,
      priorityLimits: { CORPORATE: limitOf('CORPORATE'), DIRECTORATE: limitOf('DIRECTORATE'), SERVICE: limitOf('SERVICE') },
    },
    period,
    today: options.today ?? isoToday(),
    priorities: visible.map((p) => ({ ...priorityRow(p), ownerId: owner(idOf(p.owner)) })),
    objectives: shownObjectives.map(
      (o): ObjectiveRow => ({
        id: o.id,
        name: o.name,
        serviceId: o.service,
        ownerId: owner(o.owner),
        priorityIds: (priorityIdsOf.get(o.id) ?? []).filter((id) => !options.published || visibleIds.has(id)),
        period: o.period,
      }),
    ),
    milestones: milestones
      .filter((m) => shownObjectiveIds.has(idOf(m.objective)!))
      .map(
        (m): MilestoneRow => ({
          id: m.id,
          objectiveId: idOf(m.objective)!,
          name: m.name,
          due: m.due,
          completedOn: m.completedOn,
          status: m.status,
        }),
      ),
    targets: targetRows,
    appraisalObjectives: appraisals.map(
      (a): AppraisalObjectiveRow => ({
        id: a.id,
        personId: a.person,
        name: a.name,
        objectiveId: a.objective,
        priorityId: a.priority,
        period: a.period,
        agreedOn: a.agreedOn,
        reviewedOn: a.reviewedOn,
        rating: a.rating,
      }),
    ),
    consultations: consultations.map(
      (c): ConsultationRow => ({
        id: c.id,
        title: c.title,
        date: c.date,
        groups: groupsOf.get(c.id) ?? [],
        heard: c.heard,
        priorityIds: consultedFor.get(c.id) ?? [],
      }),
    ),
    communications: communications.map(
      (c): CommunicationRow => ({
        id: c.id,
        date: c.date,
        channel: c.channel,
        groups: toldGroupsOf.get(c.id) ?? [],
        priorityIds: toldAbout.get(c.id) ?? [],
      }),
    ),
    staff: options.published ? [] : people.filter((p) => p.kind === PersonKind.OFFICER).map((p) => ({ id: p.id, name: p.name })),
    // Services have plans; a team works to its service's plan (it may still have objectives of its own).
    services: services.filter((s) => s.kind === ServiceKind.SERVICE).map((s) => ({ id: s.id, name: s.name })),
    otherUnits: services.filter((s) => s.kind !== ServiceKind.SERVICE).map((s) => ({ id: s.id, name: s.name })),
    people: shownPeople.map((p) => ({ id: p.id, name: p.name })),
    directorates: directorates.map((d) => ({ id: d.id, name: d.name })),
  };
  return { council, snapshot, priorities: new Map(priorities.map((p) => [p.id, p])), targetIndicators, targets };
}
