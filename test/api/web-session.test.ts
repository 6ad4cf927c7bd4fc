/**
 * The web app's session over plain HTTP (apps/server/src/web-session.ts): the refresh token only ever
 * in an HttpOnly, SameSite=Strict cookie scoped to /auth, rotated on every refresh with reuse ending the
 * session, sign-out ending it at once, and requests a page of another site could send refused.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@goldenthread/db';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

const EMAIL = 'megan.llewellyn@suffolk.gov.uk';
const VIEWER = '{ viewer { kind email } }';

describe.each(dialects())('web session over HTTP on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', throttle: { perAccount: 3, perAddress: 100, windowSeconds: 60 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/auth/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-golden-thread-session': '1', ...headers },
      body: JSON.stringify(body),
    });
  /** The cookie's attributes and token from a Set-Cookie header. */
  const cookieOf = (res: Response) => {
    const header = res.headers.get('set-cookie') ?? '';
    const [pair, ...attributes] = header.split(';').map((p) => p.trim());
    const [name, value] = pair!.split('=');
    return { name, value: value ?? '', attributes: attributes.map((a) => a.toLowerCase()) };
  };
  const signIn = async () => {
    const res = await post('sign-in', { email: EMAIL, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return { res, body: (await res.json()) as Record<string, string>, cookie: cookieOf(res) };
  };
  const viewerWith = async (accessToken: string) => (await server.gql(VIEWER, {}, { authorization: `Bearer ${accessToken}` })).data?.viewer;
  const codeOf = async (res: Response) =>
    ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code;

  it('signs in with the refresh token in an HttpOnly, SameSite=Strict cookie scoped to /auth, never in the body', async () => {
    const { res, body, cookie } = await signIn();
    expect(cookie.name).toBe('gt_refresh');
    expect(cookie.value).toMatch(/^[A-Za-z0-9_\-.~]{20,}$/);
    expect(cookie.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/auth']));
    expect(cookie.attributes.some((a) => /^max-age=\d+$/.test(a) && Number(a.slice(8)) > 86_400)).toBe(true);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt', 'refreshTokenExpiresAt']);
    expect(JSON.stringify(body)).not.toContain(cookie.value);
    expect(await viewerWith(body.accessToken!)).toEqual({ kind: 'PERSON', email: EMAIL });
  });

  it('for any host but this machine the cookie is also Secure', async () => {
    // fetch may not set Host: a plain request as a browser reaching the public name would.
    const setCookie = await new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({ email: EMAIL, password: DEMO_PASSWORD });
      const req = http.request(
        `${server.url}/auth/sign-in`,
        {
          method: 'POST',
          headers: { host: 'goldenthread.example.gov.uk', 'content-type': 'application/json', 'x-golden-thread-session': '1' },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve(String(res.headers['set-cookie'] ?? '')) : reject(new Error(String(res.statusCode))),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(
      setCookie
        .toLowerCase()
        .split(';')
        .map((a) => a.trim()),
    ).toContain('secure');
  });

  it('refreshes from the cookie alone, rotating it; the old cookie coming back ends the session', async () => {
    const first = await signIn();
    const refreshed = await post('refresh', {}, { cookie: `other=1; gt_refresh=${first.cookie.value}` });
    expect(refreshed.status).toBe(200);
    const second = cookieOf(refreshed);
    const body = (await refreshed.json()) as Record<string, string>;
    expect(second.value).not.toBe(first.cookie.value);
    expect(await viewerWith(body.accessToken!)).toEqual({ kind: 'PERSON', email: EMAIL });
    // The first token again: someone holds a copy, so the whole session ends (and the cookie is cleared).
    const replay = await post('refresh', {}, { cookie: `gt_refresh=${first.cookie.value}` });
    expect(replay.status).toBe(401);
    expect(await codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(cookieOf(replay)).toMatchObject({ name: 'gt_refresh', value: '' });
    expect(cookieOf(replay).attributes).toContain('max-age=0');
    expect((await post('refresh', {}, { cookie: `gt_refresh=${second.value}` })).status).toBe(401);
    expect(await viewerWith(body.accessToken!)).toBeUndefined();
  });

  it('signs out: the session ends at once and the cookie is cleared', async () => {
    const { body, cookie } = await signIn();
    const out = await post('sign-out', {}, { cookie: `gt_refresh=${cookie.value}` });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ sessionsEnded: 1 });
    expect(cookieOf(out).attributes).toContain('max-age=0');
    expect(await viewerWith(body.accessToken!)).toBeUndefined();
    expect((await post('refresh', {}, { cookie: `gt_refresh=${cookie.value}` })).status).toBe(401);
    // Without a cookie there is nothing to end, and that is not an error.
    expect(await (await post('sign-out', {})).json()).toEqual({ sessionsEnded: 0 });
  });

  it('refuses what another site could send: no session header, a form, no cookie, a malformed cookie', async () => {
    const { cookie } = await signIn();
    const bare = await fetch(`${server.url}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `gt_refresh=${cookie.value}` },
      body: '{}',
    });
    expect(bare.status).toBe(400);
    expect(await codeOf(bare)).toBe('BAD_REQUEST');
    const form = await fetch(`${server.url}/auth/sign-out`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-golden-thread-session': '1',
        cookie: `gt_refresh=${cookie.value}`,
      },
      body: 'a=1',
    });
    expect(form.status).toBe(400);
    // The session survived both.
    expect((await post('refresh', {}, { cookie: `gt_refresh=${cookie.value}` })).status).toBe(200);
    const none = await post('refresh', {});
    expect(none.status).toBe(401);
    expect(await codeOf(none)).toBe('UNAUTHENTICATED');
    expect((await post('refresh', {}, { cookie: 'gt_refresh="<script>"' })).status).toBe(401);
  });

  it('answers bad sign-ins with codes: missing fields 400, a wrong password 401, the throttle 429 with Retry-After', async () => {
    const missing = await post('sign-in', { email: EMAIL });
    expect(missing.status).toBe(400);
    expect(await codeOf(missing)).toBe('BAD_USER_INPUT');
    const who = 'nobody.at.all@suffolk.gov.uk';
    for (let i = 0; i < 3; i++) {
      const wrong = await post('sign-in', { email: who, password: 'not the password' });
      expect(wrong.status).toBe(401);
      expect(await codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.headers.get('set-cookie')).toBeNull();
    }
    const throttled = await post('sign-in', { email: who, password: 'not the password' });
    expect(throttled.status).toBe(429);
    expect(await codeOf(throttled)).toBe('TOO_MANY_REQUESTS');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
