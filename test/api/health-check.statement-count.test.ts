/**
 * The leadership health check reads a fixed set of flat statements: the demo council and a council
 * ten times its size (every demo feature's records seeded for it too) cost the same number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_SIZE, demoSeeders } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const CHECK = `query($c: ID!) { leadershipHealthCheck(councilId: $c, period: "2024-25") {
  questions { key score evidence { key numerator denominator } nodes { id } } barriers { key score } habits { key score } } }`;

describe.each(dialects())('SQL statements of the leadership health check on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  const members: Record<string, Client> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect, {
      organisations: [{ gssCode: 'E10000017', people: DEMO_SIZE.people * 10, services: DEMO_SIZE.services * 10 }],
    });
    const large = await server.em().findOneOrFail(Council, { gssCode: 'E10000017' });
    // Every demo feature's records for the large council too (its accounts aside): the same shape of data, ten times the people.
    await server.em().transactional(async (tx) => {
      for (const feature of demoSeeders) if (feature.name !== 'access') await feature.seed(tx, large);
    });
    for (const gss of ['E10000029', 'E10000017']) {
      members[gss] = await server.memberOf(gss);
      const res = await members[gss]!.gql(`query($gss: String!) { council(gssCode: $gss) { id } }`, { gss });
      ids[gss] = res.data.council.id;
    }
  });
  afterAll(async () => server?.close());

  it('costs the same number of statements at ten times the size', async () => {
    const small = await server.countStatements(() => members.E10000029!.gql(CHECK, { c: ids.E10000029 }));
    const large = await server.countStatements(() => members.E10000017!.gql(CHECK, { c: ids.E10000017 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const staffOf = (r: typeof small) =>
      r.result.data.leadershipHealthCheck.questions.find((q: { key: string }) => q.key === 'Q4_STAFF_EXPECTATIONS').evidence[0]
        .denominator as number;
    expect(staffOf(large)).toBeGreaterThan(staffOf(small) * 5);
    console.log(
      `[${dialect}] leadershipHealthCheck: ${small.count} statements for ${staffOf(small)} staff; ${large.count} for ${staffOf(large)}`,
    );
    expect(large.count).toBe(small.count);
    // Two years' evidence: the checked year and the one before it compares with (about 70 statements each).
    expect(small.count).toBeLessThanOrEqual(150);
  });
});
