/**
 * Where reads go when the database has read replicas (DATABASE_REPLICA_URLS, README "Several server
 * processes"). Writes and transactions always go to the primary. A read goes to a replica only inside
 * `routeReads(state, ...)` with `state.primary` false: the server routes a request's reads that way
 * unless it is a write, or its caller wrote a moment ago (they read their own writes). Everything else
 * (start-up, migrations, the CLI, signing in, a request's authentication) reads the primary.
 *
 * Without replicas MikroORM has one connection and none of this changes anything.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ReadRouting {
  /** Read from the primary: the request writes, or its caller wrote a moment ago. */
  primary: boolean;
  /** The request wrote (or asked to): its caller reads the primary for a while after it. */
  wrote: boolean;
  /** The replica this request reads (picked at its first read): one request sees one replica's data. */
  replica?: number;
}

const routing = new AsyncLocalStorage<ReadRouting>();

/** Runs `fn` (and everything it starts) with its reads routed by `state`, which may change while it runs. */
export function routeReads<T>(state: ReadRouting, fn: () => T): T {
  return routing.run(state, fn);
}

/** Whether a read now must go to the primary (true outside routeReads). */
export function readsFromPrimary(): boolean {
  return routing.getStore()?.primary ?? true;
}

/** The routing of the request running now (undefined outside routeReads). */
export function currentReadRouting(): ReadRouting | undefined {
  return routing.getStore();
}

/** The current request writes: from now on its reads go to the primary, and its caller's next ones for a while. */
export function markWrite(): void {
  const state = routing.getStore();
  if (state) {
    state.primary = true;
    state.wrote = true;
  }
}
