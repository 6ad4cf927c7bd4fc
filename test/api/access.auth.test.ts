import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, ApiKey, DEMO_PASSWORD, Person, PersonKind, RefreshToken, sha256 } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, TEST_PASSWORD, type GqlResult, type TestServer } from '../testkit/index.js';

const SIGN_IN =
  `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken ` +
  `accessTokenExpiresAt refreshToken viewer { kind email admin person { name } council { gssCode } } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const VIEWER = `{ viewer { kind email admin apiKey council { gssCode } } }`;

describe.each(dialects())('sign-in, sessions and API keys on %s', (dialect) => {
  let server: TestServer;
  let adminEmail: string;
  let suffolkId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { throttle: { windowSeconds: 600, perAccount: 3, perAddress: 8 } });
    const admin = await server.em().findOneOrFail(Account, { admin: true });
    adminEmail = admin.email;
    suffolkId = (await server.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('signs a demo administrator in with the documented password and knows who they are', async () => {
    const res = await server.gql(SIGN_IN, { email: adminEmail.toUpperCase(), password: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    const s = res.data.signIn;
    expect(s.viewer).toMatchObject({ kind: 'PERSON', email: adminEmail, admin: true, council: { gssCode: 'E10000029' } });
    expect(new Date(s.accessTokenExpiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 5000);
    expect(s.refreshToken).toMatch(/^gtr_/);
    // Stored hashed: the token itself is nowhere in the table.
    const row = await server.em().findOneOrFail(RefreshToken, { tokenHash: sha256(s.refreshToken) });
    expect(row.tokenHash).not.toContain(s.refreshToken);
    const me = await server.gql(VIEWER, undefined, { authorization: `Bearer ${s.accessToken}` });
    expect(me.data.viewer).toMatchObject({ kind: 'PERSON', email: adminEmail, admin: true });
    const anon = await server.gql(VIEWER);
    expect(anon.data.viewer).toMatchObject({ kind: 'ANONYMOUS', email: null, admin: false });
    // Passwords are argon2id hashes.
    expect((await server.em().findOneOrFail(Account, { email: adminEmail })).passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password or unknown e-mail with the same message', async () => {
    const wrong = await server.gql(SIGN_IN, { email: 'nobody@example.org', password: 'whatever-it-is' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    const member = await server.memberOf('E10000029');
    const bad = await server.gql(SIGN_IN, { email: member.email, password: 'not-the-password' });
    expect(errorCode(bad)).toBe('UNAUTHENTICATED');
    expect(bad.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it('throttles failed sign-ins per account with 429, Retry-After and a clear message, even with the right password', async () => {
    const victim = await server.signIn((await server.em().findOneOrFail(Account, { admin: false }, { orderBy: { id: 'desc' } })).email);
    for (let i = 0; i < 3; i++)
      expect(errorCode(await server.gql(SIGN_IN, { email: victim.email, password: `wrong-password-${i}` }))).toBe('UNAUTHENTICATED');
    const locked = await server.gql(SIGN_IN, { email: victim.email, password: DEMO_PASSWORD });
    expect(locked.status).toBe(429);
    expect(errorCode(locked)).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    expect(locked.errors![0]!.message).toMatch(/Too many failed sign-ins for this account\. Wait \d+ minutes?/);
  });

  it('rotates refresh tokens, and ends the session when a used one comes back', async () => {
    const s = await server.adminOf('E06000001');
    const first = await server.gql(REFRESH, { t: s.refreshToken });
    expect(first.errors).toBeUndefined();
    const second = await server.gql(REFRESH, { t: first.data.refreshSession.refreshToken });
    expect(second.errors).toBeUndefined();
    // The first token again: theft suspected, the whole family is revoked.
    const replay = await server.gql(REFRESH, { t: s.refreshToken });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors![0]!.message).toMatch(/already used/);
    const afterReplay = await server.gql(REFRESH, { t: second.data.refreshSession.refreshToken });
    expect(errorCode(afterReplay)).toBe('UNAUTHENTICATED');
    const access = await server.gql(VIEWER, undefined, { authorization: `Bearer ${second.data.refreshSession.accessToken}` });
    expect(access.status).toBe(401);
  });

  it('signing out revokes the session: its access and refresh tokens stop working', async () => {
    const s = await server.adminOf('E06000001');
    expect((await s.gql(VIEWER)).data.viewer.kind).toBe('PERSON');
    const out = await s.gql(`mutation($t: String) { signOut(refreshToken: $t) { sessionsEnded } }`, { t: s.refreshToken });
    expect(out.data.signOut.sessionsEnded).toBe(1);
    const after = await s.gql(VIEWER);
    expect(after.status).toBe(401);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect(errorCode(await server.gql(REFRESH, { t: s.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('answers a forged or malformed token with 401, never as anonymous', async () => {
    const s = await server.adminOf('E06000001');
    const [h, p] = s.accessToken.split('.');
    const forged = await server.gql(VIEWER, undefined, { authorization: `Bearer ${h}.${p}.c2lnbmF0dXJl` });
    expect(forged.status).toBe(401);
    const garbage = await server.gql(VIEWER, undefined, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(garbage.status).toBe(401);
  });

  it('changes a password; the old one stops working', async () => {
    const person = await server
      .em()
      .findOneOrFail(Person, { email: { $like: '%suffolk%' }, kind: PersonKind.OFFICER }, { orderBy: { id: 'desc' } });
    const s = await server.signIn(person.email!);
    const current = TEST_PASSWORD;
    const tooShort = await s.gql(`mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "short") { ok } }`, {
      c: current,
    });
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    expect(tooShort.errors![0]!.extensions!.field).toBe('newPassword');
    const ok = await s.gql(
      `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a-much-longer-passphrase") { ok } }`,
      { c: current },
    );
    expect(ok.data.changePassword.ok).toBe(true);
    expect(errorCode(await server.gql(SIGN_IN, { email: s.email, password: current }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(SIGN_IN, { email: s.email, password: 'a-much-longer-passphrase' })).errors).toBeUndefined();
  });

  it('lets an administrator create accounts, and refuses a stale account version with CONFLICT', async () => {
    const admin = await server.adminOf('E10000029');
    const person = (
      await admin.gql(`query($id: ID!) { council(id: $id) { people(first: 1, kind: COUNCILLOR) { nodes { id email } } } }`, {
        id: suffolkId,
      })
    ).data.council.people.nodes[0];
    const made = await admin.gql(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id email admin version person { name } } } }`,
      {
        input: { personId: person.id, password: 'councillor-password', admin: false },
      },
    );
    expect(made.errors).toBeUndefined();
    const account = made.data.createAccount.account;
    expect(account).toMatchObject({ email: person.email, admin: false, version: 1 });
    const again = await admin.gql(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
      input: { personId: person.id, password: 'councillor-password' },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.extensions!.field).toBe('personId');
    const update = (version: number, disabled: boolean) =>
      admin.gql(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { disabled version } } }`, {
        input: { id: account.id, version, disabled },
      });
    const disabled = await update(1, true);
    expect(disabled.data.updateAccount.account).toEqual({ disabled: true, version: 2 });
    const stale = await update(1, false);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await server.em().findOneOrFail(Account, { email: person.email })).disabledAt).not.toBeNull();
    expect(errorCode(await server.gql(SIGN_IN, { email: person.email, password: 'councillor-password' }))).toBe('UNAUTHENTICATED');
  });

  it('issues an API key shown once and stored hashed; partners read with it and are refused when it is revoked', async () => {
    const admin = await server.adminOf('E10000029');
    const made = await admin.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix name version revokedAt } } }`,
      {
        input: { councilId: suffolkId, name: 'ICB dashboard', contact: 'analyst@icb.example' },
      },
    );
    expect(made.errors).toBeUndefined();
    const { secret, apiKey } = made.data.createApiKey;
    expect(secret).toMatch(/^gtk_[0-9a-f]{12}_/);
    const row = await server.em().findOneOrFail(ApiKey, { prefix: apiKey.prefix });
    expect(row.keyHash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await admin.gql(`query($c: ID!) { apiKeys(councilId: $c) { nodes { prefix name } } }`, { c: suffolkId });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
    expect(listed.data.apiKeys.nodes.map((k: any) => k.prefix)).toContain(apiKey.prefix);

    for (const headers of [{ 'x-api-key': secret }, { authorization: `Bearer ${secret}` }] as Array<Record<string, string>>) {
      const me = await server.gql(VIEWER, undefined, headers);
      expect(me.data.viewer).toMatchObject({ kind: 'PARTNER', email: null, council: { gssCode: 'E10000029' } });
      expect(me.data.viewer.apiKey).toContain(apiKey.prefix);
    }
    const used = await server.em().findOneOrFail(ApiKey, { prefix: apiKey.prefix });
    expect(Math.abs(used.lastUsedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(used.version).toBe(1);
    const write = await server.gql(
      `mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { directorate { id } } }`,
      { input: { councilId: suffolkId, name: 'Partner Directorate' } },
      { 'x-api-key': secret },
    );
    expect(errorCode(write)).toBe('FORBIDDEN');

    const revoked = await admin.gql(`mutation($id: ID!, $v: Int) { revokeApiKey(id: $id, version: $v) { apiKey { revokedAt version } } }`, {
      id: apiKey.id,
      v: apiKey.version,
    });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    const refused = await server.gql(VIEWER, undefined, { 'x-api-key': secret });
    expect(refused.status).toBe(401);
    expect(refused.errors![0]!.message).toMatch(/revoked/);
    const staleRevoke = await admin.gql(`mutation($id: ID!, $v: Int) { revokeApiKey(id: $id, version: $v) { apiKey { id } } }`, {
      id: apiKey.id,
      v: apiKey.version,
    });
    expect(errorCode(staleRevoke)).toBe('CONFLICT');
    const forged = await server.gql(VIEWER, undefined, { 'x-api-key': `gtk_${apiKey.prefix}_${'A'.repeat(43)}` });
    expect(forged.status).toBe(401);
  });

  it('keeps API keys and accounts to administrators of their own council', async () => {
    const member = await server.memberOf('E10000029');
    const keys = await member.gql(`query($c: ID!) { apiKeys(councilId: $c) { totalCount } }`, { c: suffolkId });
    expect(errorCode(keys)).toBe('FORBIDDEN');
    const otherAdmin = await server.adminOf('E06000001');
    const create = await otherAdmin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: suffolkId, name: 'Sneaky' },
    });
    expect(errorCode(create)).toBe('FORBIDDEN');
    expect(await server.em().count(ApiKey, { name: 'Sneaky' })).toBe(0);
    const anon = await server.gql(`query($c: ID!) { accounts(councilId: $c) { totalCount } }`, { c: suffolkId });
    expect(errorCode(anon)).toBe('UNAUTHENTICATED');
  });
  // Last: it blocks this address for the rest of the file.
  it('throttles failed sign-ins per address across accounts', async () => {
    let last: GqlResult | undefined;
    for (let i = 0; i < 9; i++) last = await server.gql(SIGN_IN, { email: `stranger${i}@example.org`, password: 'wrong-password' });
    expect(last!.status).toBe(429);
    expect(last!.errors![0]!.message).toMatch(/from your network/);
  });
});
