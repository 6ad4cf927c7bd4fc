/**
 * Loads one council's governance records as the plain snapshot the governance checks take
 * (packages/domain/src/governance/snapshot.ts), from a fixed set of flat queries (one per table, only
 * the columns the checks read): the statement count does not depend on how many risks, actions,
 * complaints or people the council has.
 */
import {
  Action,
  BestValueFinding,
  BestValueRecommendation,
  BestValueReview,
  Complaint,
  Council,
  ComplaintPanelMember,
  ComplaintTheme,
  ComplaintThemeLink,
  DecisionBody,
  Portfolio,
  PortfolioDirectorate,
  PortfolioPriority,
  PortfolioService,
  Priority,
  PriorityLevel,
  Risk,
  ScrutinyRecommendation,
  WardEnquiry,
  type Em,
} from '@goldenthread/db';
import type { GovernanceSnapshot } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { plainRows } from '../shared/plain-rows.js';
import { type CouncilRows, councilRowsFor } from '../shared/council-rows.js';

/** Partial rows for a check: never into the identity map (CONTRIBUTING "Partial rows"). */
const partial = <F extends string>(fields: F[]) => ({ fields, disableIdentityMap: true, orderBy: { id: 'asc' } }) as const;

function group<R>(rows: readonly R[], key: (r: R) => number | null, value: (r: R) => number | null): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const r of rows) {
    const k = key(r);
    const v = value(r);
    if (k === null || v === null) continue;
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  }
  return map;
}

/**
 * The council's governance snapshot judged at `asOf`, with the corporate and directorate priorities
 * of `period`; null when the council does not exist.
 */
export async function loadGovernanceSnapshot(
  em: Em,
  councilId: number,
  asOf: string,
  period: string,
  given?: CouncilRows,
): Promise<GovernanceSnapshot | null> {
  const council = await em.findOne(Council, { id: councilId }, { fields: ['id', 'name'], disableIdentityMap: true });
  if (!council) return null;
  const own = { council: councilId };
  const rows = councilRowsFor(em, councilId, given);
  const [people, directorates, services, priorities, portfolios, portfolioDirectorates, portfolioServices, portfolioPriorities] =
    await Promise.all([
      rows.people(),
      rows.directorates(),
      rows.services(),
      plainRows(em, Priority, { ...own, period, level: { $in: [PriorityLevel.CORPORATE, PriorityLevel.DIRECTORATE] } }, [
        'id',
        'name',
        'level',
        'period',
        'directorate',
        'isNonPriority',
      ] as const),
      plainRows(em, Portfolio, own, ['id', 'name'] as const),
      em.find(PortfolioDirectorate, { portfolio: own }, partial(['id', 'portfolio', 'directorate'])),
      em.find(PortfolioService, { portfolio: own }, partial(['id', 'portfolio', 'service'])),
      em.find(PortfolioPriority, { portfolio: own }, partial(['id', 'portfolio', 'priority'])),
    ]);
  const [risks, actions, reviews, reviewFindings, bvRecommendations, scrutinyRecommendations, committees] = await Promise.all([
    plainRows(em, Risk, own, [
      'id',
      'reference',
      'title',
      'status',
      'directorate',
      'priority',
      'owner',
      'residualLikelihood',
      'residualImpact',
      'reviewDue',
    ] as const),
    plainRows(em, Action, own, [
      'id',
      'title',
      'status',
      'source',
      'owner',
      'due',
      'risk',
      'complaint',
      'bestValueRecommendation',
      'scrutinyRecommendation',
    ] as const),
    plainRows(em, BestValueReview, own, ['id', 'title', 'status', 'statusSince', 'service', 'directorate'] as const),
    em.find(BestValueFinding, { review: own }, partial(['id', 'review', 'kind'])),
    em.find(BestValueRecommendation, { review: own }, partial(['id', 'review', 'text', 'agreedOn'])),
    plainRows(em, ScrutinyRecommendation, own, ['id', 'committee', 'text', 'madeOn', 'responseDue', 'response', 'respondedOn'] as const),
    plainRows(em, DecisionBody, own, ['id', 'name'] as const),
  ]);
  const [complaints, themeLinks, panelMembers, themes, enquiries] = await Promise.all([
    plainRows(em, Complaint, own, ['id', 'reference', 'service', 'receivedOn', 'stage', 'outcome', 'responseDue', 'respondedOn'] as const),
    em.find(ComplaintThemeLink, { complaint: own }, partial(['id', 'complaint', 'theme'])),
    em.find(ComplaintPanelMember, { complaint: own }, partial(['id', 'complaint', 'person'])),
    plainRows(em, ComplaintTheme, own, ['id', 'name'] as const),
    plainRows(em, WardEnquiry, own, [
      'id',
      'councillor',
      'ward',
      'service',
      'subject',
      'raisedOn',
      'responseDue',
      'respondedOn',
      'status',
    ] as const),
  ]);

  const pDirectorates = group(
    portfolioDirectorates,
    (r) => idOf(r.portfolio),
    (r) => idOf(r.directorate),
  );
  const pServices = group(
    portfolioServices,
    (r) => idOf(r.portfolio),
    (r) => idOf(r.service),
  );
  const pPriorities = group(
    portfolioPriorities,
    (r) => idOf(r.portfolio),
    (r) => idOf(r.priority),
  );
  const kinds = new Map<number, BestValueFinding['kind'][]>();
  for (const f of reviewFindings) kinds.set(idOf(f.review)!, [...(kinds.get(idOf(f.review)!) ?? []), f.kind]);
  const committeeName = new Map(committees.map((c) => [c.id, c.name]));
  const complaintThemes = group(
    themeLinks,
    (r) => idOf(r.complaint),
    (r) => idOf(r.theme),
  );
  const complaintPanels = group(
    panelMembers,
    (r) => idOf(r.complaint),
    (r) => idOf(r.person),
  );

  return {
    council: { id: council.id, name: council.name },
    asOf,
    period,
    people: people.map((p) => ({ id: p.id, name: p.name, leftOn: p.leftOn })),
    directorates: directorates.map((d) => ({ id: d.id, name: d.name })),
    services: services.map((s) => ({ id: s.id, name: s.name, directorateId: s.directorate! })),
    priorities: priorities.map((p) => ({
      id: p.id,
      name: p.name,
      level: p.level === PriorityLevel.CORPORATE ? 'CORPORATE' : 'DIRECTORATE',
      period: p.period,
      directorateId: p.directorate,
      isNonPriority: p.isNonPriority,
    })),
    portfolios: portfolios.map((p) => ({
      id: p.id,
      name: p.name,
      directorateIds: pDirectorates.get(p.id) ?? [],
      serviceIds: pServices.get(p.id) ?? [],
      priorityIds: pPriorities.get(p.id) ?? [],
    })),
    risks: risks.map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      status: r.status,
      directorateId: r.directorate,
      priorityId: r.priority,
      ownerId: r.owner,
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      reviewDue: r.reviewDue,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      source: a.source,
      ownerId: a.owner,
      due: a.due,
      riskId: a.risk,
      complaintId: a.complaint,
      bestValueRecommendationId: a.bestValueRecommendation,
      scrutinyRecommendationId: a.scrutinyRecommendation,
    })),
    bestValueReviews: reviews.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      statusSince: r.statusSince,
      serviceId: r.service,
      directorateId: r.directorate,
      findingKinds: kinds.get(r.id) ?? [],
    })),
    bestValueRecommendations: bvRecommendations.map((r) => ({ id: r.id, reviewId: idOf(r.review)!, text: r.text, agreedOn: r.agreedOn })),
    scrutinyRecommendations: scrutinyRecommendations.map((r) => {
      const committeeId = r.committee;
      return {
        id: r.id,
        committeeId,
        committeeName: committeeName.get(committeeId) ?? 'committee',
        text: r.text,
        madeOn: r.madeOn,
        responseDue: r.responseDue,
        response: r.response,
        respondedOn: r.respondedOn,
      };
    }),
    complaints: complaints.map((c) => ({
      id: c.id,
      reference: c.reference,
      serviceId: c.service,
      receivedOn: c.receivedOn,
      stage: c.stage,
      outcome: c.outcome,
      responseDue: c.responseDue,
      respondedOn: c.respondedOn,
      themeIds: complaintThemes.get(c.id) ?? [],
      panelMemberIds: complaintPanels.get(c.id) ?? [],
    })),
    complaintThemes: themes.map((t) => ({ id: t.id, name: t.name })),
    wardEnquiries: enquiries.map((e) => ({
      id: e.id,
      councillorId: e.councillor,
      ward: e.ward,
      serviceId: e.service,
      subject: e.subject,
      raisedOn: e.raisedOn,
      responseDue: e.responseDue,
      respondedOn: e.respondedOn,
      status: e.status,
    })),
  };
}
