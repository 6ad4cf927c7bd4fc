/**
 * The GraphQL operations a report pack is gathered with, executed in-process against the API's
 * schema as the viewer (their context, so the API's access and visibility rules apply unchanged:
 * the public pack, run as an anonymous viewer, sees published data only). Staff-only reads (risks,
 * actions) that the viewer may not make come back as "not available" rather than failing the pack.
 */
import { AppError, type GoldenThreadApi, type GqlContext } from '@goldenthread/api';
import type { Audience, IndicatorTrendData, PriorityData, Rag, ReportData, TrendComparator } from '@goldenthread/reports';
import { DEFAULT_COMMITTEE, financialYear, yearBefore } from '@goldenthread/reports';

type Json = Record<string, any>;

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

class Runner {
  constructor(
    private readonly api: GoldenThreadApi,
    private readonly ctx: GqlContext,
  ) {}

  /** Runs one operation; with `optional`, a refusal (FORBIDDEN, UNAUTHENTICATED) answers null. */
  async run<T = Json>(query: string, variables: Json, optional = false): Promise<T | null> {
    const res = await this.api.apollo.executeOperation({ query, variables }, { contextValue: this.ctx });
    if (res.body.kind !== 'single') throw new Error('reports: incremental delivery is not expected');
    const { data, errors } = res.body.singleResult;
    if (errors?.length) {
      const code = String(errors[0]!.extensions?.code ?? '');
      if (optional && REFUSALS.has(code)) return null;
      if (code && code !== 'INTERNAL_SERVER_ERROR') throw new AppError(code as never, errors[0]!.message);
      throw new Error(`reports: ${errors.map((e) => e.message).join('; ')}`);
    }
    return data as T;
  }
}

const COUNCIL = `query ReportCouncil($gss: String!) {
  viewer { kind council { gssCode } }
  council(gssCode: $gss) {
    id name officialName gssCode
    decisionBodies { id name kind }
    portfolios { id name description holders { current person { name } } }
  }
}`;

const PORTFOLIO = `query ReportPortfolio($id: ID!) {
  node(id: $id) { ... on Portfolio { id name description council { gssCode } holders { current person { name } }
    coverage { directorates { id } services { id } priorities { id } } } }
}`;

const priorityFields = (performance: boolean) => `id name level status owner { name }
  rollup { status objectives targets milestones { total complete overdue atRisk } }
  ${performance ? 'performanceStatus { status reason }' : ''}
  targets { indicatorId indicatorName period value }
  objectives { name service { name } rollup { status } milestones { name due complete overdue status } }`;

const cascadeQuery = (performance: boolean) => `query ReportCascade($councilId: ID!, $period: String!) {
  cascade(councilId: $councilId, period: $period) {
    includesUnpublished today
    corporate { ${priorityFields(performance)} children { ${priorityFields(performance)} children { ${priorityFields(performance)} } } }
  }
}`;

/** The exceptions of several periods, one alias each. */
function exceptionsQuery(periods: readonly string[]): string {
  const fields = periods
    .map(
      (p, i) =>
        `x${i}: performanceExceptions(gssCode: $gss, period: ${JSON.stringify(p)}) {
          severity message reasons period indicator { id code displayCode title } }`,
    )
    .join('\n');
  return `query ReportExceptions($gss: String!) { ${fields} }`;
}

const RISKS = `query ReportRisks($councilId: ID!) {
  risks(councilId: $councilId, first: 500) {
    totalCount
    nodes { reference title corporate status inherentScore residualScore residualLikelihood residualImpact residualRating
      reviewDue directorateId directorate { name } owner { name } priority { name } }
  }
  riskHeatMap(councilId: $councilId, scores: RESIDUAL, status: OPEN) { likelihood impact count band riskIds }
}`;

const ACTIONS = `query ReportActions($councilId: ID!, $asOf: String!) {
  actions(councilId: $councilId, overdue: true, asOf: $asOf, first: 500) {
    nodes { title due status source serviceId service { name } owner { name } }
  }
}`;

const GOVERNANCE = `query ReportGovernance($councilId: ID!, $from: String!, $to: String!) {
  scrutinyWorkProgramme(councilId: $councilId) {
    committees {
      committee { name }
      meetings { heldOn }
      topics { title status plannedFor health }
      recommendations { text madeOn responseDue response responseText respondedOn unanswered topic { title } }
    }
  }
  bestValueReviews(councilId: $councilId, first: 200) {
    nodes { title scope status statusSince startedOn closedOn chosenOption unitCost comparatorUnitCost
      service { id name } directorate { name } recommendations { text agreedOn } }
  }
  complaintStatistics(councilId: $councilId, from: $from, to: $to) {
    from to
    total { received closed upheld upheldShare judged withinTimescale withinTimescaleShare topThemes { count theme { name } } }
    byService { service { id name } received closed upheld upheldShare judged withinTimescale withinTimescaleShare
      topThemes { count theme { name } } }
  }
}`;

const INDICATORS = `query ReportIndicators($councilId: ID!) {
  targets(councilId: $councilId) { period indicator { id code displayCode title framework frequency polarity unit source definition } }
  comparatorGroups(councilId: $councilId) { id name }
  council(id: $councilId) { healthInterfaces { note indicator { id code title } service { name } partnerBody { name } } }
}`;

const SERIES = `query ReportSeries($gss: String!, $ids: [ID!]!, $from: String!, $to: String!, $group: GroupInput) {
  indicatorSeries(gssCode: $gss, indicatorIds: $ids, from: $from, to: $to, group: $group) {
    direction indicator { id }
    points { period value target rag status valueStatus }
    position { period rank count quartile groupName }
  }
}`;

/** The comparator group's median and quartiles and England's median for each period (two aliases a period). */
function comparatorsQuery(periods: readonly string[]): string {
  const fields = periods
    .map((p, i) => {
      const period = JSON.stringify(p);
      return `g${i}: comparison(indicatorId: $id, period: ${period}, gssCode: $gss, group: $group) { median q1 q3 groupName }
      e${i}: comparison(indicatorId: $id, period: ${period}, gssCode: $gss, group: { kind: ALL_ENGLAND }) { median }`;
    })
    .join('\n');
  return `query ReportComparators($id: ID!, $gss: String!, $group: GroupInput) { ${fields} }`;
}

const rag = (s: string | null | undefined): Rag => (s === 'GREEN' || s === 'AMBER' || s === 'RED' ? s : 'NONE');

function priority(p: Json): PriorityData {
  return {
    id: p.id,
    name: p.name,
    level: p.level,
    status: p.status,
    owner: p.owner?.name ?? null,
    // The performance status (targets, direction and milestones) where the API has it; else the milestones' roll-up.
    performance: rag(p.performanceStatus?.status ?? p.rollup.status),
    performanceReason: p.performanceStatus?.reason ?? null,
    milestones: p.rollup.milestones,
    objectives: (p.objectives ?? []).map((o: Json) => ({
      name: o.name,
      service: o.service?.name ?? null,
      performance: rag(o.rollup.status),
      milestones: o.milestones,
    })),
    targets: p.targets ?? [],
    children: (p.children ?? []).map(priority),
  };
}

export interface PackRequest {
  audience: Audience;
  gssCode: string;
  period: string;
  portfolioId?: string | undefined;
  meetingDate?: string | undefined;
  /** ISO date milestones and actions are judged on (default today). */
  asOf?: string | undefined;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The pack's data, read as the viewer through the API. The public pack is read anonymously whoever
 * asks (published data only); the others are for the council's own people.
 */
export async function gatherReportData(api: GoldenThreadApi, ctx: GqlContext, request: PackRequest): Promise<ReportData> {
  const r = new Runner(api, ctx);
  const { audience, gssCode: gss, period } = request;
  const year = financialYear(period);
  const asOf = request.asOf ?? isoDay(new Date());
  const dataAsAt = new Date().toISOString();

  const head = await r.run(COUNCIL, { gss }).catch((error) => {
    // An unknown GSS code is the caller's "not found", whatever the API calls it.
    if (error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT') return { viewer: null, council: null };
    throw error;
  });
  const council = head!.council as Json | null;
  if (!council) throw new AppError('NOT_FOUND', `No council has the GSS code ${gss}.`);
  if (audience !== 'public') {
    const viewer = head!.viewer as Json;
    if (viewer.kind === 'ANONYMOUS')
      throw new AppError('UNAUTHENTICATED', `The ${audience} pack is for ${council.name}\u2019s own people: sign in first.`);
    if (viewer.kind !== 'PERSON' || viewer.council?.gssCode !== gss) {
      throw new AppError(
        'FORBIDDEN',
        `The ${audience} pack is for ${council.name}\u2019s own people; the public pack is open to everyone.`,
      );
    }
  }
  const councilId = council.id as string;

  let portfolio: ReportData['portfolio'] = null;
  if (audience === 'portfolio') {
    if (!request.portfolioId)
      throw new AppError('BAD_USER_INPUT', 'The portfolio pack needs ?portfolio=<id> (a portfolio of the council).', {
        field: 'portfolio',
      } as never);
    const found = (
      await r.run(PORTFOLIO, { id: request.portfolioId }).catch((error) => {
        if (error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT') return null;
        throw error;
      })
    )?.node as Json | null;
    if (!found?.coverage || found.council?.gssCode !== gss)
      throw new AppError('NOT_FOUND', `${council.name} has no portfolio with the id ${request.portfolioId}.`);
    portfolio = {
      id: found.id,
      name: found.name,
      description: found.description ?? null,
      holders: found.holders.filter((h: Json) => h.current).map((h: Json) => h.person.name),
      priorityIds: found.coverage.priorities.map((p: Json) => p.id),
      directorateIds: found.coverage.directorates.map((p: Json) => p.id),
      serviceIds: found.coverage.services.map((p: Json) => p.id),
    };
  }

  const hasPerformance = Boolean((api.schema.getType('CascadePriority') as any)?.getFields?.().performanceStatus);
  const staff = audience !== 'public';
  const [cascade, risks, actions, governance, indicatorsHead] = await Promise.all([
    r.run(cascadeQuery(hasPerformance), { councilId, period }),
    staff ? r.run(RISKS, { councilId }, true) : null,
    staff ? r.run(ACTIONS, { councilId, asOf }, true) : null,
    r.run(GOVERNANCE, { councilId, from: year.from, to: year.to }),
    r.run(INDICATORS, { councilId }),
  ]);

  // The indicators the council sets targets for, national first (by framework and code).
  const byId = new Map<string, Json>();
  for (const t of (indicatorsHead!.targets as Json[]) ?? []) byId.set(t.indicator.id, t.indicator);
  const indicators = [...byId.values()].sort(
    (a, b) => (a.framework === 'LOCAL' ? 1 : 0) - (b.framework === 'LOCAL' ? 1 : 0) || a.code.localeCompare(b.code),
  );
  const custom = (indicatorsHead!.comparatorGroups as Json[])[0];
  const group = custom ? { kind: 'CUSTOM', groupId: custom.id } : { kind: 'SAME_TYPE' };
  const national = indicators.filter((i) => i.framework !== 'LOCAL');
  const local = indicators.filter((i) => i.framework === 'LOCAL');
  // National: the five financial years up to the pack's; local (monthly): the pack's year and the one before.
  const [nationalSeries, localSeries] = await Promise.all([
    national.length ? r.run(SERIES, { gss, ids: national.map((i) => i.id), from: yearBefore(period, 4), to: period, group }) : null,
    local.length
      ? r.run(SERIES, { gss, ids: local.map((i) => i.id), from: `${year.start - 1}-04`, to: `${year.start + 1}-03`, group })
      : null,
  ]);
  const series = new Map<string, Json>();
  for (const s of [...((nationalSeries?.indicatorSeries as Json[]) ?? []), ...((localSeries?.indicatorSeries as Json[]) ?? [])])
    series.set(s.indicator.id, s);

  // The exceptions of the year (annual indicators) and of the latest month and quarter of it with a
  // figure this viewer sees (monthly and quarterly indicators), as the API finds them.
  const firstMonth = `${year.start}-04`;
  const lastMonth = `${year.start + 1}-03`;
  const seen = indicators.flatMap((ind) =>
    ((series.get(ind.id)?.points as Json[] | undefined) ?? [])
      .filter((p) => p.value !== null)
      .map((p) => ({ frequency: ind.frequency as string, period: p.period as string })),
  );
  const latestOf = (frequency: string, inYear: (p: string) => boolean) =>
    seen
      .filter((x) => x.frequency === frequency && inYear(x.period))
      .map((x) => x.period)
      .sort()
      .at(-1);
  const exceptionPeriods = [
    period,
    latestOf('MONTHLY', (p) => p >= firstMonth && p <= lastMonth),
    latestOf('QUARTERLY', (p) => p.startsWith(`${period} Q`)),
  ].filter((p): p is string => Boolean(p));
  const exceptions = await r.run(exceptionsQuery([...new Set(exceptionPeriods)]), { gss });
  const exceptionRows = Object.values(exceptions ?? {}).flatMap((list) => list as Json[]);

  const comparators = new Map<string, { rows: TrendComparator[]; groupName: string | null }>();
  await Promise.all(
    national.map(async (ind) => {
      // The periods the council has a figure for (a comparison is a read of every council's value).
      const periods = ((series.get(ind.id)?.points as Json[]) ?? [])
        .filter((p) => p.value !== null)
        .map((p) => p.period as string)
        .slice(-10);
      if (!periods.length) return;
      const res = await r.run(comparatorsQuery(periods), { id: ind.id, gss, group });
      const rows = periods.map((p, i) => ({
        period: p,
        median: res?.[`g${i}`]?.median ?? null,
        q1: res?.[`g${i}`]?.q1 ?? null,
        q3: res?.[`g${i}`]?.q3 ?? null,
        england: res?.[`e${i}`]?.median ?? null,
      }));
      comparators.set(ind.id, { rows, groupName: periods.map((_, i) => res?.[`g${i}`]?.groupName).find(Boolean) ?? null });
    }),
  );
  const trends: IndicatorTrendData[] = indicators.map((ind) => {
    const s = series.get(ind.id);
    const c = comparators.get(ind.id);
    return {
      id: ind.id,
      code: ind.displayCode ?? ind.code,
      title: ind.title,
      framework: ind.framework,
      unit: ind.unit ?? null,
      polarity: ind.polarity,
      frequency: ind.frequency,
      source: ind.source ?? null,
      definition: ind.definition ?? null,
      direction: s?.direction ?? 'UNKNOWN',
      points: ((s?.points as Json[]) ?? []).map((p) => ({
        period: p.period,
        value: p.value,
        target: p.target,
        rag: p.rag,
        status: p.status ?? null,
        valueStatus: p.valueStatus,
      })),
      comparators: c?.rows ?? [],
      groupName: c?.groupName ?? null,
      position: s?.position
        ? {
            period: s.position.period,
            rank: s.position.rank,
            count: s.position.count,
            quartile: s.position.quartile,
            groupName: s.position.groupName,
          }
        : null,
    };
  });

  const programme = (governance!.scrutinyWorkProgramme as Json).committees as Json[];
  const stats = governance!.complaintStatistics as Json;
  const figures = (f: Json) => ({
    received: f.received,
    closed: f.closed,
    upheld: f.upheld,
    upheldShare: f.upheldShare,
    judged: f.judged,
    withinTimescale: f.withinTimescale,
    withinTimescaleShare: f.withinTimescaleShare,
    topThemes: f.topThemes.map((t: Json) => ({ theme: t.theme.name, count: t.count })),
  });
  const executive = (council.decisionBodies as Json[]).find((b) => b.kind === 'EXECUTIVE');
  const scrutinyCommittee = programme.find((c) => c.recommendations.length || c.topics.length) ?? programme[0];
  const committee =
    audience === 'executive' && executive
      ? executive.name
      : audience === 'scrutiny' && scrutinyCommittee
        ? scrutinyCommittee.committee.name
        : audience === 'portfolio' && portfolio
          ? `${portfolio.name} portfolio holder${portfolio.holders.length ? ` (${portfolio.holders.join(', ')})` : ''}`
          : DEFAULT_COMMITTEE[audience];
  const nextMeeting =
    audience === 'scrutiny' && scrutinyCommittee
      ? ((scrutinyCommittee.meetings as Json[])
          .map((m) => m.heldOn as string)
          .filter((d) => d >= asOf)
          .sort()[0] ?? null)
      : null;

  const riskNodes = (risks?.risks as Json | undefined)?.nodes as Json[] | undefined;
  return {
    audience,
    council: { name: council.name, gssCode: council.gssCode, officialName: council.officialName ?? null },
    period,
    committee,
    meetingDate: request.meetingDate ?? nextMeeting,
    dataAsAt,
    asOf,
    portfolio,
    includesUnpublished: Boolean((cascade!.cascade as Json).includesUnpublished),
    priorities: ((cascade!.cascade as Json).corporate as Json[]).map(priority),
    exceptions: exceptionRows.map((e) => ({
      indicatorId: e.indicator.id,
      code: e.indicator.displayCode ?? e.indicator.code,
      title: e.indicator.title,
      period: e.period ?? null,
      severity: e.severity,
      reasons: e.reasons,
      message: e.message,
    })),
    risks: riskNodes
      ? riskNodes.map((k) => ({
          reference: k.reference,
          title: k.title,
          register: k.corporate ? 'Corporate' : (k.directorate?.name ?? 'Directorate'),
          owner: k.owner?.name ?? null,
          inherentScore: k.inherentScore,
          residualScore: k.residualScore,
          residualLikelihood: k.residualLikelihood,
          residualImpact: k.residualImpact,
          residualRating: k.residualRating,
          status: k.status,
          reviewDue: k.reviewDue ?? null,
          priority: k.priority?.name ?? null,
          directorateId: k.directorateId ?? null,
        }))
      : null,
    heatMap: (risks?.riskHeatMap as ReportData['heatMap']) ?? null,
    overdueActions: actions
      ? ((actions.actions as Json).nodes as Json[]).map((a) => ({
          title: a.title,
          owner: a.owner?.name ?? null,
          due: a.due ?? null,
          status: a.status,
          source: a.source,
          service: a.service?.name ?? null,
          serviceId: a.serviceId ?? null,
        }))
      : null,
    recommendations: programme.flatMap((c) =>
      (c.recommendations as Json[]).map((x) => ({
        committee: c.committee.name,
        topic: x.topic?.title ?? null,
        text: x.text,
        madeOn: x.madeOn,
        responseDue: x.responseDue,
        response: x.response ?? null,
        responseText: x.responseText ?? null,
        respondedOn: x.respondedOn ?? null,
        unanswered: x.unanswered,
      })),
    ),
    topics: programme.flatMap((c) =>
      (c.topics as Json[]).map((t) => ({
        committee: c.committee.name,
        title: t.title,
        status: t.status,
        plannedFor: t.plannedFor ?? null,
        health: t.health,
      })),
    ),
    reviews: ((governance!.bestValueReviews as Json).nodes as Json[]).map((v) => ({
      title: v.title,
      scope: v.scope,
      service: v.service?.name ?? null,
      serviceId: v.service?.id ?? null,
      directorate: v.directorate?.name ?? null,
      status: v.status,
      statusSince: v.statusSince,
      startedOn: v.startedOn,
      closedOn: v.closedOn ?? null,
      chosenOption: v.chosenOption ?? null,
      unitCost: v.unitCost ?? null,
      comparatorUnitCost: v.comparatorUnitCost ?? null,
      recommendations: v.recommendations.map((x: Json) => ({ text: x.text, agreedOn: x.agreedOn ?? null })),
    })),
    complaints: stats
      ? {
          from: stats.from ?? year.from,
          to: stats.to ?? year.to,
          total: figures(stats.total),
          byService: (stats.byService as Json[]).map((s) => ({ service: s.service.name, serviceId: s.service.id, ...figures(s) })),
        }
      : null,
    indicators: trends,
    healthInterfaces: (((indicatorsHead!.council as Json)?.healthInterfaces as Json[] | undefined) ?? []).map((h) => ({
      indicatorId: h.indicator?.id ?? null,
      indicator: h.indicator ? `${h.indicator.code} ${h.indicator.title}` : null,
      service: h.service?.name ?? null,
      partnerBody: h.partnerBody?.name ?? null,
      note: h.note ?? null,
    })),
  };
}
