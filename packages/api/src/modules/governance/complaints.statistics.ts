import { ComplaintTheme, Service } from '@goldenthread/db';
import { complaintStatistics as compute, type ComplaintFigures as Figures } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { ServiceNode } from '../organisation/organisation.type.js';
import { ComplaintReads } from './complaints.reads.js';
import { ComplaintFigures, type ComplaintStatistics, ComplaintThemeNode, ServiceComplaintFigures } from './complaints.type.js';
import { todayIso } from './governance-writes.js';

/**
 * The public aggregates of a council's complaints received in a period: their facts read by
 * ComplaintReads (two statements), the figures from the domain's pure function, then the themes and
 * services named through the request's loaders. No individual complaint is read
 * into the answer, only counts.
 */
export async function complaintStatistics(
  ctx: GqlContext,
  councilId: number,
  period: { from: string | null; to: string | null },
  serviceId: number | null,
): Promise<ComplaintStatistics> {
  const facts = await ctx.services.get(ComplaintReads).statisticsFacts(councilId, period, serviceId);
  const stats = compute(facts, todayIso());
  const themeIds = [...new Set([stats.total, ...stats.byService].flatMap((f) => f.topThemes.map((t) => t.themeId)))];
  const [themes, services] = await Promise.all([
    ctx.loaders.byId(ComplaintTheme).loadMany(themeIds),
    ctx.loaders.byId(Service).loadMany(stats.byService.map((s) => s.serviceId)),
  ]);
  const themeById = new Map(
    themes.filter((t): t is ComplaintTheme => t instanceof ComplaintTheme).map((t) => [t.id, ComplaintThemeNode.from(t)]),
  );
  const out = <T extends ComplaintFigures>(target: T, f: Figures): T =>
    Object.assign(target, { ...f, topThemes: f.topThemes.map((t) => ({ theme: themeById.get(t.themeId)!, count: t.count })) });
  return {
    from: period.from,
    to: period.to,
    total: out(new ComplaintFigures(), stats.total),
    byService: stats.byService.map((s, i) => {
      const service = services[i];
      return Object.assign(out(new ServiceComplaintFigures(), s), { service: ServiceNode.from(service as Service) });
    }),
  };
}
