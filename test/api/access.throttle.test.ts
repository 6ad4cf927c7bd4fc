import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type GqlResult, type TestServer } from '../testkit/index.js';

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;
const MEGAN = 'megan.llewellyn@suffolk.gov.uk';

// The documented limits: 5 failures per account, 20 per address, within 15 minutes.
const THROTTLE = { windowSeconds: 900, perAccount: 5, perAddress: 20 };

/** Sends all the sign-ins at once (every request leaves before any answer comes back). */
function together(server: TestServer, attempts: Array<{ email: string; password: string }>): Promise<GqlResult[]> {
  return Promise.all(attempts.map((a) => server.gql(SIGN_IN, a)));
}

/** Answers other than 429: sign-ins whose password the server actually checked. */
function evaluated(results: GqlResult[]): GqlResult[] {
  return results.filter((r) => r.status !== 429);
}

// Attempts are counted before the password is checked (argon2 takes a while): sending them all at
// once must not get more passwords evaluated than the limits allow.
describe.each(dialects())('sign-in throttle under simultaneous attempts on %s', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('evaluates at most 5 passwords of one account out of 100 sent at once, and then refuses the right one', async () => {
    server = await startTestServer(dialect, { throttle: THROTTLE });
    const sent = Array.from({ length: 99 }, (_, i) => server!.gql(SIGN_IN, { email: MEGAN, password: `wrong-password-${i}` }));
    // Once the first answer is back, the server has taken in (and counted) at least 5 wrong ones.
    await Promise.race(sent);
    const right = await server.gql(SIGN_IN, { email: MEGAN, password: DEMO_PASSWORD });
    const results = await Promise.all(sent);
    const checked = evaluated(results);
    expect(checked.length).toBeGreaterThanOrEqual(1);
    expect(checked.length).toBeLessThanOrEqual(5);
    for (const r of checked) expect(errorCode(r)).toBe('UNAUTHENTICATED');
    for (const r of results.filter((x) => x.status === 429)) {
      expect(errorCode(r)).toBe('TOO_MANY_REQUESTS');
      expect(r.errors![0]!.message).toMatch(/for this account/);
    }
    expect(right.status).toBe(429);
    expect(errorCode(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.data?.signIn ?? null).toBeNull();
  });

  it('keeps to the limit when the right password is among 99 wrong ones sent at once', async () => {
    server = await startTestServer(dialect, { throttle: THROTTLE });
    const attempts = Array.from({ length: 99 }, (_, i) => ({ email: MEGAN, password: `wrong-password-${i}` }));
    attempts.splice(Math.floor(Math.random() * 100), 0, { email: MEGAN, password: DEMO_PASSWORD });
    const results = await together(server, attempts);
    const signedIn = results.filter((r) => r.data?.signIn?.accessToken);
    const wrongChecked = evaluated(results).filter((r) => !r.data?.signIn);
    // At most 5 passwords checked before the right one; a success forgets the account's earlier
    // failures (as a sequential sign-in does), so at most 5 in flight at that moment plus 5 after.
    if (signedIn.length) expect(wrongChecked.length).toBeLessThanOrEqual(10);
    else expect(wrongChecked.length).toBeLessThanOrEqual(5);
    expect(results.length - evaluated(results).length).toBeGreaterThanOrEqual(89);
  });

  it('evaluates at most 20 passwords from one address out of 100 sent at once for different accounts', async () => {
    server = await startTestServer(dialect, { throttle: THROTTLE });
    const results = await together(
      server,
      Array.from({ length: 100 }, (_, i) => ({ email: `stranger${i}@example.org`, password: 'wrong-password' })),
    );
    const checked = evaluated(results);
    expect(checked.length).toBeGreaterThanOrEqual(1);
    expect(checked.length).toBeLessThanOrEqual(20);
    for (const r of checked) expect(errorCode(r)).toBe('UNAUTHENTICATED');
    const refused = results.filter((r) => r.status === 429);
    expect(refused.length).toBe(100 - checked.length);
    for (const r of refused) expect(r.errors![0]!.message).toMatch(/from your network/);
    // And the right password of a real account from the same address is refused too.
    const right = await server.gql(SIGN_IN, { email: MEGAN, password: DEMO_PASSWORD });
    expect(right.status).toBe(429);
  });

  it("a successful sign-in is not a failure: it frees its slot and forgets the account's failures", async () => {
    server = await startTestServer(dialect, { throttle: { windowSeconds: 900, perAccount: 3, perAddress: 4 } });
    const attempt = (password: string) => server!.gql(SIGN_IN, { email: MEGAN, password });
    expect(errorCode(await attempt('wrong-password-1'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attempt('wrong-password-2'))).toBe('UNAUTHENTICATED');
    expect((await attempt(DEMO_PASSWORD)).errors).toBeUndefined();
    // The account starts again; the address has 2 failures, not 3.
    expect(errorCode(await attempt('wrong-password-3'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attempt('wrong-password-4'))).toBe('UNAUTHENTICATED');
    const blocked = await attempt(DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.errors![0]!.message).toMatch(/from your network/);
  });
});
