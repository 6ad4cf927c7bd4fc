import { DecisionBody } from '../delegation/decision-body.entity.js';
import { DecisionBodyKind, CouncillorRoleKind, PersonKind, ServiceKind } from '@goldenthread/domain';
import { Portfolio } from '../governance/portfolio.entity.js';
import { Council } from '../organisation/council.entity.js';
import { CouncillorRole } from '../organisation/councillor-role.entity.js';
import { Directorate } from '../organisation/directorate.entity.js';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';
import { reserveIds } from '../shared/ids.js';
import { generateOrganisation } from './organisation-generator.js';

/** The day the seeded councillors took their roles: the annual meeting after the 2025 elections. */
export const ROLES_START = '2025-05-22';

export type GeneratedOrganisation = ReturnType<typeof generateOrganisation>;

const CHUNK = 500;

/**
 * Bulk insert with ids reserved from the table's own counter first (sequence or AUTOINCREMENT, see
 * reserveIds), because a multi-row insert does not report its ids in row order on every database.
 */
async function insertChunked<T extends object>(em: Em, entity: new () => T, rows: Record<string, unknown>[]): Promise<number[]> {
  if (!rows.length) return [];
  const meta = em.getMetadata().get(entity.name);
  const ids = await reserveIds(em, meta.tableName, rows.length);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.insertMany(entity, rows.slice(i, i + CHUNK).map((r, j) => ({ ...r, id: ids[i + j] })) as never);
  }
  return ids;
}

/** Depth of each row in a parent-before-child list (0 for roots). */
function levels<R>(rows: readonly R[], key: (r: R) => string, parent: (r: R) => string | null): R[][] {
  const depth = new Map<string, number>();
  const out: R[][] = [];
  for (const r of rows) {
    const p = parent(r);
    const d = p === null ? 0 : (depth.get(p) ?? -1) + 1;
    if (d < 0) throw new Error(`seed data lists ${key(r)} before its parent ${p}`);
    depth.set(key(r), d);
    out[d] ??= [];
    out[d].push(r);
  }
  return out;
}

/**
 * Inserts a generated organisation into a council: people level by level (managers before their
 * reports), then directorates and services, then owners, directors, roles and the MI manager.
 * Bulk inserts keep the 20,000-person scale seed quick on both databases.
 */
export async function insertOrganisation(
  em: Em,
  councilId: number,
  org: GeneratedOrganisation,
): Promise<{ people: number; services: number }> {
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  const personId = new Map<string, number>();
  const directorateId = new Map<string, number>();
  const serviceId = new Map<string, number>();

  const dirIds = await insertChunked(
    em,
    Directorate,
    org.directorates.map((d) => ({ ...stamp, council: councilId, name: d.name, code: d.code })),
  );
  org.directorates.forEach((d, i) => {
    directorateId.set(d.key, dirIds[i]!);
  });

  for (const level of levels(
    org.services,
    (s) => s.key,
    (s) => s.parentKey,
  )) {
    const ids = await insertChunked(
      em,
      Service,
      level.map((s) => ({
        ...stamp,
        council: councilId,
        directorate: directorateId.get(s.directorateKey)!,
        parent: s.parentKey ? serviceId.get(s.parentKey)! : null,
        name: s.name,
        kind: s.kind === 'TEAM' ? ServiceKind.TEAM : ServiceKind.SERVICE,
      })),
    );
    level.forEach((s, i) => {
      serviceId.set(s.key, ids[i]!);
    });
  }

  // Functional managers may sit in another branch: insert by line level, then set functional managers.
  for (const level of levels(
    org.people,
    (p) => p.key,
    (p) => p.lineManagerKey,
  )) {
    const ids = await insertChunked(
      em,
      Person,
      level.map((p) => ({
        ...stamp,
        council: councilId,
        name: p.name,
        email: p.email,
        jobTitle: p.jobTitle,
        kind: p.kind === 'COUNCILLOR' ? PersonKind.COUNCILLOR : PersonKind.OFFICER,
        directorate: p.directorateKey ? directorateId.get(p.directorateKey)! : null,
        service: p.serviceKey ? serviceId.get(p.serviceKey)! : null,
        lineManager: p.lineManagerKey ? personId.get(p.lineManagerKey)! : null,
      })),
    );
    level.forEach((p, i) => {
      personId.set(p.key, ids[i]!);
    });
  }
  for (const p of org.people) {
    if (p.functionalManagerKey)
      await em.nativeUpdate(Person, { id: personId.get(p.key)! }, { functionalManager: personId.get(p.functionalManagerKey)! });
  }
  // Owners, grouped so each owner costs one statement, not one per service.
  const byOwner = new Map<number, number[]>();
  for (const s of org.services) {
    if (!s.accountableOwnerKey) continue;
    const owner = personId.get(s.accountableOwnerKey)!;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), serviceId.get(s.key)!]);
  }
  for (const [owner, ids] of byOwner) await em.nativeUpdate(Service, { id: { $in: ids } }, { accountableOwner: owner });
  for (const d of org.directorates)
    await em.nativeUpdate(Directorate, { id: directorateId.get(d.key)! }, { director: personId.get(d.directorKey)! });
  // Portfolios and committees are records of their own: one row per name the roles give.
  const named = (pick: (r: GeneratedOrganisation['councillorRoles'][number]) => string | null) => [
    ...new Set(org.councillorRoles.map(pick).filter((n): n is string => n !== null)),
  ];
  const portfolioNames = named((r) => r.portfolio);
  const portfolioIds = await insertChunked(
    em,
    Portfolio,
    portfolioNames.map((name) => ({ ...stamp, council: councilId, name })),
  );
  const portfolioId = new Map(portfolioNames.map((n, i) => [n, portfolioIds[i]!]));
  const committeeNames = named((r) => r.committee);
  const committeeIds = await insertChunked(
    em,
    DecisionBody,
    committeeNames.map((name) => ({ ...stamp, council: councilId, name, kind: DecisionBodyKind.COMMITTEE })),
  );
  const committeeId = new Map(committeeNames.map((n, i) => [n, committeeIds[i]!]));
  await insertChunked(
    em,
    CouncillorRole,
    org.councillorRoles.map((r) => ({
      ...stamp,
      council: councilId,
      person: personId.get(r.personKey)!,
      role: CouncillorRoleKind[r.role],
      portfolio: r.portfolio === null ? null : portfolioId.get(r.portfolio)!,
      committee: r.committee === null ? null : committeeId.get(r.committee)!,
      ward: r.ward,
      startsOn: ROLES_START,
    })),
  );
  await em.nativeUpdate(Council, { id: councilId }, { miResponsible: personId.get(org.miResponsibleKey)! });
  return { people: org.people.length, services: org.services.length };
}
