/** The portfolio filter (pure): a pack's data narrowed to what a portfolio covers. */
import type { PriorityData, ReportData } from './model.js';
import { flatten } from './sections/common.js';

/** The priorities a portfolio covers with everything below them, and the chain above any it covers deeper down. */
function prune(priorities: readonly PriorityData[], keep: (p: PriorityData) => boolean): PriorityData[] {
  return priorities.flatMap((p) => {
    if (keep(p)) return [p];
    const children = prune(p.children, keep);
    return children.length ? [{ ...p, children }] : [];
  });
}

export function filterToPortfolio(d: ReportData): ReportData {
  const f = d.portfolio;
  if (!f) return d;
  const priorityIds = new Set(f.priorityIds);
  const services = new Set(f.serviceIds);
  const directorates = new Set(f.directorateIds);
  const priorities = prune(d.priorities, (p) => priorityIds.has(p.id));
  const indicatorIds = new Set(flatten(priorities).flatMap(({ p }) => [...p.targets.map((t) => t.indicatorId)]));
  return {
    ...d,
    priorities,
    exceptions: d.exceptions.filter((e) => indicatorIds.has(e.indicatorId)),
    risks: d.risks?.filter((r) => r.directorateId !== null && directorates.has(r.directorateId)) ?? null,
    heatMap: null,
    overdueActions: d.overdueActions?.filter((a) => a.serviceId !== null && services.has(a.serviceId)) ?? null,
    reviews: d.reviews.filter((r) => r.serviceId !== null && services.has(r.serviceId)),
    complaints: d.complaints && { ...d.complaints, byService: d.complaints.byService.filter((s) => services.has(s.serviceId)) },
  };
}
