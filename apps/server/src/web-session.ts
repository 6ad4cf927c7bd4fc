/**
 * The web app's session over plain HTTP, so that its refresh token never reaches a script and one
 * sign-in serves every tab of the browser (README "Signing in"):
 *   POST /auth/sign-in   {email, password}: signIn; the refresh token goes into a cookie
 *   POST /auth/refresh   the cookie's refresh token: refreshSession; the rotated token replaces it
 *   POST /auth/sign-out  the cookie's refresh token: signOut (that session ends at once); the cookie cleared
 * Each answers { accessToken, accessTokenExpiresAt, refreshTokenExpiresAt } (or { sessionsEnded }) and
 * never the refresh token itself. The cookie is HttpOnly (out of reach of scripts), SameSite=Strict
 * (never sent by another site's page), Path=/auth (never sent with API calls, which use the Bearer
 * header and so stay immune to cross-site request forgery) and Secure except over plain HTTP to this
 * machine (development and tests). As a second guard the routes take only `application/json` with the
 * `x-golden-thread-session` header, which a cross-site form cannot send without a CORS preflight this
 * server never grants. Each runs the GraphQL mutation in-process, so the sign-in throttle, rotation
 * with reuse detection, leavers, disabled accounts and the audit trail are exactly the API's.
 */
import { type Credentials, type GoldenThreadApi } from '@goldenthread/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'gt_refresh';
export const SESSION_HEADER = 'x-golden-thread-session';
const COOKIE_PATH = '/auth';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, TOO_MANY_REQUESTS: 429 };

type Json = Record<string, unknown>;
type GqlError = { message: string; extensions?: Json & { code?: string; retryAfter?: number } };

const SESSION_FIELDS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt';

/** The refresh token the request's cookie carries, or null. */
export function refreshCookie(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_\-.~]+$/.test(value) ? value : null;
    }
  }
  return null;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The Set-Cookie value: the token until it expires, or an expired cookie to clear it. */
function cookie(request: FastifyRequest, token: string | null, expiresAt?: string): string {
  const secure = request.protocol === 'https' || !LOOPBACK.test(request.hostname.replace(/:\d+$/, ''));
  const parts = [`${SESSION_COOKIE}=${token ?? ''}`, `Path=${COOKIE_PATH}`, 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  if (token && expiresAt) {
    parts.push(`Max-Age=${Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000))}`);
  } else {
    parts.push('Max-Age=0');
  }
  return parts.join('; ');
}

function refuse(reply: FastifyReply, code: string, message: string, extra: Json = {}) {
  return reply
    .code(STATUS[code] ?? 400)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code, ...extra } }] });
}

export async function registerWebSession(
  root: FastifyInstance,
  api: GoldenThreadApi,
  credentialsOf: (request: FastifyRequest) => Credentials,
): Promise<void> {
  await root.register(async (app) => {
    // Any other body is read as text, so that a form or text/plain gets this file's coded refusal below.
    app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    routes(app, api, credentialsOf);
  });
}

function routes(app: FastifyInstance, api: GoldenThreadApi, credentialsOf: (request: FastifyRequest) => Credentials): void {
  /** Runs one mutation as the request's viewer; the first error (if any) as it came. */
  async function run(request: FastifyRequest, query: string, variables: Json) {
    const credentials = credentialsOf(request);
    const ctx = await api.context({ kind: 'anonymous' }, { ip: credentials.ip, userAgent: credentials.userAgent ?? null });
    const res = await api.apollo.executeOperation({ query, variables }, { contextValue: ctx });
    if (res.body.kind !== 'single') throw new Error('web session: incremental delivery is not expected');
    const { data, errors } = res.body.singleResult;
    return { data: (data ?? {}) as Json, error: errors?.[0] as GqlError | undefined };
  }

  /** Refuses a request a page of another site could have sent; true when it did. */
  function forged(request: FastifyRequest, reply: FastifyReply): boolean {
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (type === 'application/json' && request.headers[SESSION_HEADER] === '1') return false;
    void refuse(
      reply,
      'BAD_REQUEST',
      `Send this request as application/json with the header "${SESSION_HEADER}: 1" (the web app does): ` +
        'without them it could have come from another site.',
    );
    return true;
  }

  /** Answers a session payload: the access token in the body, the refresh token in the cookie. */
  function answer(request: FastifyRequest, reply: FastifyReply, session: Json) {
    return reply
      .header('cache-control', 'no-store')
      .header('set-cookie', cookie(request, String(session.refreshToken), String(session.refreshTokenExpiresAt)))
      .send({
        accessToken: session.accessToken,
        accessTokenExpiresAt: session.accessTokenExpiresAt,
        refreshTokenExpiresAt: session.refreshTokenExpiresAt,
      });
  }

  function refuseWith(request: FastifyRequest, reply: FastifyReply, error: GqlError, clear: boolean) {
    const { code, http, ...extra } = (error.extensions ?? {}) as Json & { code?: string; http?: { headers?: Json } };
    if (!code || !STATUS[code]) throw new Error(`web session: ${error.message}`);
    if (code === 'TOO_MANY_REQUESTS' && extra.retryAfter) reply.header('retry-after', String(extra.retryAfter));
    if (clear) reply.header('set-cookie', cookie(request, null));
    void http;
    return refuse(reply, code, error.message, extra);
  }

  app.post<{ Body: unknown }>('/auth/sign-in', async (request, reply) => {
    if (forged(request, reply)) return reply;
    const body = request.body as { email?: unknown; password?: unknown } | null;
    if (!body || typeof body.email !== 'string' || typeof body.password !== 'string') {
      return refuse(reply, 'BAD_USER_INPUT', 'Send {"email": "...", "password": "..."}: both are text.');
    }
    const mutation = `mutation WebSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) {
      ${SESSION_FIELDS} } }`;
    const { data, error } = await run(request, mutation, { email: body.email, password: body.password });
    if (error) return refuseWith(request, reply, error, false);
    return answer(request, reply, data.signIn as Json);
  });

  app.post('/auth/refresh', async (request, reply) => {
    if (forged(request, reply)) return reply;
    const token = refreshCookie(request.headers.cookie);
    if (!token) {
      return refuse(reply, 'UNAUTHENTICATED', 'There is no session in this browser: sign in.');
    }
    const mutation = `mutation WebRefresh($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
    const { data, error } = await run(request, mutation, { t: token });
    if (error) return refuseWith(request, reply, error, true);
    return answer(request, reply, data.refreshSession as Json);
  });

  app.post('/auth/sign-out', async (request, reply) => {
    if (forged(request, reply)) return reply;
    const token = refreshCookie(request.headers.cookie);
    let ended = 0;
    if (token) {
      const { data, error } = await run(request, 'mutation WebSignOut($t: String) { signOut(refreshToken: $t) { sessionsEnded } }', {
        t: token,
      });
      if (error) return refuseWith(request, reply, error, true);
      ended = Number((data.signOut as Json).sessionsEnded ?? 0);
    }
    return reply.header('cache-control', 'no-store').header('set-cookie', cookie(request, null)).send({ sessionsEnded: ended });
  });
}
