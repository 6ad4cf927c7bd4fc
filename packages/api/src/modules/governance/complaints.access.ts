import { Complaint, ComplaintPanelMember, type Em } from '@goldenthread/db';
import { StaffRoleKind } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { fromGlobalId } from '../../relay/global-id.js';
import { type GovernanceRule, governanceAccess } from './governance-access.js';

/** Who may read one complaint of a service with this panel (see canSeeComplaint). */
function complaintRule(councilId: number, serviceId: number, panel: ReadonlyArray<number | null>): GovernanceRule {
  return {
    councilId,
    staff: [StaffRoleKind.COMPLAINTS_OFFICER],
    people: panel,
    or: { kind: 'service', councilId, serviceId },
    what: 'see this complaint',
  };
}

const outsider = (access: Access, councilId: number) => {
  const v = access.viewer;
  return v.kind === 'anonymous' || v.kind === 'partner' || (v.kind === 'person' && v.councilId !== councilId);
};

/**
 * Who may see an individual complaint (it holds personal data): the council's complaints officers,
 * the accountable owner line of its service (whoever may write the service), the councillors on its
 * panel and administrators. Never anyone outside the council: the public and partners see
 * aggregates only (complaintStatistics). Panels come through the request's loader, designations and
 * the line are memoised per request, so a page of complaints costs a few statements.
 */
export function canSeeComplaint(ctx: GqlContext, c: { dbId: number; councilId: number; serviceId: number }): boolean | Promise<boolean> {
  if (outsider(ctx.access, c.councilId)) return false;
  return ctx.loaders
    .childrenOf(ComplaintPanelMember, 'complaint')
    .load(c.dbId)
    .then((panel) =>
      governanceAccess(ctx.em, ctx.access).may(
        complaintRule(
          c.councilId,
          c.serviceId,
          panel.map((m) => idOf(m.person)),
        ),
      ),
    );
}

/** Complaints officers and administrators of the council see every complaint of it. */
export function mayReadAllComplaints(ctx: GqlContext, councilId: number): Promise<boolean> {
  return governanceAccess(ctx.em, ctx.access).may({ councilId, staff: [StaffRoleKind.COMPLAINTS_OFFICER], what: 'see every complaint' });
}

export interface ComplaintFacts {
  id: number;
  serviceId: number;
  panelMemberIds: readonly number[];
}

/**
 * Of these complaints of the council (their panels known), the ids the viewer may read one by one,
 * as canSeeComplaint decides: no statement beyond the memoised designations and line.
 */
export async function readableComplaintIds(
  em: Em,
  access: Access,
  councilId: number,
  complaints: readonly ComplaintFacts[],
): Promise<Set<number>> {
  if (outsider(access, councilId)) return new Set();
  const gov = governanceAccess(em, access);
  const allowed = await Promise.all(complaints.map((c) => gov.may(complaintRule(councilId, c.serviceId, c.panelMemberIds))));
  return new Set(complaints.filter((_, i) => allowed[i]).map((c) => c.id));
}

/** As readableComplaintIds, for every complaint of the council: two statements (complaints, panels). */
export async function readableComplaintsOf(em: Em, access: Access, councilId: number): Promise<Set<number>> {
  if (outsider(access, councilId)) return new Set();
  const opts = { disableIdentityMap: true } as const;
  const [complaints, panels] = await Promise.all([
    em.find(Complaint, { council: councilId }, { ...opts, fields: ['id', 'service'] }),
    em.find(ComplaintPanelMember, { complaint: { council: councilId } }, { ...opts, fields: ['id', 'complaint', 'person'] }),
  ]);
  const panel = new Map<number, number[]>();
  for (const m of panels) panel.set(idOf(m.complaint)!, [...(panel.get(idOf(m.complaint)!) ?? []), idOf(m.person)!]);
  return readableComplaintIds(
    em,
    access,
    councilId,
    complaints.map((c) => ({ id: c.id, serviceId: idOf(c.service)!, panelMemberIds: panel.get(c.id) ?? [] })),
  );
}

/** The complaint a finding key names ('Complaint:12', or a Complaint's global id), if any. */
export function complaintOfKey(key: string | null): number | null {
  if (key === null) return null;
  const plain = /^Complaint:(\d+)$/.exec(key.trim());
  if (plain) return Number(plain[1]);
  const global = fromGlobalId(key.trim());
  return global?.type === 'Complaint' ? global.id : null;
}
