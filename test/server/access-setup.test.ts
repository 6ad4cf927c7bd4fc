import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, DEMO_COUNCIL_GSS, DEMO_PASSWORD } from '@goldenthread/db';
import { createAdminAccount, createApiKeyFromCli, resolveJwtSecret, revokeApiKeyFromCli } from '@goldenthread/server';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

describe('the access-token secret', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-secret-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('uses GT_JWT_SECRET when set, and refuses a short one', () => {
    const secret = 'x'.repeat(40);
    expect(resolveJwtSecret({ jwtSecret: secret, dataDir: dir, databaseUrl: undefined, mode: 'production' })).toBe(secret);
    expect(() => resolveJwtSecret({ jwtSecret: 'short', dataDir: dir, databaseUrl: undefined, mode: 'production' })).toThrow(
      /at least 32 characters/,
    );
  });

  it('with the embedded database, generates one in the data folder (owner-only) and keeps it across restarts', () => {
    const first = resolveJwtSecret({ jwtSecret: undefined, dataDir: dir, databaseUrl: undefined, mode: 'production' });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, 'jwt-secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveJwtSecret({ jwtSecret: undefined, dataDir: dir, databaseUrl: undefined, mode: 'production' })).toBe(first);
  });

  it('with PostgreSQL in production, refuses to start without GT_JWT_SECRET', () => {
    expect(() =>
      resolveJwtSecret({ jwtSecret: undefined, dataDir: dir, databaseUrl: 'postgres://db.example/gt', mode: 'production' }),
    ).toThrow(/Set GT_JWT_SECRET/);
    expect(
      resolveJwtSecret({ jwtSecret: undefined, dataDir: dir, databaseUrl: 'postgres://localhost/gt', mode: 'development' }),
    ).toHaveLength(64);
  });
});

describe.each(dialects())('demo accounts and the CLI commands on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  const signIn = (email: string, password: string) =>
    server.gql(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken viewer { admin person { jobTitle } } } }`,
      { e: email, p: password },
    );

  it('seeds demo accounts for the demo council that sign in with the documented password', async () => {
    const accounts = await demoAccounts(server.em(), DEMO_COUNCIL_GSS);
    // The README lists these e-mails: keep them true.
    expect(accounts.map((a) => a.email)).toEqual([
      'megan.llewellyn@suffolk.gov.uk',
      'conor.gallagher@suffolk.gov.uk',
      'ngozi.okafor@suffolk.gov.uk',
      'kwame.francis@suffolk.gov.uk',
      'yusuf.kaya@suffolk.gov.uk',
      'cllr.christopher.lewis@suffolk.gov.uk',
      'zainab.hussain@suffolk.gov.uk',
      'sunita.rahman2@suffolk.gov.uk',
      'thomas.taylor@suffolk.gov.uk',
      'cllr.jerome.boateng@suffolk.gov.uk',
      'sofia.romano@suffolk.gov.uk',
    ]);
    expect(accounts.filter((a) => a.admin)).toHaveLength(1);
    const titles = accounts.map((a) => a.jobTitle ?? '');
    expect(titles).toContain('Chief Executive');
    expect(titles).toContain('Director of Adult Social Services');
    expect(titles.some((t) => /Performance/.test(t))).toBe(true);
    for (const a of accounts) {
      const res = await signIn(a.email, DEMO_PASSWORD);
      expect(res.errors, a.email).toBeUndefined();
      expect(res.data.signIn.viewer.admin).toBe(a.admin);
    }
    // Nowhere but the demo council.
    expect(await demoAccounts(server.em(), 'E06000001')).toEqual([]);
  });

  it('creates an administrator from the command line, who can then sign in', async () => {
    const made = await createAdminAccount(server.orm, { council: 'E06000001', email: 'It.Admin@hartlepool.gov.uk', name: 'Alex Admin' });
    expect(made.generated).toBe(true);
    const res = await signIn('it.admin@hartlepool.gov.uk', made.password);
    expect(res.errors).toBeUndefined();
    expect(res.data.signIn.viewer).toMatchObject({ admin: true, person: { jobTitle: 'Administrator' } });
    await expect(createAdminAccount(server.orm, { council: 'E06000002', email: 'it.admin@hartlepool.gov.uk' })).rejects.toThrow(
      /another council/,
    );
  });

  it('issues and revokes a partner key from the command line', async () => {
    const { key, prefix } = await createApiKeyFromCli(server.orm, { council: 'E06000001', name: 'Researcher' });
    expect((await server.gql(`{ viewer { kind } }`, {}, { 'x-api-key': key })).data.viewer.kind).toBe('PARTNER');
    expect(await revokeApiKeyFromCli(server.orm, prefix)).toBe(true);
    expect((await server.gql(`{ viewer { kind } }`, {}, { 'x-api-key': key })).status).toBe(401);
  });
});
