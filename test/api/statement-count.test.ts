import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SIZE } from '@goldenthread/db';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

const DEEP = `query($gss: String!) { council(gssCode: $gss) { name
  directorates(first: 500) { nodes { name
    services(first: 500) { nodes { name accountableOwner { name }
      children(first: 500) { nodes { name people(first: 500) { nodes { name lineManager { name } } } } }
      people(first: 500) { nodes { name lineManager { name jobTitle } } } } } } } } }`;

function countPeople(data: any): number {
  let n = 0;
  for (const d of data.council.directorates.nodes)
    for (const s of d.services.nodes) {
      n += s.people.nodes.length;
      for (const t of s.children.nodes) n += t.people.nodes.length;
    }
  return n;
}

describe.each(dialects())('SQL statements of a deep query on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    // The demo council, and a council ten times its size.
    // The query asks for whole pages of 500 at every level: far over the cost limit, which this test
    // lifts because it measures batching, not limits (test/api/access.limits.test.ts covers those).
    server = await startTestServer(dialect, {
      organisations: [{ gssCode: 'E10000017', people: DEMO_SIZE.people * 10, services: DEMO_SIZE.services * 10 }],
      limits: { maxCostSignedIn: Number.MAX_SAFE_INTEGER },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('council -> directorates -> services -> people -> lineManager costs the same number of statements at 10x the size', async () => {
    // Staff of each council see all its people and their line managers (README "Access").
    const suffolk = await server.memberOf('E10000029');
    const lancashire = await server.memberOf('E10000017');
    const small = await server.countStatements(() => suffolk.gql(DEEP, { gss: 'E10000029' }));
    const large = await server.countStatements(() => lancashire.gql(DEEP, { gss: 'E10000017' }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const smallPeople = countPeople(small.result.data);
    const largePeople = countPeople(large.result.data);
    expect(smallPeople).toBeGreaterThan(100);
    expect(largePeople).toBeGreaterThan(smallPeople * 5);
    console.log(`[${dialect}] deep query: ${small.count} statements for ${smallPeople} people; ${large.count} for ${largePeople} people`);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(10);
  });
});
