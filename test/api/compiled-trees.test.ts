import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@goldenthread/server';
import { dialects, errorCode, startTestServer, TEST_PASSWORD, type Client, type GqlResult, type TestServer } from '../testkit/index.js';
import { CASCADE } from './cascade.queries.js';
import { TREE } from './delegation.fixture.js';

const FINDINGS =
  `query($c: ID!) { accountabilityFindings(councilId: $c, minSeverity: HIGH) { code severity message fix nodes { id type ` + `name } } }`;
const ORG =
  `query($c: ID!) { organisationTree(councilId: $c) { levels nodes { id parentId kind name depth headcount ownerId ownerName } ` + `} }`;

/**
 * Tree queries are answered by compiled execution (graphql-jit). The same requests sent to a second
 * app on the same database with compiled execution and the cache turned off must give byte-identical
 * responses, and errors must come back exactly as ordinary execution reports them.
 */
describe.each(dialects())('compiled execution of tree queries on %s', (dialect) => {
  let server: TestServer;
  let plain: FastifyInstance;
  let plainUrl: string;
  let admin: Client;
  let plainToken: string;
  let councilId: string;

  const raw = async (
    url: string,
    token: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ status: number; text: string }> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, text: await res.text() };
  };
  const both = async (query: string, variables: Record<string, unknown>) => {
    const compiled = await raw(server.url, admin.accessToken, query, variables);
    const ordinary = await raw(plainUrl, plainToken, query, variables);
    return { compiled, ordinary };
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    admin = await server.adminOf('E10000029');
    councilId = (await admin.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
    plain = await buildApp({
      orm: server.orm,
      mode: 'production',
      logLevel: 'silent',
      jwtSecret: randomBytes(32).toString('base64url'),
      rateLimit: false,
      compiledTrees: false,
      cacheRows: 0,
    });
    await plain.listen({ host: '127.0.0.1', port: 0 });
    const address = plain.server.address();
    plainUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const signIn = JSON.parse(
      (
        await raw(plainUrl, '', `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`, {
          e: admin.email,
          p: TEST_PASSWORD,
        })
      ).text,
    ) as GqlResult;
    plainToken = signIn.data.signIn.accessToken;
  });
  afterAll(async () => {
    await plain?.close();
    await server?.close();
  });

  it('answers the accountability tree, findings, organisation tree and cascade exactly as ordinary execution does', async () => {
    const before = server.api.compiledTreesStats()!;
    const cases: Array<[string, Record<string, unknown>]> = [
      [TREE, { c: councilId }],
      [TREE, { c: councilId, depth: 2 }],
      [FINDINGS, { c: councilId }],
      [ORG, { c: councilId }],
      [CASCADE, { councilId, period: '2024-25', asOf: '2024-11-15' }],
    ];
    for (const [query, variables] of cases) {
      const { compiled, ordinary } = await both(query, variables);
      expect(compiled.status).toBe(200);
      expect(JSON.parse(compiled.text).errors).toBeUndefined();
      expect(compiled.text).toBe(ordinary.text);
    }
    const after = server.api.compiledTreesStats()!;
    expect(after.answered - before.answered).toBe(cases.length);
    expect(plain.goldenThread.compiledTreesStats()).toBeNull();
    // Each distinct document is compiled once, then reused.
    await both(TREE, { c: councilId });
    expect(server.api.compiledTreesStats()!.compiled).toBe(after.compiled);
  });

  it('hands requests that end in errors back to ordinary execution, so they are reported the same way', async () => {
    const before = server.api.compiledTreesStats()!;
    const unknown = 'Q291bmNpbDo5OTk5OQ'; // Council:99999
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [TREE, { c: unknown }, 'NOT_FOUND'],
      [TREE, { c: 'not-an-id' }, 'BAD_USER_INPUT'],
      [TREE, { c: councilId, depth: -1 }, 'BAD_USER_INPUT'],
      [TREE, { c: councilId, root: 'UGVyc29uOjk5OTk5OQ' }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of cases) {
      const { compiled, ordinary } = await both(query, variables);
      const body = JSON.parse(compiled.text) as GqlResult;
      expect(errorCode({ ...body, status: compiled.status, headers: new Headers() }), compiled.text).toBe(code);
      expect(compiled.text).toBe(ordinary.text);
      expect(compiled.status).toBe(ordinary.status);
    }
    expect(server.api.compiledTreesStats()!.handedBack - before.handedBack).toBe(cases.length);
  });

  it('answers anonymous callers (the public view) exactly as ordinary execution does', async () => {
    const before = server.api.compiledTreesStats()!;
    for (const [query, variables] of [
      [ORG, { c: councilId }],
      [CASCADE, { councilId, period: '2024-25', asOf: '2024-11-15' }],
    ] as Array<[string, Record<string, unknown>]>) {
      const compiled = await raw(server.url, '', query, variables);
      const ordinary = await raw(plainUrl, '', query, variables);
      expect(JSON.parse(compiled.text).errors).toBeUndefined();
      expect(compiled.text).toBe(ordinary.text);
    }
    expect(server.api.compiledTreesStats()!.answered - before.answered).toBe(2);
  });

  it('refuses anonymous callers and other councils the same way on both paths', async () => {
    const anonymous = await raw(server.url, '', TREE, { c: councilId });
    const anonymousPlain = await raw(plainUrl, '', TREE, { c: councilId });
    expect(anonymous.text).toBe(anonymousPlain.text);
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it('leaves operations that mix a tree with other fields, and mutations, to ordinary execution', async () => {
    const before = server.api.compiledTreesStats()!;
    const mixed =
      `query($c: ID!) { council(gssCode: "E10000029") { name } accountabilityTree(councilId: $c, maxDepth: 1) { nodes { id ` + `name } } }`;
    const { compiled, ordinary } = await both(mixed, { c: councilId });
    expect(JSON.parse(compiled.text).data.council.name).toBe('Suffolk');
    expect(compiled.text).toBe(ordinary.text);
    const after = server.api.compiledTreesStats()!;
    expect(after.answered).toBe(before.answered);
    expect(after.handedBack).toBe(before.handedBack);
  });
});
