import { describe, expect, it } from 'vitest';
import { AuthError, Session, waitInWords } from './session.js';

/** A fake /graphql: answers each call in turn and records what was sent. */
function fakeServer(answers: Array<(body: any, headers: Headers) => { status: number; body: unknown; headers?: Record<string, string> }>) {
  const calls: Array<{ body: any; auth: string | null }> = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const body = JSON.parse(String(init?.body ?? '{}'));
    calls.push({ body, auth: headers.get('authorization') });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected call');
    const r = answer(body, headers);
    return new Response(JSON.stringify(r.body), {
      status: r.status,
      headers: { 'content-type': 'application/json', ...(r.headers ?? {}) },
    });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const tokens = (n: number, expiresInMs = 15 * 60_000) => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  refreshToken: `refresh-${n}`,
  refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
});

describe('Session', () => {
  it('signs in, then sends the access token as a Bearer header', async () => {
    const s = fakeServer([
      () => ({ status: 200, body: { data: { signIn: tokens(1) } } }),
      () => ({ status: 200, body: { data: { viewer: { kind: 'PERSON' } } } }),
    ]);
    const session = new Session('/graphql', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    expect(session.signedIn).toBe(true);
    await session.fetch('/graphql', { method: 'POST', body: '{}' });
    expect(s.calls[1]!.auth).toBe('Bearer access-1');
  });

  it('explains a throttled sign-in with how long to wait, and a wrong password plainly', async () => {
    const s = fakeServer([
      () => ({
        status: 429,
        body: { errors: [{ message: 'x', extensions: { code: 'TOO_MANY_REQUESTS' } }] },
        headers: { 'retry-after': '840' },
      }),
      () => ({ status: 200, body: { errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] } }),
    ]);
    const session = new Session('/graphql', s.fetchImpl);
    const throttled = await session.signIn('a@b.gov.uk', 'pw').catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(AuthError);
    expect((throttled as AuthError).retryAfter).toBe(840);
    expect((throttled as AuthError).message).toMatch(/try again in 14 minutes/);
    await expect(session.signIn('a@b.gov.uk', 'pw')).rejects.toThrow(/do not match an account/);
    expect(session.signedIn).toBe(false);
    expect(waitInWords(1)).toBe('1 second');
  });

  it('renews the tokens when the server answers 401 and retries once with the new token', async () => {
    const s = fakeServer([
      () => ({ status: 200, body: { data: { signIn: tokens(1) } } }),
      () => ({ status: 401, body: { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] } }),
      (body) => ({ status: 200, body: { data: { refreshSession: tokens(2) }, echo: body } }),
      () => ({ status: 200, body: { data: { ok: true } } }),
    ]);
    const session = new Session('/graphql', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    const generation = session.generation;
    const res = await session.fetch('/graphql', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(s.calls[2]!.body.variables).toEqual({ refreshToken: 'refresh-1' });
    expect(s.calls[3]!.auth).toBe('Bearer access-2');
    expect(session.generation).toBe(generation); // same person: the app keeps its cache
  });

  it('renews before sending when the access token is about to expire', async () => {
    const s = fakeServer([
      () => ({ status: 200, body: { data: { signIn: tokens(1, 30_000) } } }),
      () => ({ status: 200, body: { data: { refreshSession: tokens(2) } } }),
      () => ({ status: 200, body: { data: {} } }),
    ]);
    const session = new Session('/graphql', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    await session.fetch('/graphql', { method: 'POST', body: '{}' });
    expect(s.calls[1]!.body.query).toMatch(/refreshSession/);
    expect(s.calls[2]!.auth).toBe('Bearer access-2');
  });

  it('carries on anonymously when the session was ended elsewhere, and revokes on sign-out', async () => {
    const s = fakeServer([
      () => ({ status: 200, body: { data: { signIn: tokens(1) } } }),
      () => ({ status: 401, body: { errors: [{ message: 'revoked', extensions: { code: 'UNAUTHENTICATED' } }] } }),
      () => ({ status: 200, body: { errors: [{ message: 'revoked', extensions: { code: 'UNAUTHENTICATED' } }] } }),
      () => ({ status: 200, body: { data: {} } }),
      () => ({ status: 200, body: { data: { signIn: tokens(3) } } }),
      () => ({ status: 200, body: { data: { signOut: { sessionsEnded: 1 } } } }),
    ]);
    const session = new Session('/graphql', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    await session.fetch('/graphql', { method: 'POST', body: '{}' });
    expect(session.signedIn).toBe(false);
    expect(s.calls[3]!.auth).toBeNull();
    await session.signIn('a@b.gov.uk', 'pw');
    await session.signOut();
    expect(session.signedIn).toBe(false);
    expect(s.calls[5]!.body.query).toMatch(/signOut/);
    expect(s.calls[5]!.body.variables).toEqual({ refreshToken: 'refresh-3' });
    expect(s.calls[5]!.auth).toBe('Bearer access-3');
  });
});
