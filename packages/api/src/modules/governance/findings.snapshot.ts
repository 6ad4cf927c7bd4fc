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
  Directorate,
  Person,
  Portfolio,
  PortfolioDirectorate,
  PortfolioPriority,
  PortfolioService,
  Priority,
  PriorityLevel,
  Risk,
  ScrutinyRecommendation,
  Service,
  WardEnquiry,
  type Em,
} from '@goldenthread/db';
import type { GovernanceSnapshot } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';

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
export async function loadGovernanceSnapshot(em: Em, councilId: number, asOf: string, period: string): Promise<GovernanceSnapshot | null> {
  const council = await em.findOne(Council, { id: councilId }, { fields: ['id', 'name'], disableIdentityMap: true });
  if (!council) return null;
  const own = { council: councilId };
  const [people, directorates, services, priorities, portfolios, portfolioDirectorates, portfolioServices, portfolioPriorities] =
    await Promise.all([
      em.find(Person, own, partial(['id', 'name', 'leftOn'])),
      em.find(Directorate, own, partial(['id', 'name'])),
      em.find(Service, own, partial(['id', 'name', 'directorate'])),
      em.find(
        Priority,
        { ...own, period, level: { $in: [PriorityLevel.CORPORATE, PriorityLevel.DIRECTORATE] } },
        partial(['id', 'name', 'level', 'period', 'directorate', 'isNonPriority']),
      ),
      em.find(Portfolio, own, partial(['id', 'name'])),
      em.find(PortfolioDirectorate, { portfolio: own }, partial(['id', 'portfolio', 'directorate'])),
      em.find(PortfolioService, { portfolio: own }, partial(['id', 'portfolio', 'service'])),
      em.find(PortfolioPriority, { portfolio: own }, partial(['id', 'portfolio', 'priority'])),
    ]);
  const [risks, actions, reviews, reviewFindings, bvRecommendations, scrutinyRecommendations, committees] = await Promise.all([
    em.find(
      Risk,
      own,
      partial([
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
      ]),
    ),
    em.find(
      Action,
      own,
      partial([
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
      ]),
    ),
    em.find(BestValueReview, own, partial(['id', 'title', 'status', 'statusSince', 'service', 'directorate'])),
    em.find(BestValueFinding, { review: own }, partial(['id', 'review', 'kind'])),
    em.find(BestValueRecommendation, { review: own }, partial(['id', 'review', 'text', 'agreedOn'])),
    em.find(ScrutinyRecommendation, own, partial(['id', 'committee', 'text', 'madeOn', 'responseDue', 'response', 'respondedOn'])),
    em.find(DecisionBody, own, partial(['id', 'name'])),
  ]);
  const [complaints, themeLinks, panelMembers, themes, enquiries] = await Promise.all([
    em.find(Complaint, own, partial(['id', 'reference', 'service', 'receivedOn', 'stage', 'outcome', 'responseDue', 'respondedOn'])),
    em.find(ComplaintThemeLink, { complaint: own }, partial(['id', 'complaint', 'theme'])),
    em.find(ComplaintPanelMember, { complaint: own }, partial(['id', 'complaint', 'person'])),
    em.find(ComplaintTheme, own, partial(['id', 'name'])),
    em.find(
      WardEnquiry,
      own,
      partial(['id', 'councillor', 'ward', 'service', 'subject', 'raisedOn', 'responseDue', 'respondedOn', 'status']),
    ),
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
    services: services.map((s) => ({ id: s.id, name: s.name, directorateId: idOf(s.directorate)! })),
    priorities: priorities.map((p) => ({
      id: p.id,
      name: p.name,
      level: p.level === PriorityLevel.CORPORATE ? 'CORPORATE' : 'DIRECTORATE',
      period: p.period,
      directorateId: idOf(p.directorate),
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
      directorateId: idOf(r.directorate),
      priorityId: idOf(r.priority),
      ownerId: idOf(r.owner),
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      reviewDue: r.reviewDue,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      source: a.source,
      ownerId: idOf(a.owner),
      due: a.due,
      riskId: idOf(a.risk),
      complaintId: idOf(a.complaint),
      bestValueRecommendationId: idOf(a.bestValueRecommendation),
      scrutinyRecommendationId: idOf(a.scrutinyRecommendation),
    })),
    bestValueReviews: reviews.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      statusSince: r.statusSince,
      serviceId: idOf(r.service),
      directorateId: idOf(r.directorate),
      findingKinds: kinds.get(r.id) ?? [],
    })),
    bestValueRecommendations: bvRecommendations.map((r) => ({ id: r.id, reviewId: idOf(r.review)!, text: r.text, agreedOn: r.agreedOn })),
    scrutinyRecommendations: scrutinyRecommendations.map((r) => {
      const committeeId = idOf(r.committee)!;
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
      serviceId: idOf(c.service)!,
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
      councillorId: idOf(e.councillor)!,
      ward: e.ward,
      serviceId: idOf(e.service)!,
      subject: e.subject,
      raisedOn: e.raisedOn,
      responseDue: e.responseDue,
      respondedOn: e.respondedOn,
      status: e.status,
    })),
  };
}
