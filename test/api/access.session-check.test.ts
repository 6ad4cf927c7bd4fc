import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RefreshToken } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const VIEWER = `{ viewer { kind email } }`;

// Every signed-in request checks its sign-in session in the database (plain SQL): revoked, expired or
// live, whatever the access token says, and however often the same token was accepted before.
describe.each(dialects())('the sign-in session behind each request on %s', (dialect) => {
  let server: TestServer;
  let person: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    person = await server.memberOf('E10000029');
  });
  afterAll(async () => {
    await server?.close();
  });

  const setSession = async (changes: Partial<Pick<RefreshToken, 'expiresAt' | 'revokedAt'>>) => {
    const em = server.em();
    const rows = await em.find(RefreshToken, { account: { email: person.email } });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) Object.assign(r, changes);
    await em.flush();
  };

  it('answers while the session lives, refuses once it has expired, answers again when it lives again', async () => {
    for (let i = 0; i < 3; i++) expect((await person.gql(VIEWER)).data.viewer).toEqual({ kind: 'PERSON', email: person.email });
    await setSession({ expiresAt: new Date(Date.now() - 1000) });
    const expired = await person.gql(VIEWER);
    expect(expired.status).toBe(401);
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    await setSession({ expiresAt: new Date(Date.now() + 86_400_000) });
    expect((await person.gql(VIEWER)).data.viewer).toEqual({ kind: 'PERSON', email: person.email });
  });

  it('refuses a revoked session at once, though its token was accepted a moment before', async () => {
    expect((await person.gql(VIEWER)).status).toBe(200);
    await setSession({ revokedAt: new Date() });
    const revoked = await person.gql(VIEWER);
    expect(revoked.status).toBe(401);
    expect(errorCode(revoked)).toBe('UNAUTHENTICATED');
  });
});
