import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, DEMO_PASSWORD } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';

/** Passwords, tokens and keys never reach the server's log or an error message, even when things go wrong. */
describe.each(dialects())('secrets stay out of logs and errors on %s', (dialect) => {
  let server: TestServer;
  const secrets: string[] = [DEMO_PASSWORD, 'a-wrong-password-xyz'];
  const responses: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(dialect, { captureLog: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps passwords, access and refresh tokens and API keys out of the log and of error messages', async () => {
    const admin = await server.em().findOneOrFail(Account, { admin: true });
    const signIn = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }`;
    const wrong = await server.gql(signIn, { e: admin.email, p: 'a-wrong-password-xyz' });
    responses.push(JSON.stringify(wrong));
    const ok = await server.gql(signIn, { e: admin.email, p: DEMO_PASSWORD });
    const { accessToken, refreshToken } = ok.data.signIn;
    secrets.push(accessToken, refreshToken);
    const headers = { authorization: `Bearer ${accessToken}` };
    const councilId = (await server.gql(`{ viewer { council { id } } }`, {}, headers)).data.viewer.council.id;
    const key = (
      await server.gql(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
        { input: { councilId, name: 'Log test' } },
        headers,
      )
    ).data.createApiKey.secret;
    secrets.push(key);
    responses.push(JSON.stringify(await server.gql(`{ viewer { kind } }`, {}, { 'x-api-key': key })));
    // Bad credentials of every kind.
    responses.push(JSON.stringify(await server.gql(`{ viewer { kind } }`, {}, { authorization: `Bearer ${accessToken}x` })));
    responses.push(JSON.stringify(await server.gql(`{ viewer { kind } }`, {}, { 'x-api-key': `${key.slice(0, -2)}zz` })));
    responses.push(
      JSON.stringify(
        await server.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: `${refreshToken}x` }),
      ),
    );
    const bad = await server.gql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ok } }`,
      { c: 'a-wrong-password-xyz', n: DEMO_PASSWORD },
      headers,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    responses.push(JSON.stringify(bad));

    // A GET carrying secrets in its query string (refused: mutations need POST) must not log them either.
    const get = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent(
        `mutation { signIn(email: "${admin.email}", password: "${DEMO_PASSWORD}") { accessToken } }`,
      )}&extensions=${encodeURIComponent(refreshToken)}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(get.status).toBeGreaterThanOrEqual(400);
    responses.push(await get.text());

    const log = server.log();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      expect(log.includes(secret), `log contains a secret (${secret.slice(0, 6)}...)`).toBe(false);
      for (const r of responses) expect(r.includes(secret), `a response contains a secret (${secret.slice(0, 6)}...)`).toBe(false);
    }
    expect(log).not.toMatch(/\$argon2id/);
  });

  it('masks unexpected errors in production: the caller sees a generic message, the log has the detail, still no secrets', async () => {
    await server.orm.em.getConnection().execute('drop table councillor_role');
    const staff = await server.memberOf('E10000029');
    const res = await staff.gql(`{ council(gssCode: "E10000029") { councillorRoles { role } } }`);
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors![0]!.message).toMatch(/Something went wrong on our side/);
    expect(JSON.stringify(res)).not.toMatch(/councillor_role|stack|sql/i);
    const log = server.log();
    expect(log).toMatch(/councillor_role/);
    for (const secret of [...secrets, staff.accessToken]) expect(log.includes(secret)).toBe(false);
  });
});
