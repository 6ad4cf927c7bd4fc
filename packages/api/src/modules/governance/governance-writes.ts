/**
 * What the governance write services share beyond WriteService: the request's GovernanceAccess, the
 * councillors a panel names, today's date, and the early refusal of callers who can never write (so an
 * anonymous caller or a partner is refused before any id is decoded).
 */
import { Person, PersonKind } from '@goldenthread/db';
import { q } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { badInput, forbidden, unauthenticated } from '../../errors.js';
import { decodeId } from '../../relay/global-id.js';
import { WriteService } from '../shared/lookup.js';
import { type GovernanceAccess, governanceAccess } from './governance-access.js';

/** Today as an ISO date (UTC). */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for partners: they never write governance records. */
export function requireWriter(access: Access): void {
  if (access.viewer.kind === 'anonymous') throw unauthenticated('Sign in to make changes.');
  if (access.viewer.kind === 'partner') throw forbidden('API keys are read-only: partners cannot change anything.');
}

export abstract class GovernanceWriteService extends WriteService {
  protected get gov(): GovernanceAccess {
    return governanceAccess(this.em, this.access);
  }

  /**
   * The councillors of the council a panel names, deduplicated, in the order given: an unknown id (or
   * another council's person) and a person who is not a councillor are BAD_USER_INPUT in `field[i]`.
   */
  protected async councillors(field: string, ids: readonly string[], councilId: number): Promise<Person[]> {
    const dbIds = ids.map((id, i) => decodeId(`${field}[${i}]`, id, 'Person'));
    const unique = [...new Set(dbIds)];
    const rows = unique.length ? await this.em.find(Person, { id: { $in: unique }, council: councilId }) : [];
    const byId = new Map(rows.map((p) => [p.id, p]));
    dbIds.forEach((id, i) => {
      const p = byId.get(id);
      if (!p) throw badInput(`${field}[${i}]`, `no Person with id ${ids[i]} exists.`);
      if (p.kind !== PersonKind.COUNCILLOR)
        throw badInput(`${field}[${i}]`, `${q(p.name)} is not a councillor: a panel is of councillors of the council.`);
    });
    return unique.map((id) => byId.get(id)!);
  }
}
