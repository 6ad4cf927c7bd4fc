/** The API's answers mapped to the report model's data (pure: JSON in, ReportData's parts out). */
import type { CommentaryData, PriorityData, Rag, ReportData } from '@goldenthread/reports';
import { financialYear } from '@goldenthread/reports';
import type { Json } from './runner.js';

const rag = (s: string | null | undefined): Rag => (s === 'GREEN' || s === 'AMBER' || s === 'RED' ? s : 'NONE');

export function priority(p: Json): PriorityData {
  return {
    id: p.id,
    name: p.name,
    level: p.level,
    status: p.status,
    owner: p.owner?.name ?? null,
    // The performance status: targets, direction of travel and milestones of the subtree.
    performance: rag(p.performanceStatus.status),
    performanceReason: p.performanceStatus.reason ?? null,
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

export function healthCheckData(h: Json | undefined): ReportData['healthCheck'] {
  if (!h) return null;
  return {
    period: h.period,
    comparedWith: h.comparedWith ?? null,
    asOf: h.asOf,
    answers: [...h.questions, ...h.barriers, ...h.habits].map((a: Json) => ({
      section: a.section,
      key: a.key,
      title: a.title,
      score: a.score ?? null,
      maxScore: a.maxScore,
      answer: a.answer,
      improve: a.improve,
      change: a.change ?? null,
      unanswerable: a.unanswerable?.reason ?? null,
    })),
  };
}

/** A period of the financial year: the year itself, one of its quarters or one of its months. */
export function inFinancialYear(year: string, period: string): boolean {
  const { start } = financialYear(year);
  if (period === year || period.startsWith(`${year} Q`)) return true;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || (Number(m[1]) + 1) % 100 === Number(m[2])) return false;
  const month = Number(m[1]) * 12 + Number(m[2]);
  return month >= start * 12 + 4 && month <= (start + 1) * 12 + 3;
}

export const commentaryData = (c: Json): CommentaryData => ({
  indicatorId: c.indicator.id,
  code: c.indicator.displayCode ?? c.indicator.code,
  title: c.indicator.title,
  period: c.period,
  service: c.service?.name ?? null,
  whatHappened: c.whatHappened,
  why: c.why ?? null,
  whatWeAreDoing: c.whatWeAreDoing ?? null,
  author: c.author?.name ?? null,
  writtenOn: c.writtenOn,
});

export function risksData(risks: Json | null): Pick<ReportData, 'risks' | 'heatMap'> {
  const nodes = (risks?.risks as Json | undefined)?.nodes as Json[] | undefined;
  return {
    risks: nodes
      ? nodes.map((k) => ({
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
  };
}

export const actionsData = (actions: Json | null): ReportData['overdueActions'] =>
  actions
    ? ((actions.actions as Json).nodes as Json[]).map((a) => ({
        title: a.title,
        owner: a.owner?.name ?? null,
        due: a.due ?? null,
        status: a.status,
        source: a.source,
        service: a.service?.name ?? null,
        serviceId: a.serviceId ?? null,
      }))
    : null;

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

/** The work programme's recommendations and topics, the Best Value reviews and the complaint statistics of the year. */
export function governanceData(
  governance: Json,
  period: string,
): Pick<ReportData, 'recommendations' | 'topics' | 'reviews' | 'complaints'> {
  const programme = (governance.scrutinyWorkProgramme as Json).committees as Json[];
  const stats = governance.complaintStatistics as Json;
  const year = financialYear(period);
  return {
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
    reviews: ((governance.bestValueReviews as Json).nodes as Json[]).map((v) => ({
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
  };
}

export const healthInterfacesData = (council: Json | undefined): ReportData['healthInterfaces'] =>
  ((council?.healthInterfaces as Json[] | undefined) ?? []).map((h) => ({
    indicatorId: h.indicator?.id ?? null,
    indicator: h.indicator ? `${h.indicator.code} ${h.indicator.title}` : null,
    service: h.service?.name ?? null,
    partnerBody: h.partnerBody?.name ?? null,
    note: h.note ?? null,
  }));
