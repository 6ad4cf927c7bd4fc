import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const VIEWER = `{ viewer { kind email } }`;

/** An HS256 JWT signed with `secret`, made by hand (independent of the library the server uses). */
function sign(secret: string, payload: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

// Tokens signed with the server's real secret, for a live session: only the claims differ.
describe.each(dialects())('access-token claims on %s', (dialect) => {
  let server: TestServer;
  let person: Client;
  let claims: Record<string, unknown>;
  const ask = (claimsToSign: Record<string, unknown>) =>
    server.gql(VIEWER, undefined, { authorization: `Bearer ${sign(server.jwtSecret, claimsToSign)}` });
  const without = (...names: string[]) => Object.fromEntries(Object.entries(claims).filter(([k]) => !names.includes(k)));

  beforeAll(async () => {
    server = await startTestServer(dialect);
    person = await server.memberOf('E10000029');
    claims = claimsOf(person.accessToken);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('accepts the same claims re-signed with the secret (the forging here is faithful)', async () => {
    const res = await ask(claims);
    expect(res.status).toBe(200);
    expect(res.data.viewer).toEqual({ kind: 'PERSON', email: person.email });
  });

  it('refuses a token without an expiry with 401 UNAUTHENTICATED', async () => {
    const res = await ask(without('exp'));
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.headers.get('www-authenticate')).toMatch(/Bearer/);
  });

  it('refuses tokens without the subject, the session or the issue time', async () => {
    for (const name of ['sub', 'sid', 'iat']) {
      const res = await ask(without(name));
      expect(res.status, name).toBe(401);
      expect(errorCode(res), name).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token that lives longer than an access token may (15 minutes)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const long = await ask({ ...claims, iat: now, exp: now + 365 * 86_400 });
    expect(long.status).toBe(401);
    expect(errorCode(long)).toBe('UNAUTHENTICATED');
    // Nor can it hide behind an issue time in the future.
    const future = await ask({ ...claims, iat: now + 365 * 86_400 - 900, exp: now + 365 * 86_400 });
    expect(future.status).toBe(401);
    const exact = await ask({ ...claims, iat: now, exp: now + 900 });
    expect(exact.status).toBe(200);
  });
});
