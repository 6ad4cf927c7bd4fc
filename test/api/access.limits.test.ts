import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type GqlResult, type TestServer } from '../testkit/index.js';

const DEEP =
  `{ council(gssCode: "E10000029") { directorates { nodes { services { nodes { children { nodes { parent { parent { ` +
  `directorate { council { directorates { nodes { name } } } } } } } } } } } } } }`;
const COSTLY = `{ council(gssCode: "E10000029") { people(first: 500) { nodes { name directReports(first: 500) { nodes { name } } } } } }`;

describe.each(dialects())('query limits and HTTP hardening on %s', (dialect) => {
  let server: TestServer;
  let staff: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect, { bodyLimit: 100_000 });
    staff = await server.memberOf('E10000029');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a query nested too deep before running it: a clear message and no SQL at all', async () => {
    const { result, count } = await server.countStatements(() => server.gql(DEEP));
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.message).toMatch(/nested 1\d levels deep; the limit is 12/);
    expect(count).toBe(0);
  });

  it('refuses too many aliases and too many tokens, with no SQL', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: councils(first: 1) { totalCount }`).join(' ')} }`;
    const a = await server.countStatements(() => server.gql(aliases));
    expect(a.result.errors![0]!.message).toMatch(/31 aliases; the limit is 30/);
    expect(a.count).toBe(0);
    const tokens = `{ ${Array.from({ length: 4100 }, () => '__typename').join(' ')} }`;
    const t = await server.countStatements(() => server.gql(tokens));
    expect(errorCode(t.result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(t.result.errors![0]!.message).toMatch(/more than 4000 tokens, the limit/);
    expect(t.count).toBe(0);
  });

  it('estimates cost from page sizes (variables included) and refuses an anonymous query over the limit with no SQL', async () => {
    const refused = await server.countStatements(() => server.gql(COSTLY));
    expect(errorCode(refused.result)).toBe('QUERY_TOO_COMPLEX');
    expect(refused.result.errors![0]!.extensions!.cost).toBeGreaterThan(250_000);
    expect(refused.result.errors![0]!.message).toMatch(/estimated cost \d+, the limit for anonymous callers and API keys is 50000/);
    expect(refused.count).toBe(0);
    const viaVariables = await server.countStatements(() =>
      server.gql(
        `query($n: Int) { councils(first: $n) { nodes { directorates(first: $n) { nodes { services(first: $n) { nodes { name } } } } } } }`,
        { n: 200 },
      ),
    );
    expect(errorCode(viaVariables.result)).toBe('QUERY_TOO_COMPLEX');
    expect(viaVariables.count).toBe(0);
    const small = await server.gql(`query($n: Int) { councils(first: $n) { nodes { name } } }`, { n: 200 });
    expect(small.errors).toBeUndefined();
  });

  it('gives signed-in staff a higher cost limit', async () => {
    const query =
      `{ council(gssCode: "E10000029") { people(first: 500) { nodes { name directReports(first: 200) { nodes { name } } } } ` + `} }`;
    const res = await staff.gql(query);
    expect(res.errors).toBeUndefined();
    const anon = await server.gql(query);
    expect(errorCode(anon)).toBe('QUERY_TOO_COMPLEX');
  });

  it('hides "Did you mean" suggestions from everyone but signed-in people', async () => {
    const anon = await server.gql(`{ councils { nodez { name } } }`);
    expect(anon.errors![0]!.message).toContain('Cannot query field "nodez"');
    expect(anon.errors![0]!.message).not.toContain('Did you mean');
    const signedIn = await staff.gql(`{ councils { nodez { name } } }`);
    expect(signedIn.errors![0]!.message).toContain('Did you mean "nodes"?');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('prevents cross-site requests: simple requests without a preflight are refused', async () => {
    const form = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const withHeader = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });
});

describe.each(dialects())('rate limits and introspection switch on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, {
      seed: 'demo',
      rateLimit: { perAddress: 25, perKey: 40, windowMs: 60_000 },
      introspection: false,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses introspection when it is switched off', async () => {
    const res = await server.gql(`{ __schema { queryType { name } } }`);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toMatch(/introspection/i);
  });

  it('answers 429 with Retry-After past the per-address limit, counting API keys separately', async () => {
    const admin = await server.adminOf('E10000029');
    const councilId = (await admin.gql(`{ viewer { council { id } } }`)).data.viewer.council.id;
    const key = (
      await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
        input: { councilId, name: 'Rate test' },
      })
    ).data.createApiKey.secret;
    let last: GqlResult | undefined;
    for (let i = 0; i < 30; i++) {
      last = await server.gql(`{ __typename }`);
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorCode(last!)).toBe('TOO_MANY_REQUESTS');
    expect(last!.errors![0]!.message).toMatch(/Too many requests/);
    // The partner's key has its own allowance.
    const partner = await server.gql(`{ viewer { kind } }`, {}, { 'x-api-key': key });
    expect(partner.status).toBe(200);
    expect(partner.data.viewer.kind).toBe('PARTNER');
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe.each(dialects())('time limit on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', limits: { timeoutMs: 1 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('stops a query that runs past the time limit with TIMEOUT', async () => {
    const res = await server.gql(
      `{ council(gssCode: "E10000029") { directorates(first: 5) { nodes { services(first: 10) { nodes { children(first: 10) { nodes { ` +
        `people(first: 10) { nodes { name jobTitle } } } } } } } } } }`,
    );
    const timeout = res.errors?.find((e) => e.extensions?.code === 'TIMEOUT');
    if (!timeout) console.log(JSON.stringify(res).slice(0, 600));
    expect(timeout?.message).toMatch(/took longer than/);
  });
});
