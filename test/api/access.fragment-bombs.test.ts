import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type GqlResult, type TestServer } from '../testkit/index.js';
import { fragmentBomb, wideBomb } from '../testkit/bombs.js';

type Expectation = (res: GqlResult) => void;
const answers =
  (data: unknown): Expectation =>
  (res) => {
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(data);
  };
const refused =
  (code: string, limit: string): Expectation =>
  (res) => {
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors![0]!.extensions).toMatchObject({ code, limit });
    expect(res.errors![0]!.message.length).toBeGreaterThan(20);
  };

const CASES: Array<[string, string, Expectation]> = [
  // Legitimately small: graphql-js collects each fragment once per selection set, so the answer is one field.
  ['fragment bomb n=22', fragmentBomb(22), answers({ __typename: 'Query' })],
  ['fragment bomb n=30', fragmentBomb(30), answers({ __typename: 'Query' })],
  [
    '1,000 spreads of one fragment',
    `{${' ...F'.repeat(1000)} } fragment F on Query { councils(first: 1) { totalCount } }`,
    answers({ councils: { totalCount: 153 } }),
  ],
  [
    '1,000 spreads of an aliased fragment',
    `{${' ...F'.repeat(1000)} } fragment F on Query { c: councils(first: 1) { totalCount } }`,
    refused('GRAPHQL_VALIDATION_FAILED', 'aliases'),
  ],
  [
    'a chain of 100 fragments, each spreading the next twice',
    fragmentBomb(99, 'councils(first: 1) { totalCount }'),
    refused('QUERY_TOO_COMPLEX', 'cost'),
  ],
  ['a chain of 100 fragments ending in __typename', fragmentBomb(99), answers({ __typename: 'Query' })],
  ['a wide bomb: 20 levels of 10 spreads', wideBomb(20, 10, 'councils(first: 1) { totalCount }'), refused('QUERY_TOO_COMPLEX', 'cost')],
  ['an aliased wide bomb', wideBomb(20, 10, 'a: __typename'), refused('GRAPHQL_VALIDATION_FAILED', 'aliases')],
  [
    'a deep bomb: 25 levels of Service.parent',
    fragmentBomb(25, 'name', 'Service', '{ service(id: "U2VydmljZToxMjM0NQ") { ...F0 } }').replace(
      /\{\.\.\.F(\d+) \.\.\.F\d+\}/g,
      '{ parent { ...F$1 ...F$1 } }',
    ),
    refused('GRAPHQL_VALIDATION_FAILED', 'depth'),
  ],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Documents whose fragments multiply when expanded (issue 11, finding 1): the depth, alias and cost
 * analysis visit each fragment once, so each is answered or refused at once, and the server keeps
 * answering everyone else meanwhile.
 */
describe.each(dialects())('fragment bombs on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    councilId = (await server.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Sends the bomb and, in the same moment, `{ __typename }`; both latencies in milliseconds. */
  const race = async (query: string, variables?: Record<string, unknown>) => {
    const start = performance.now();
    const bomb = server.gql(query, variables).then((res) => ({ res, ms: performance.now() - start }));
    const ping = server.gql(`{ __typename }`).then((res) => ({ res, ms: performance.now() - start }));
    const [b, p] = await Promise.all([bomb, ping]);
    expect(p.res.data).toEqual({ __typename: 'Query' });
    return { bomb: b.res, bombMs: b.ms, pingMs: p.ms };
  };

  it.each(CASES)(
    '%s: answered or refused with a code in well under a second; a concurrent {__typename} at once',
    async (label, query, expectation) => {
      const bombTimes: number[] = [];
      const pingTimes: number[] = [];
      for (let run = 0; run < 3; run++) {
        const { bomb, bombMs, pingMs } = await race(query);
        expectation(bomb);
        bombTimes.push(bombMs);
        pingTimes.push(pingMs);
        // Generous: the machine is shared. Before visiting each fragment once, n=22 held the server ~25 s.
        expect(bombMs).toBeLessThan(1000);
        expect(pingMs).toBeLessThan(500);
      }
      console.log(
        `${dialect} ${label} (${query.length} bytes): median ${median(bombTimes).toFixed(1)} ms, concurrent {__typename} ` +
          `${median(pingTimes).toFixed(1)} ms`,
      );
    },
  );

  it('a bomb inside a tree query is answered at once as well: too big expanded to compile, it runs the ordinary way', async () => {
    const query = fragmentBomb(30, 'id name', 'OrgTreeNode', 'query($c: ID!) { organisationTree(councilId: $c) { nodes { ...F0 } } }');
    const before = server.api.compiledTreesStats()!;
    const { bomb, bombMs, pingMs } = await race(query, { c: councilId });
    expect(bomb.errors).toBeUndefined();
    // graphql-jit compiles a fragment at every spread (n=20 took about a second to compile): not compiled.
    expect(server.api.compiledTreesStats()).toMatchObject({
      compiled: before.compiled,
      answered: before.answered,
      handedBack: before.handedBack + 1,
    });
    const plain = await server.gql(`query($c: ID!) { organisationTree(councilId: $c) { nodes { id name } } }`, { c: councilId });
    expect(bomb.data).toEqual(plain.data);
    console.log(`${dialect} tree-query bomb n=30: ${bombMs.toFixed(1)} ms, concurrent {__typename} ${pingMs.toFixed(1)} ms`);
    expect(bombMs).toBeLessThan(1000);
    expect(pingMs).toBeLessThan(500);
  });

  it('a document too big to analyse within the budget is refused with a code, not worked through', async () => {
    const budgeted = await startTestServer(dialect, { seed: 'none', limits: { analysisBudget: 50 } });
    try {
      const res = await budgeted.gql(`{ ${'__typename '.repeat(60)} }`);
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'analysis', max: 50 });
      expect(res.errors![0]!.message).toMatch(/too complicated to check/);
      expect((await budgeted.gql(`{ ${'__typename '.repeat(10)} }`)).data).toEqual({ __typename: 'Query' });
    } finally {
      await budgeted.close();
    }
  });
});
