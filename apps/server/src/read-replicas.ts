/**
 * Read replicas (DATABASE_REPLICA_URLS, README "Several server processes"): the handlers of GraphQL
 * (/graphql) and open data (/data/...) run with their reads routed (read-routing in @goldenthread/db).
 * A query reads a replica; a mutation reads the primary, and so does its caller for `stickyMs` after
 * it, so people read their own writes although a replica lags. Every other route (sign-in, report
 * packs, CSV imports, the web app) reads the primary. Who wrote is remembered in this process, and in Redis when the processes share one,
 * so the next request may land on any process behind the load balancer.
 *
 * Authentication (the onRequest hooks) runs before the handler and reads the primary: a session just
 * made is found on the next request whatever the replica has.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { type ReadRouting, routeReads } from '@goldenthread/db';

export interface ReadReplicaOptions {
  /** How long after a write its caller's reads stay on the primary, in milliseconds. */
  stickyMs: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    readRouting?: ReadRouting;
  }
}

/** Who wrote: a signed-in person's account or a partner's key (anonymous callers cannot write data). */
function writerKey(request: FastifyRequest): string | null {
  const v = request.viewer;
  if (v?.kind === 'person') return `account:${v.accountId}`;
  if (v?.kind === 'partner') return `key:${v.apiKeyId}`;
  return null;
}

/** Remembers who wrote in the last `stickyMs`: in memory, and in Redis when one is shared. */
export class RecentWriters {
  private readonly local = new Map<string, number>();

  constructor(
    private readonly stickyMs: number,
    private readonly redis: Redis | null,
    private readonly prefix: string,
  ) {}

  async wroteRecently(key: string, now = Date.now()): Promise<boolean> {
    const until = this.local.get(key);
    if (until !== undefined) {
      if (until > now) return true;
      this.local.delete(key);
    }
    return this.redis ? (await this.redis.exists(`${this.prefix}${key}`)) === 1 : false;
  }

  async wrote(key: string, now = Date.now()): Promise<void> {
    if (this.stickyMs <= 0) return;
    this.local.set(key, now + this.stickyMs);
    if (this.local.size > 10_000) for (const [k, until] of this.local) if (until <= now) this.local.delete(k);
    if (this.redis) await this.redis.set(`${this.prefix}${key}`, '1', 'PX', this.stickyMs);
  }
}

/** Routes the reads of GraphQL and open-data requests (see the file comment). */
export function registerReadReplicas(app: FastifyInstance, options: ReadReplicaOptions, redis: Redis | null, prefix: string): void {
  const writers = new RecentWriters(options.stickyMs, redis, `${prefix}wrote:`);
  app.addHook('preHandler', (request, _reply, done) => {
    const url = request.routeOptions.url ?? '';
    if (url !== '/graphql' && !url.startsWith('/data/')) {
      done();
      return;
    }
    // A GraphQL request is a write only if it runs a mutation: the API says so once it has parsed it.
    const state: ReadRouting = { primary: false, wrote: false };
    request.readRouting = state;
    const key = writerKey(request);
    if (key === null) {
      routeReads(state, done);
      return;
    }
    writers.wroteRecently(key).then(
      (recent) => {
        state.primary = recent;
        routeReads(state, done);
      },
      (error: unknown) => {
        request.log.error({ err: error }, 'Redis (recent writers): reading the primary');
        state.primary = true;
        routeReads(state, done);
      },
    );
  });
  app.addHook('onResponse', async (request) => {
    const key = writerKey(request);
    if (key !== null && request.readRouting?.wrote) {
      await writers.wrote(key).catch((error: unknown) => request.log.error({ err: error }, 'Redis (recent writers)'));
    }
  });
}
