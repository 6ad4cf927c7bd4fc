import { openOrm, type Orm } from '@goldenthread/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRequestContext, type AuthRuntime } from './context.js';

let orm: Orm;
beforeAll(async () => {
  orm = await openOrm({ databaseUrl: ':memory:' });
});
afterAll(async () => {
  await orm.close(true);
});

const auth = {} as AuthRuntime;
const client = { ip: '127.0.0.1', userAgent: null };

describe("an HTTP request's context", () => {
  it('forks its EntityManager on first use only, and Apollo’s copy of the context shares that one', () => {
    const fork = vi.spyOn(orm.em, 'fork');
    try {
      const ctx = createRequestContext(orm, { kind: 'anonymous' }, client, auth, {});
      expect(fork).not.toHaveBeenCalled();
      // Apollo's copy per operation (ApolloServer's cloneObject): the prototype kept, own fields assigned.
      const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx) as typeof ctx;
      expect(fork).not.toHaveBeenCalled();
      const em = copy.em;
      expect(fork).toHaveBeenCalledTimes(1);
      expect(ctx.em).toBe(em);
      expect(copy.em).toBe(em);
      expect(fork).toHaveBeenCalledTimes(1);
      // Services made from the context get the same EntityManager.
      class Probe {
        constructor(readonly em: unknown) {}
      }
      expect(ctx.services.get(Probe).em).toBe(em);
    } finally {
      fork.mockRestore();
    }
  });

  it('a signed-in person’s EntityManager carries the audit trail’s actor, whoever forks it first', () => {
    const viewer = {
      kind: 'person' as const,
      accountId: 1,
      personId: 2,
      councilId: 3,
      admin: false,
      email: 'officer@example.org',
      sessionId: 's',
    };
    const ctx = createRequestContext(orm, viewer, client, auth, {});
    const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx) as typeof ctx;
    const actor = (copy.em as unknown as { auditActor?: { label: string; requestId: string } }).auditActor;
    expect(actor?.label).toBe('officer@example.org');
    expect(actor?.requestId).toBe(ctx.requestId);
  });
});
