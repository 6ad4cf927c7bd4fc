import { Council, Directorate, Person, PersonKind, Service, type Em } from '@goldenthread/db';
import { forbidden, unauthenticated } from '../errors.js';
import { type EmSource, emOf } from '../lazy-em.js';
import { idOf } from '../loaders.js';
import type { Access, AccessLookups, Viewer, WriteTarget } from './access.js';

interface CouncilIndex {
  lineManagerOf: Map<number, number | null>;
  kindOf: Map<number, PersonKind>;
  hasReports: Set<number>;
  miResponsibleId: number | null;
}

/**
 * The policy for requests from outside (README "Access"), built per request from the credentials.
 * Reads of unpublished data: the viewer's own council only. Writes: never for anonymous callers or
 * API keys; for a person only in their own council, and within their scope: administrators manage
 * the council (people, accounts, API keys, structure); the chief executive (head of the line) the
 * whole council; a director their directorate; an accountable owner their service and its teams;
 * anyone above those managers in line management what their reports answer for. Measurements
 * follow the data-owner and MI-publication rules through pluggable lookups.
 */
export class HttpAccess implements Access {
  private index: Promise<CouncilIndex> | undefined;
  private services: Promise<Map<number, { parentId: number | null; ownerId: number | null; directorateId: number }>> | undefined;
  private directors: Promise<Map<number, number | null>> | undefined;
  private owners: Promise<Map<number, number[]>> | undefined;
  private delegates: Promise<number[]> | undefined;

  constructor(
    readonly viewer: Exclude<Viewer, { kind: 'system' }>,
    private readonly source: EmSource,
    private readonly lookups: AccessLookups = {},
  ) {}

  private get em(): Em {
    return emOf(this.source);
  }

  isMemberOf(councilId: number): boolean {
    return this.viewer.kind === 'person' && this.viewer.councilId === councilId;
  }

  canReadUnpublished(councilId: number): boolean {
    return this.isMemberOf(councilId);
  }

  requireReadUnpublished(councilId: number): void {
    if (this.viewer.kind === 'anonymous')
      throw unauthenticated("Sign in to see this: it is visible only to the council's own staff and councillors.");
    if (!this.canReadUnpublished(councilId)) throw forbidden("This is visible only to the council's own staff and councillors.");
  }

  async requireWrite(target: WriteTarget): Promise<void> {
    const v = this.viewer;
    if (v.kind === 'anonymous') throw unauthenticated('Sign in to make changes.');
    if (v.kind === 'partner') throw forbidden('API keys are read-only: partners cannot change anything.');
    if (target.councilId !== v.councilId) throw forbidden("You can only change your own council's data.");
    if (await this.allowed(target)) return;
    throw forbidden(this.refusal(target));
  }

  async mayWrite(target: WriteTarget): Promise<boolean> {
    const v = this.viewer;
    if (v.kind !== 'person' || target.councilId !== v.councilId) return false;
    return this.allowed(target);
  }

  private refusal(target: WriteTarget): string {
    switch (target.kind) {
      case 'admin':
        return 'Only an administrator of the council can manage people, accounts and API keys.';
      case 'council':
        return 'Only the chief executive or an administrator of the council can change council-wide settings and directorates.';
      case 'directorate':
        return "Only the directorate's director, the managers above them or an administrator can change this directorate.";
      case 'service':
        return "Only the service's accountable owner, the managers above them, its director or an administrator can change this service.";
      case 'person':
        return "Only the person's managers (above them in line management) or an administrator can change this person's record.";
      case 'measurement':
        return target.action === 'publish'
          ? 'Only the manager responsible for management information, or someone they delegated publication to, can publish measurements.'
          : "Only the indicator's data owner (or the manager responsible for management information) can enter and validate its " +
              'measurements.';
    }
  }

  private async allowed(target: WriteTarget): Promise<boolean> {
    const v = this.viewer as Extract<Viewer, { kind: 'person' }>;
    const me = v.personId;
    if (target.kind === 'measurement') {
      const index = await this.councilIndex(target.councilId);
      if (index.miResponsibleId === me) return true;
      if (target.action === 'publish') {
        this.delegates ??= this.lookups.publicationDelegates?.(this.em, target.councilId) ?? Promise.resolve([]);
        return (await this.delegates).includes(me);
      }
      // One council a request (a person writes only to their own), so the council's owners are read once.
      this.owners ??= this.lookups.dataOwners?.(this.em, target.councilId) ?? Promise.resolve(new Map());
      return ((await this.owners).get(target.indicatorId) ?? []).includes(me);
    }
    if (v.admin) return true;
    if (target.kind === 'admin') return false;
    const index = await this.councilIndex(target.councilId);
    if (this.isChiefExecutive(me, index)) return true;
    if (target.kind === 'council') return false;
    if (target.kind === 'person') return target.personId !== me && this.isAtOrAbove(me, target.personId, index);
    if (target.kind === 'directorate') {
      const director = (await this.directorates(target.councilId)).get(target.directorateId) ?? null;
      return director !== null && this.isAtOrAbove(me, director, index);
    }
    // service: its owner and the owners of the services it sits in, its director, and their managers.
    const services = await this.serviceIndex(target.councilId);
    const directors = await this.directorates(target.councilId);
    const responsible: number[] = [];
    let at: number | null = target.serviceId;
    const seen = new Set<number>();
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const s = services.get(at);
      if (!s) break;
      if (s.ownerId !== null) responsible.push(s.ownerId);
      const director = directors.get(s.directorateId) ?? null;
      if (s.parentId === null && director !== null) responsible.push(director);
      at = s.parentId;
    }
    return responsible.some((p) => this.isAtOrAbove(me, p, index));
  }

  /** The head of paid service: an officer at the top of the line with people reporting to them. */
  private isChiefExecutive(personId: number, index: CouncilIndex): boolean {
    return (
      index.kindOf.get(personId) === PersonKind.OFFICER && index.lineManagerOf.get(personId) === null && index.hasReports.has(personId)
    );
  }

  /** Is `me` the person or above them in line management? */
  private isAtOrAbove(me: number, personId: number, index: CouncilIndex): boolean {
    let at: number | null | undefined = personId;
    const seen = new Set<number>();
    while (at !== null && at !== undefined && !seen.has(at)) {
      if (at === me) return true;
      seen.add(at);
      at = index.lineManagerOf.get(at);
    }
    return false;
  }

  private councilIndex(councilId: number): Promise<CouncilIndex> {
    this.index ??= (async () => {
      const rows = await this.em.find(Person, { council: councilId }, { fields: ['id', 'lineManager', 'kind'], disableIdentityMap: true });
      const council = await this.em.findOne(Council, { id: councilId }, { fields: ['id', 'miResponsible'], disableIdentityMap: true });
      const lineManagerOf = new Map<number, number | null>();
      const kindOf = new Map<number, PersonKind>();
      const hasReports = new Set<number>();
      for (const r of rows) {
        const m = idOf(r.lineManager);
        lineManagerOf.set(r.id, m);
        kindOf.set(r.id, r.kind);
        if (m !== null) hasReports.add(m);
      }
      return { lineManagerOf, kindOf, hasReports, miResponsibleId: idOf(council?.miResponsible) };
    })();
    return this.index;
  }

  private serviceIndex(councilId: number) {
    this.services ??= this.em
      .find(Service, { council: councilId }, { fields: ['id', 'parent', 'accountableOwner', 'directorate'], disableIdentityMap: true })
      .then(
        (rows) =>
          new Map(
            rows.map((r) => [r.id, { parentId: idOf(r.parent), ownerId: idOf(r.accountableOwner), directorateId: idOf(r.directorate)! }]),
          ),
      );
    return this.services;
  }

  private directorates(councilId: number) {
    this.directors ??= this.em
      .find(Directorate, { council: councilId }, { fields: ['id', 'director'], disableIdentityMap: true })
      .then((rows) => new Map(rows.map((r) => [r.id, idOf(r.director)])));
    return this.directors;
  }
}
