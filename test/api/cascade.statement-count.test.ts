import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_SIZE, seedCascadeDemo } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { CASCADE } from './cascade.queries.js';

const REPORT = `query($councilId: ID!) { goldenThread(councilId: $councilId, period: "2024-25") {
  findings { code nodes { id } } coverage { staffWithThread { count total } prioritiesWithTarget { share } servicesWithPlan { share } } }
    }`;

function objectiveCount(c: any): number {
  return c.rollup.objectives;
}

describe.each(dialects())('SQL statements of the golden-thread queries on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  const people: Record<string, string> = {};
  // A signed-in member of each council (the golden thread is the council's unpublished data).
  const members: Record<string, Client> = {};

  beforeAll(async () => {
    // The demo council, and a council ten times its size with the same kind of cascade.
    server = await startTestServer(dialect, {
      organisations: [{ gssCode: 'E10000017', people: DEMO_SIZE.people * 10, services: DEMO_SIZE.services * 10 }],
    });
    const em = server.em();
    const large = await em.findOneOrFail(Council, { gssCode: 'E10000017' });
    await em.transactional(async (tx) => seedCascadeDemo(tx, large));
    for (const gss of ['E10000029', 'E10000017']) {
      members[gss] = await server.memberOf(gss);
      const res = await members[gss]!.gql(
        `query($gss: String!) { council(gssCode: $gss) { id people(first: 1, kind: OFFICER) { nodes { id } } } }`,
        { gss },
      );
      ids[gss] = res.data.council.id;
      people[gss] = res.data.council.people.nodes[0].id;
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the whole cascade costs the same small number of statements at 10x the size', async () => {
    const small = await server.countStatements(() => members.E10000029!.gql(CASCADE, { councilId: ids.E10000029, period: '2024-25' }));
    const large = await server.countStatements(() => members.E10000017!.gql(CASCADE, { councilId: ids.E10000017, period: '2024-25' }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const smallObjectives = objectiveCount(small.result.data.cascade);
    const largeObjectives = objectiveCount(large.result.data.cascade);
    expect(largeObjectives).toBeGreaterThan(smallObjectives * 2);
    expect(large.result.data.cascade.rollup.appraisalObjectives).toBeGreaterThan(small.result.data.cascade.rollup.appraisalObjectives * 5);
    console.log(`[${dialect}] cascade: ${small.count} statements for ${smallObjectives} objectives; ${large.count} for ${largeObjectives}`);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(25);
  });

  it('findings with coverage, and a person thread, cost the same number of statements at 10x the size', async () => {
    const small = await server.countStatements(() => members.E10000029!.gql(REPORT, { councilId: ids.E10000029 }));
    const large = await server.countStatements(() => members.E10000017!.gql(REPORT, { councilId: ids.E10000017 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data.goldenThread.coverage.staffWithThread.total).toBeGreaterThan(
      small.result.data.goldenThread.coverage.staffWithThread.total * 5,
    );
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(25);
    const thread =
      `query($id: ID!) { personThread(personId: $id, period: "2024-25") { hasThread appraisalObjectives { chains { steps { ` +
      `id } } } } }`;
    const t1 = await server.countStatements(() => members.E10000029!.gql(thread, { id: people.E10000029 }));
    const t2 = await server.countStatements(() => members.E10000017!.gql(thread, { id: people.E10000017 }));
    expect(t1.result.errors).toBeUndefined();
    expect(t2.count).toBe(t1.count);
  });
});
