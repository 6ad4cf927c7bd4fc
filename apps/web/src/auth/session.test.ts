import { describe, expect, it } from 'vitest';
import { AuthError, Session, waitInWords } from './session.js';

// The browser side of the session, against a scripted server (the server's /auth routes are tested over
// real HTTP in test/api/web-session.test.ts, and the whole in chromium in test/e2e/explorer.e2e.test.ts).

type Answer = (call: Call) => { status: number; body: unknown; headers?: Record<string, string> };
interface Call {
  url: string;
  body: any;
  auth: string | null;
  sessionHeader: string | null;
}

/** A scripted server: answers each call in turn and records what was sent. */
function fakeServer(answers: Answer[]) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call = {
      url: String(input),
      body: JSON.parse(String(init?.body ?? '{}')),
      auth: headers.get('authorization'),
      sessionHeader: headers.get('x-golden-thread-session'),
    };
    calls.push(call);
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected call to ${call.url}`);
    const r = answer(call);
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
  refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
});
const ok =
  (n: number, expiresInMs?: number): Answer =>
  () => ({ status: 200, body: tokens(n, expiresInMs) });
const refused =
  (code: string, status = 401): Answer =>
  () => ({ status, body: { errors: [{ message: 'no', extensions: { code } }] } });

describe('Session', () => {
  it('signs in through /auth/sign-in, then sends the access token as a Bearer header', async () => {
    const s = fakeServer([ok(1), () => ({ status: 200, body: { data: { viewer: { kind: 'PERSON' } } } })]);
    const session = new Session('', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    expect(session.signedIn).toBe(true);
    expect(s.calls[0]).toMatchObject({ url: '/auth/sign-in', body: { email: 'a@b.gov.uk', password: 'pw' }, sessionHeader: '1' });
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
      refused('UNAUTHENTICATED'),
    ]);
    const session = new Session('', s.fetchImpl);
    const throttled = await session.signIn('a@b.gov.uk', 'pw').catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(AuthError);
    expect((throttled as AuthError).retryAfter).toBe(840);
    expect((throttled as AuthError).message).toMatch(/try again in 14 minutes/);
    await expect(session.signIn('a@b.gov.uk', 'pw')).rejects.toThrow(/do not match an account/);
    expect(session.signedIn).toBe(false);
    expect(waitInWords(1)).toBe('1 second');
  });

  it('renews through /auth/refresh when the server answers 401 and retries once with the new token', async () => {
    const s = fakeServer([ok(1), refused('UNAUTHENTICATED'), ok(2), () => ({ status: 200, body: { data: { ok: true } } })]);
    const session = new Session('', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    const generation = session.generation;
    const res = await session.fetch('/graphql', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(s.calls[2]).toMatchObject({ url: '/auth/refresh', body: {}, sessionHeader: '1' });
    expect(s.calls[3]!.auth).toBe('Bearer access-2');
    expect(session.generation).toBe(generation); // same person: the app keeps its cache
  });

  it('renews before sending when the access token is about to expire', async () => {
    const s = fakeServer([ok(1, 30_000), ok(2), () => ({ status: 200, body: { data: {} } })]);
    const session = new Session('', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    await session.fetch('/graphql', { method: 'POST', body: '{}' });
    expect(s.calls[1]!.url).toBe('/auth/refresh');
    expect(s.calls[2]!.auth).toBe('Bearer access-2');
  });

  it('carries on anonymously when the session was ended elsewhere, and signs out through /auth/sign-out', async () => {
    const s = fakeServer([
      ok(1),
      refused('UNAUTHENTICATED'),
      refused('UNAUTHENTICATED'),
      () => ({ status: 200, body: { data: {} } }),
      ok(3),
      () => ({ status: 200, body: { sessionsEnded: 1 } }),
    ]);
    const session = new Session('', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    await session.fetch('/graphql', { method: 'POST', body: '{}' });
    expect(session.signedIn).toBe(false);
    expect(s.calls[3]!.auth).toBeNull();
    await session.signIn('a@b.gov.uk', 'pw');
    await session.signOut();
    expect(session.signedIn).toBe(false);
    expect(s.calls[5]).toMatchObject({ url: '/auth/sign-out', sessionHeader: '1', auth: null });
  });

  it('never holds a refresh token: the server keeps it in a cookie this code cannot read', async () => {
    const s = fakeServer([() => ({ status: 200, body: { ...tokens(1), refreshToken: 'should-be-ignored' } })]);
    const session = new Session('', s.fetchImpl);
    await session.signIn('a@b.gov.uk', 'pw');
    expect(JSON.stringify(session)).not.toContain('should-be-ignored');
  });
});
