import type { Em } from '@goldenthread/db';
import type { Access } from '../../access/access.js';
import { type EmSource, emOf } from '../../lazy-em.js';

/** A service class the request can make: built from the request's EntityManager and the viewer's access. */
export type RequestServiceClass<S> = new (em: Em, access: Access) => S;

/**
 * The services of one request (`ctx.services.get(PersonService)`): each made on first use from the
 * request's EntityManager and the viewer's access, then the same instance for the rest of the
 * request (made again if the access changes: after signIn, the rest is answered as the person).
 * Resolvers reach services this way instead of constructing them.
 */
export class RequestServices {
  private readonly made = new Map<RequestServiceClass<unknown>, { access: Access; service: unknown }>();

  /** `emOf`: the request's EntityManager, or how to get it (made on first use). */
  constructor(
    private readonly source: EmSource,
    private readonly access: () => Access,
  ) {}

  get<S>(service: RequestServiceClass<S>): S {
    const access = this.access();
    const found = this.made.get(service);
    if (found?.access === access) return found.service as S;
    const made = new service(emOf(this.source), access);
    this.made.set(service, { access, service: made });
    return made;
  }
}
