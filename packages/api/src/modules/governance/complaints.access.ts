import { ComplaintPanelMember } from '@goldenthread/db';
import { StaffRoleKind } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { governanceAccess } from './governance-access.js';

/**
 * Who may see an individual complaint (it holds personal data): the council's complaints officers,
 * the accountable owner line of its service (whoever may write the service), the councillors on its
 * panel and administrators. Never anyone outside the council: the public and partners see
 * aggregates only (complaintStatistics). Panels come through the request's loader, designations and
 * the line are memoised per request, so a page of complaints costs a few statements.
 */
export function canSeeComplaint(ctx: GqlContext, c: { dbId: number; councilId: number; serviceId: number }): boolean | Promise<boolean> {
  const v = ctx.access.viewer;
  if (v.kind === 'anonymous' || v.kind === 'partner' || (v.kind === 'person' && v.councilId !== c.councilId)) return false;
  return ctx.loaders
    .childrenOf(ComplaintPanelMember, 'complaint')
    .load(c.dbId)
    .then((panel) =>
      governanceAccess(ctx.em, ctx.access).may({
        councilId: c.councilId,
        staff: [StaffRoleKind.COMPLAINTS_OFFICER],
        people: panel.map((m) => idOf(m.person)),
        or: { kind: 'service', councilId: c.councilId, serviceId: c.serviceId },
        what: 'see this complaint',
      }),
    );
}

/** Complaints officers and administrators of the council see every complaint of it. */
export function mayReadAllComplaints(ctx: GqlContext, councilId: number): Promise<boolean> {
  return governanceAccess(ctx.em, ctx.access).may({ councilId, staff: [StaffRoleKind.COMPLAINTS_OFFICER], what: 'see every complaint' });
}
