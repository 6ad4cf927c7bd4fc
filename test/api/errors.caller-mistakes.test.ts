import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@goldenthread/api';
import { AppraisalObjective, ComparatorGroup, ComparatorGroupMember, Objective } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type GqlResult, type TestServer } from '../testkit/index.js';

const NUL = '\u0000';

/** A caller's mistake: a code meant for them and a message, never INTERNAL_SERVER_ERROR or HTTP 500. */
function expectCallerError(res: GqlResult, code: string | string[], message: RegExp) {
  expect(res.status).toBeLessThan(500);
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  for (const e of res.errors!) expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  expect(Array.isArray(code) ? code : [code]).toContain(errorCode(res));
  expect(res.errors![0]!.message).toMatch(message);
  expect(res.errors![0]!.message).not.toMatch(/went wrong on our side/);
}

/** Sends a raw GraphQL-over-HTTP body (operationName, extensions) as the testkit's gql would. */
async function post(server: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: GqlResult['errors'] };
  return { status: res.status, data: json.data ?? undefined, errors: json.errors, headers: res.headers };
}

/** Issue 11, finding 10: requests that used to end in an internal error get a coded answer that says what is wrong. */
describe.each(dialects())('caller mistakes answered with a code and a message on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let councilId: string;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    admin = await server.adminOf('E10000029');
    councilId = (await admin.gql(`{ viewer { council { id } } }`)).data.viewer.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a document with two operations and no operationName, or an unknown operationName', async () => {
    const query = `query A { __typename } query B { councils(first: 1) { totalCount } }`;
    const none = await post(server, { query });
    expectCallerError(none, 'BAD_USER_INPUT', /2 operations \(A, B\).*operationName/);
    expect(none.errors![0]!.extensions!.field).toBe('operationName');
    const unknown = await post(server, { query, operationName: 'C' });
    expectCallerError(unknown, 'BAD_USER_INPUT', /no operation named "C".*A, B/);
    const anonymousTwice = await post(server, { query: `{ __typename } { __typename }` });
    expectCallerError(anonymousTwice, ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'], /anonymous|operation/i);
    const chosen = await post(server, { query, operationName: 'B' });
    expect(chosen.data).toEqual({ councils: { totalCount: 153 } });
    // Mutations too (the sign-in guard looks at the operation).
    const mutations = await post(
      server,
      { query: `mutation A { signOut { __typename } } mutation B { signOut { __typename } }`, operationName: 'X' },
      admin.headers,
    );
    expectCallerError(mutations, 'BAD_USER_INPUT', /no operation named "X"/);
  });

  it('a rejected id is quoted back short and printable, not echoed whole', async () => {
    const huge = 'A'.repeat(100_000);
    for (const res of [
      await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: huge }),
      await server.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: `x\u0007${huge}` }),
    ]) {
      expectCallerError(res, 'BAD_USER_INPUT', /is not a valid id/);
      expect(res.errors![0]!.message.length).toBeLessThan(200);
      expect(res.errors![0]!.message).not.toMatch(/[\u0000-\u001f]/);
    }
  });

  it('a NUL byte in a string argument or variable is refused, naming it, before any SQL (mutations and queries)', async () => {
    const create = `mutation($input: CreateComparatorGroupInput!) { createComparatorGroup(input: $input) { group { id } } }`;
    const viaVariable = await server.countStatements(() =>
      admin.gql(create, { input: { councilId, name: `Neighbours${NUL}`, memberIds: [councilId] } }),
    );
    expectCallerError(viaVariable.result, 'BAD_USER_INPUT', /\$input\.name.*NUL/);
    expect(viaVariable.result.errors![0]!.extensions!.field).toBe('$input.name');
    const viaLiteral = await admin.gql(
      `mutation { createComparatorGroup(input: { councilId: "${councilId}", name: "Neighbours\\u0000", memberIds: ["${councilId}"] }) { ` +
        `group { id } } }`,
    );
    expectCallerError(viaLiteral, 'BAD_USER_INPUT', /input\.name.*NUL/);
    expect(await server.em().count(ComparatorGroup, { name: { $like: 'Neighbours%' } })).toBe(0);
    // Queries: an argument inside an input object, a plain argument, a list element and a variable.
    const filter = await server.countStatements(() =>
      server.gql(`{ councils(filter: { nameContains: "Suf\\u0000folk" }) { totalCount } }`),
    );
    expectCallerError(filter.result, 'BAD_USER_INPUT', /filter\.nameContains.*NUL/);
    expect(filter.count).toBe(0);
    expectCallerError(await server.gql(`{ indicator(code: "1A\\u0000") { id } }`), 'BAD_USER_INPUT', /code.*NUL/);
    expectCallerError(
      await server.gql(`query($c: String) { indicator(code: $c) { id } }`, { c: `1A${NUL}` }),
      'BAD_USER_INPUT',
      /\$c.*NUL/,
    );
    expectCallerError(
      await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ['x', `y${NUL}`] }),
      'BAD_USER_INPUT',
      /\$ids\[1\].*NUL/,
    );
    // Through a fragment, and a variable's default value.
    expectCallerError(
      await server.gql(`{ ...F } fragment F on Query { indicator(code: "\\u0000") { id } }`),
      'BAD_USER_INPUT',
      /code.*NUL/,
    );
    expectCallerError(await server.gql(`query($c: String = "a\\u0000") { indicator(code: $c) { id } }`), 'BAD_USER_INPUT', /\$c.*NUL/);
    // The same strings without the NUL work.
    expect((await server.gql(`{ councils(filter: { nameContains: "Suffolk" }) { totalCount } }`)).data.councils.totalCount).toBeGreaterThan(
      0,
    );
    const ok = await admin.gql(create, { input: { councilId, name: 'Neighbours', memberIds: [councilId] } });
    expect(ok.errors).toBeUndefined();
    await server.em().nativeDelete(ComparatorGroup, { name: 'Neighbours' });
  });

  it('more than 50 wrong variable values: BAD_USER_INPUT for each and for the cut-off, never an internal error', async () => {
    const res = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 60 }, () => null) });
    expectCallerError(res, 'BAD_USER_INPUT', /\$ids/);
    const last = res.errors![res.errors!.length - 1]!;
    expect(last.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'variables' });
    expect(last.message).toMatch(/more than 50/);
  });

  it('a subscription: the API has none, so a coded 400-type error', async () => {
    const res = await server.gql(`subscription { councils { totalCount } }`);
    expectCallerError(res, 'GRAPHQL_VALIDATION_FAILED', /no subscriptions/i);
    expect(res.status).toBe(400);
  });

  it('persisted queries: a hash that does not match the query, and a hash without a query', async () => {
    const wrong = await post(server, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'wrong' } } });
    expectCallerError(wrong, 'BAD_REQUEST', /sha256Hash is not the SHA-256 of the query/);
    expect(wrong.status).toBe(400);
    const missing = await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    // Apollo Client looks for exactly this message to send the query again: kept as it is.
    expectCallerError(missing, 'PERSISTED_QUERY_NOT_FOUND', /^PersistedQueryNotFound$/);
    const version = await post(server, { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'wrong' } } });
    expectCallerError(version, 'BAD_REQUEST', /version must be 1/);
  });

  it(
    'Service.objectives and Person.appraisalObjectives without period: every year, as documented; a bad period is BAD_USER_INPUT naming ' +
      'it',
    async () => {
      const em = server.em();
      const objective = await em.findOneOrFail(Objective, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
      const serviceId = toGlobalId('Service', objective.service.id);
      const all = await em.find(Objective, { service: objective.service.id });
      const services = await admin.gql(`query($id: ID!) { service(id: $id) { objectives { name period } } }`, { id: serviceId });
      expect(services.errors).toBeUndefined();
      expect(services.data.service.objectives).toHaveLength(all.length);
      const year = await admin.gql(`query($id: ID!, $p: String) { service(id: $id) { objectives(period: $p) { period } } }`, {
        id: serviceId,
        p: objective.period,
      });
      expect(year.data.service.objectives.length).toBeGreaterThan(0);
      expect(year.data.service.objectives.every((o: { period: string }) => o.period === objective.period)).toBe(true);
      expectCallerError(
        await admin.gql(`query($id: ID!) { service(id: $id) { objectives(period: "next year") { name } } }`, { id: serviceId }),
        'BAD_USER_INPUT',
        /period/,
      );

      const appraisal = await em.findOneOrFail(AppraisalObjective, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
      const personId = toGlobalId('Person', appraisal.person.id);
      const count = await em.count(AppraisalObjective, { person: appraisal.person.id });
      const person = await admin.gql(`query($id: ID!) { person(id: $id) { appraisalObjectives { name } } }`, { id: personId });
      expect(person.errors).toBeUndefined();
      expect(person.data.person.appraisalObjectives).toHaveLength(count);
      expectCallerError(
        await admin.gql(`query($id: ID!) { person(id: $id) { appraisalObjectives(period: "") { name } } }`, { id: personId }),
        'BAD_USER_INPUT',
        /period/,
      );
    },
  );

  it(
    'concurrent updateComparatorGroup with the same version: one wins, every other gets CONFLICT, and the members are the ' + "winner's",
    async () => {
      const councils = (await server.gql(`{ councils(first: 25) { nodes { id } } }`)).data.councils.nodes.map(
        (n: { id: string }) => n.id,
      ) as string[];
      const created = await admin.gql(
        `mutation($input: CreateComparatorGroupInput!) { createComparatorGroup(input: $input) { group { id version } } }`,
        {
          input: { councilId, name: 'Race', memberIds: councils.slice(0, 3) },
        },
      );
      const { id, version } = created.data.createComparatorGroup.group;
      const update =
        `mutation($input: UpdateComparatorGroupInput!) { updateComparatorGroup(input: $input) { group { version members { id ` + `} } } }`;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          admin.gql(update, {
            input: { id, version, description: `writer ${i}`, memberIds: [councils[i]!, councils[(i + 1) % 20]!, councils[20 + (i % 5)]!] },
          }),
        ),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
      for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.message).toMatch(/changed|someone else|version/i);
      const winner = results.findIndex((r) => !r.errors);
      const groups = await admin.gql(`query($c: ID!) { comparatorGroups(councilId: $c) { id version description members { id } } }`, {
        c: councilId,
      });
      const after = groups.data.comparatorGroups.find((g: { id: string }) => g.id === id);
      expect(after.version).toBe(version + 1);
      expect(after.description).toBe(`writer ${winner}`);
      expect(after.members.map((m: { id: string }) => m.id).sort()).toEqual(
        results[winner]!.data.updateComparatorGroup.group.members.map((m: { id: string }) => m.id).sort(),
      );
      expect(
        await server.em().count(ComparatorGroupMember, { group: (await server.em().findOneOrFail(ComparatorGroup, { name: 'Race' })).id }),
      ).toBe(3);
    },
  );

  it(
    'concurrent writers taking the same unique name: one wins, the others get a coded answer (the database refusing a duplicate is ' +
      'CONFLICT)',
    async () => {
      const create = `mutation($input: CreateComparatorGroupInput!) { createComparatorGroup(input: $input) { group { id } } }`;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          admin.gql(create, { input: { councilId, name: 'Twin', description: `writer ${i}`, memberIds: [councilId] } }),
        ),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      for (const c of codes.filter((x) => x !== 'OK')) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(c);
      expect(await server.em().count(ComparatorGroup, { name: 'Twin' })).toBe(1);
    },
  );
});
