import { Council, Directorate, Person, Service, ServiceKind, type Em } from '@goldenthread/db';
import { ancestors } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { OrgNodeKind, type OrganisationTree, type OrgTreeNode } from './organisation.type.js';

/**
 * Builds a council's organisation tree from four flat queries (council, directorates, services,
 * headcounts) and assembles it in memory: the statement count does not depend on the council's size.
 */
export async function organisationTree(em: Em, councilId: number): Promise<OrganisationTree | null> {
  const council = await em.findOne(Council, { id: councilId });
  if (!council) return null;
  const [directorates, services, headcounts] = await Promise.all([
    em.find(Directorate, { council: councilId }, { orderBy: { name: 'asc' } }),
    em.find(Service, { council: councilId }, { orderBy: { name: 'asc' } }),
    // Portable SQL: a headcount per (service, directorate) in one statement.
    em
      .getConnection()
      .execute<Array<{ service_id: number | null; directorate_id: number | null; n: number | string }>>(
        'select service_id, directorate_id, count(*) as n from person where council_id = ? group by service_id, directorate_id',
        [councilId],
        'all',
        em.getTransactionContext(),
      ),
  ]);
  const ownerIds = new Set<number>();
  for (const s of services) if (s.accountableOwner) ownerIds.add(idOf(s.accountableOwner)!);
  for (const d of directorates) if (d.director) ownerIds.add(idOf(d.director)!);
  if (council.miResponsible) ownerIds.add(idOf(council.miResponsible)!);
  const owners = ownerIds.size
    ? await em.find(Person, { id: { $in: [...ownerIds] } }, { fields: ['id', 'name'], disableIdentityMap: true })
    : [];
  const ownerName = new Map(owners.map((p) => [p.id, p.name]));

  const inService = new Map<number, number>();
  const inDirectorateOnly = new Map<number, number>();
  for (const h of headcounts) {
    const n = Number(h.n);
    if (h.service_id !== null) inService.set(Number(h.service_id), (inService.get(Number(h.service_id)) ?? 0) + n);
    else if (h.directorate_id !== null)
      inDirectorateOnly.set(Number(h.directorate_id), (inDirectorateOnly.get(Number(h.directorate_id)) ?? 0) + n);
  }

  const node = (
    id: string,
    parentId: string | null,
    kind: OrgNodeKind,
    name: string,
    depth: number,
    owner: number | null,
    headcount: number,
  ): OrgTreeNode => ({
    id,
    parentId,
    kind,
    name,
    depth,
    ownerId: owner === null ? null : toGlobalId('Person', owner),
    ownerName: owner === null ? null : (ownerName.get(owner) ?? null),
    headcount,
  });

  const councilGid = toGlobalId('Council', council.id);
  const nodes: OrgTreeNode[] = [node(councilGid, null, OrgNodeKind.COUNCIL, council.name, 0, idOf(council.miResponsible), 0)];
  for (const d of directorates) {
    nodes.push(
      node(
        toGlobalId('Directorate', d.id),
        councilGid,
        OrgNodeKind.DIRECTORATE,
        d.name,
        1,
        idOf(d.director),
        inDirectorateOnly.get(d.id) ?? 0,
      ),
    );
  }
  // Parents before children: order services by depth, then name.
  const parentOf = new Map(services.map((s) => [s.id, idOf(s.parent)]));
  const depthOf = new Map(services.map((s) => [s.id, ancestors(s.id, (id) => parentOf.get(id) ?? null).length]));
  const ordered = [...services].sort((a, b) => depthOf.get(a.id)! - depthOf.get(b.id)! || a.name.localeCompare(b.name));
  for (const s of ordered) {
    const parent = idOf(s.parent);
    const depth = 2 + depthOf.get(s.id)!;
    nodes.push(
      node(
        toGlobalId('Service', s.id),
        parent === null ? toGlobalId('Directorate', idOf(s.directorate)!) : toGlobalId('Service', parent),
        // The recorded kind, as Service.kind says: a unit inside a service may itself be a service (one truth, not guessed from nesting).
        s.kind === ServiceKind.TEAM ? OrgNodeKind.TEAM : OrgNodeKind.SERVICE,
        s.name,
        depth,
        idOf(s.accountableOwner),
        inService.get(s.id) ?? 0,
      ),
    );
  }
  const levels = nodes.reduce((max, n) => Math.max(max, n.depth + 1), 0);
  return { nodes, levels };
}
