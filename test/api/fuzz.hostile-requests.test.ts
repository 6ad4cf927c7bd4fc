import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';
import {
  fieldCases,
  gid,
  LANCASHIRE,
  prng,
  SEED,
  SUFFOLK,
  type Case,
  type Failure,
  type Pools,
  type Viewer,
} from '../testkit/hostile-requests.js';
import { check, httpCases, rawSocket } from '../testkit/hostile-http.js';

/**
 * Issue 11: hostile requests, generated from the schema with a seeded PRNG (GT_FUZZ_SEED to replay
 * another run), sent over real HTTP as four kinds of viewer. Whatever the caller sends, the answer is
 * never HTTP 5xx nor INTERNAL_SERVER_ERROR: a caller's mistake gets a code meant for them.
 */

describe.each(dialects())('hostile requests generated from the schema on %s', (dialect) => {
  let server: TestServer;
  let viewers: Viewer[];
  let pools: Pools;
  let partnerKey: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { organisations: [{ gssCode: LANCASHIRE, people: 40, services: 6 }] });
    const sql = async (q: string) => (await server.em().getConnection().execute(q)) as Array<Record<string, unknown>>;
    const suffolkId = Number((await sql(`select id from council where gss_code = '${SUFFOLK}'`))[0]!.id);
    const admin = await server.adminOf(SUFFOLK);
    const lancsAdmin = await server.adminOf(LANCASHIRE);
    const member = await server.memberOf(SUFFOLK);
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: gid('Council', suffolkId), name: 'Fuzz partner' },
    });
    partnerKey = key.data.createApiKey.secret;
    viewers = [
      { name: 'anonymous', headers: {} },
      { name: 'partner', headers: { 'x-api-key': partnerKey } },
      { name: "another council's administrator", headers: lancsAdmin.headers },
      { name: 'member of the demo council', headers: member.headers },
    ];
    // A few real ids of each type (Suffolk's and Lancashire's first ones), for the plausible arguments.
    const tables: Record<string, string> = {
      Council: 'council',
      Directorate: 'directorate',
      Service: 'service',
      Person: 'person',
      Priority: 'priority',
      Objective: 'objective',
      Milestone: 'milestone',
      AppraisalObjective: 'appraisal_objective',
      Consultation: 'consultation',
      Communication: 'communication',
      Indicator: 'indicator',
      Measurement: 'measurement',
      Target: 'target',
      ComparatorGroup: 'comparator_group',
      DecisionBody: 'decision_body',
      DecisionPower: 'decision_power',
      Delegation: 'delegation',
      ApiKey: 'api_key',
      Account: 'account',
    };
    pools = { ids: new Map() };
    const lancashireId = Number((await sql(`select id from council where gss_code = '${LANCASHIRE}'`))[0]!.id);
    for (const [type, table] of Object.entries(tables)) {
      const rows =
        type === 'Council'
          ? [{ id: suffolkId }, { id: suffolkId }, { id: lancashireId }]
          : await sql(`select id from ${table} order by id limit 4`);
      pools.ids.set(
        type,
        rows.map((r) => gid(type, Number(r.id))),
      );
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers every one without HTTP 5xx or INTERNAL_SERVER_ERROR', async () => {
    const rng = prng(SEED);
    console.log(`fuzz seed ${SEED} (GT_FUZZ_SEED=${SEED} to replay)`);
    const fields = fieldCases(server.api.schema, rng, pools, viewers, 6);
    // Session-ending calls last, so the viewers stay signed in for the rest.
    const ending = (c: Case) => /^mutation (signOut|changePassword|updateAccount|deletePerson) /.test(c.label);
    const cases = [...fields.filter((c) => !ending(c)), ...httpCases(viewers, partnerKey), ...fields.filter(ending)];
    const failures: Failure[] = [];
    const codes = new Map<string, number>();
    const started = Date.now();
    for (const c of cases) {
      try {
        if (c.raw) {
          const res = await fetch(`${server.url}${c.raw.path ?? '/graphql'}`, {
            method: c.raw.method,
            headers: c.raw.headers,
            ...(c.raw.body !== undefined ? { body: c.raw.body } : {}),
          });
          check(c.label, c.viewer.name, res.status, c.raw.method === 'HEAD' ? '' : await res.text(), failures);
        } else {
          const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json, application/json',
              ...c.viewer.headers,
            },
            body: JSON.stringify(c.body),
          });
          check(c.label, c.viewer.name, res.status, await res.text(), failures, codes);
        }
      } catch (error) {
        failures.push({ label: c.label, viewer: c.viewer.name, status: 'no answer', message: String(error) });
      }
    }
    // Header values fetch will not send: a NUL or a control character in x-api-key or Authorization.
    for (const [label, line] of [
      ['x-api-key with NUL', 'x-api-key: gtk_a\u0000b_c'],
      ['x-api-key with DEL and latin-1', 'x-api-key: gtk_\u007f\u00ff_x'],
      ['Authorization with NUL', 'Authorization: Bearer a\u0000.b.c'],
      ['Authorization latin-1', 'Authorization: Bearer \u00ff\u00fe.\u00e9.x'],
    ] as const) {
      try {
        const res = await rawSocket(server.url, [line], JSON.stringify({ query: '{ __typename }' }));
        check(`http ${label}`, 'anonymous', res.status, res.text, failures);
      } catch (error) {
        failures.push({ label: `http ${label}`, viewer: 'anonymous', status: 'no answer', message: String(error) });
      }
    }
    console.log(
      `${cases.length + 4} hostile requests on ${dialect} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failed`,
    );
    console.log(
      `answers: ${[...codes]
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ')}`,
    );
    for (const f of failures) console.log(`FAIL [${f.viewer}] ${f.label} -> ${f.status}: ${f.message}`);
    // The generator reaches the resolvers (not only validation): many calls get a resolver's coded answer or data.
    const reached = [...codes]
      .filter(([k]) => /^(query|mutation) (BAD_USER_INPUT|NOT_FOUND|FORBIDDEN|UNAUTHENTICATED|CONFLICT|data)$/.test(k))
      .reduce((n, [, v]) => n + v, 0);
    expect(reached).toBeGreaterThan(150);
    expect(failures.map((f) => `[${f.viewer}] ${f.label} -> ${f.status}: ${f.message}`)).toEqual([]);
  }, 240_000);
});
