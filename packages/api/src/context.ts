import { randomUUID } from 'node:crypto';
import { setAuditActor, type Em, type Orm } from '@goldenthread/db';
import type { Access, AccessLookups } from './access/access.js';
import type { RequestViewer } from './access/authenticate.js';
import { HttpAccess } from './access/http-access.js';
import { SystemAccess } from './access/system-access.js';
import type { SignInThrottleStore } from './access/throttle.js';
import type { AuthSettings } from './access/tokens.js';
import type { DerivedCache } from './derived-cache.js';
import { lazyEm } from './lazy-em.js';
import { Loaders } from './loaders.js';
import { RequestServices } from './modules/shared/request-services.js';

/** Sessions and sign-in throttling of one server (never module-level state). */
export interface AuthRuntime {
  settings: AuthSettings;
  throttle: SignInThrottleStore;
}

/** What every resolver gets: its own EntityManager (never the global one), per-request loaders and the viewer's access. */
export interface GqlContext {
  em: Em;
  loaders: Loaders;
  access: Access;
  /** The request's services, made on first use (`ctx.services.get(PersonService)`). */
  services: RequestServices;
  requestId: string;
  /** The caller's address and user agent (for sign-in throttling and session records). */
  client: { ip: string; userAgent: string | null };
  auth?: AuthRuntime;
  /** When this request's execution must stop (the time limit; set as execution starts). */
  deadline?: number;
  /** The server's cache of derived data (absent: everything is built afresh). */
  derived?: DerivedCache;
  /** Set once the operation is known to be a query (no writes): reads may then come from `derived` (shared/kept-reads.ts). */
  queryOnly?: boolean;
  /**
   * The access of another viewer on this request's EntityManager: after signIn or refreshSession,
   * the rest of the response is answered as the person now signed in (absent in-process).
   */
  accessFor?: (viewer: Extract<RequestViewer, { kind: 'person' }>) => Access;
}

/** A context with full access, for the CLI and in-process callers trusted by construction. Never for HTTP requests. */
export function createContext(orm: Orm, access: (em: Em) => Access = () => new SystemAccess()): GqlContext {
  const em = orm.em.fork();
  const ctx: GqlContext = {
    em,
    loaders: new Loaders(em),
    access: access(em),
    services: undefined!,
    requestId: randomUUID(),
    client: { ip: 'local', userAgent: null },
  };
  ctx.services = new RequestServices(em, () => ctx.access);
  return ctx;
}

/**
 * The context of an HTTP request: the policy of its viewer (HttpAccess, never SystemAccess), and,
 * for a signed-in person, the audit trail's actor on its EntityManager.
 */
export function createRequestContext(
  orm: Orm,
  viewer: RequestViewer,
  client: GqlContext['client'],
  auth: AuthRuntime,
  lookups: AccessLookups,
  derived?: DerivedCache,
): GqlContext {
  const requestId = randomUUID();
  // Forked on first use: a request that reads nothing never makes one.
  const em = lazyEm(() => {
    const forked = orm.em.fork();
    if (viewer.kind === 'person') {
      setAuditActor(forked, {
        kind: 'person',
        label: viewer.email,
        accountId: viewer.accountId,
        personId: viewer.personId,
        councilId: viewer.councilId,
        requestId,
      });
    }
    return forked;
  });
  const ctx: GqlContext = Object.assign(new LazyEmContext(em), {
    loaders: new Loaders(em),
    access: new HttpAccess(viewer, em, lookups),
    services: undefined!,
    requestId,
    client,
    auth,
    derived,
    accessFor: (person: Extract<RequestViewer, { kind: 'person' }>) => new HttpAccess(person, em, lookups),
  });
  ctx.services = new RequestServices(em, () => ctx.access);
  return ctx;
}

/**
 * The part of a request's context that holds its EntityManager, made on first use. A getter of the
 * class, not an own property: Apollo gives each operation a copy of the context (`Object.assign` onto
 * the same prototype), which keeps the getter and shares the one EntityManager, where an own getter
 * would be called, and the fork made, by the copying.
 */
class LazyEmContext {
  constructor(private readonly emSource: () => Em) {}

  get em(): Em {
    return this.emSource();
  }
}
