/**
 * A report pack's data, gathered with GraphQL operations (operations.ts) executed in-process against
 * the API's schema as the viewer (runner.ts: their context, so the API's access and visibility rules
 * apply unchanged: the public pack, run as an anonymous viewer, sees published data only). Staff-only
 * reads (risks, actions, the health check) that the viewer may not make come back as "not available"
 * rather than failing the pack. The answers are mapped to the report model in mappers.ts and
 * indicators.ts.
 */
import { AppError, type GoldenThreadApi, type GqlContext } from '@goldenthread/api';
import type { Audience, ReportData } from '@goldenthread/reports';
import { DEFAULT_COMMITTEE, financialYear } from '@goldenthread/reports';
import { gatherIndicators } from './indicators.js';
import {
  actionsData,
  commentaryData,
  governanceData,
  healthCheckData,
  healthInterfacesData,
  inFinancialYear,
  priority,
  risksData,
} from './mappers.js';
import { ACTIONS, CASCADE, COMMENTARIES, COUNCIL, GOVERNANCE, HEALTH_CHECK, INDICATORS, PORTFOLIO, RISKS } from './operations.js';
import { type Json, Runner } from './runner.js';

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

  const portfolio = audience === 'portfolio' ? await gatherPortfolio(r, council, request) : null;
  const staff = audience !== 'public';
  const [cascade, risks, actions, governance, indicatorsHead, healthCheck, commentaries] = await Promise.all([
    r.run(CASCADE, { councilId, period }),
    staff ? r.run(RISKS, { councilId }, true) : null,
    staff ? r.run(ACTIONS, { councilId, asOf }, true) : null,
    r.run(GOVERNANCE, { councilId, from: year.from, to: year.to }),
    r.run(INDICATORS, { councilId }),
    staff ? r.run(HEALTH_CHECK, { councilId, period }, true) : null,
    r.run(COMMENTARIES, { councilId }),
  ]);

  const { trends, exceptions } = await gatherIndicators(r, gss, period, indicatorsHead!);
  const gov = governanceData(governance!, period);
  const programme = (governance!.scrutinyWorkProgramme as Json).committees as Json[];
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
    exceptions,
    ...risksData(risks),
    overdueActions: actionsData(actions),
    ...gov,
    indicators: trends,
    healthCheck: healthCheckData(healthCheck?.leadershipHealthCheck as Json | undefined),
    commentary: ((commentaries!.commentaries as Json).nodes as Json[]).filter((c) => inFinancialYear(period, c.period)).map(commentaryData),
    healthInterfaces: healthInterfacesData(indicatorsHead!.council as Json | undefined),
  };
}

/** The portfolio of a portfolio holder's pack (?portfolio=<id>), with what it covers; 404 unless it is the council's. */
async function gatherPortfolio(r: Runner, council: Json, request: PackRequest): Promise<ReportData['portfolio']> {
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
  if (!found?.coverage || found.council?.gssCode !== request.gssCode)
    throw new AppError('NOT_FOUND', `${council.name} has no portfolio with the id ${request.portfolioId}.`);
  return {
    id: found.id,
    name: found.name,
    description: found.description ?? null,
    holders: found.holders.filter((h: Json) => h.current).map((h: Json) => h.person.name),
    priorityIds: found.coverage.priorities.map((p: Json) => p.id),
    directorateIds: found.coverage.directorates.map((p: Json) => p.id),
    serviceIds: found.coverage.services.map((p: Json) => p.id),
  };
}
