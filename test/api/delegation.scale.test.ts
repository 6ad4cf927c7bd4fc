import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, SCALE_COUNCIL_GSS, seedSchemeOfDelegation } from '@goldenthread/db';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

const TREE = `query($c: ID!) { accountabilityTree(councilId: $c) {
  stats { people services delegations findings }
  nodes { id parentId kind name detail depth ownerId ownerName lineManagerId functionalManagerId answersFor
    delegations { delegationId role power counterpart scope financialLimit inForce }
    findings { index code severity } }
  findings { code severity message nodes { id type name } } } }`;

describe.each(dialects())('accountability tree of a 20,000-person council on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    // Seeded once for this file: the demo council and the scale council (20,000 officers, 2,000 services) with a scheme.
    server = await startTestServer(dialect, {
      seed: 'demo',
      organisations: [{ gssCode: SCALE_COUNCIL_GSS, people: 20_000, services: 2_000 }],
    });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: SCALE_COUNCIL_GSS });
    await em.transactional((tx) => seedSchemeOfDelegation(tx, council));
  }, 600_000);
  afterAll(async () => server?.close());

  it('comes back whole with the same number of SQL statements as the demo council', async () => {
    const id = async (gss: string) => (await server.gql(`query($g: String!) { council(gssCode: $g) { id } }`, { g: gss })).data.council.id;
    const demoId = await id('E10000029');
    const scaleId = await id(SCALE_COUNCIL_GSS);
    // Members of each council (the tree is the council's own data); signing in is not counted.
    const demoMember = await server.memberOf('E10000029');
    const scaleMember = await server.memberOf(SCALE_COUNCIL_GSS);
    const demo = await server.countStatements(() => demoMember.gql(TREE, { c: demoId }));
    const started = Date.now();
    const scale = await server.countStatements(() => scaleMember.gql(TREE, { c: scaleId }));
    const ms = Date.now() - started;
    expect(demo.result.errors).toBeUndefined();
    expect(scale.result.errors).toBeUndefined();
    const tree = scale.result.data.accountabilityTree;
    expect(tree.stats.people).toBeGreaterThan(20_000);
    expect(tree.stats.services).toBe(2_000);
    expect(tree.stats.delegations).toBeGreaterThan(2_000);
    // council, bodies (the scheme's three, three scrutiny committees and two panels), directorates, services, people
    expect(tree.nodes.length).toBe(1 + 8 + 4 + 2_000 + tree.stats.people);
    console.log(
      `[${dialect}] accountability tree: demo ${demo.count} statements; scale ${scale.count} statements, ${tree.nodes.length} nodes, ` +
        `${tree.stats.delegations} delegations, ${tree.findings.length} findings in ${ms} ms`,
    );
    expect(scale.count).toBe(demo.count);
    // Session check, council, the scheme's flat reads (organisation, bodies, powers, delegations,
    // objectives, targets, indicators in use): a fixed handful, whatever the size.
    expect(scale.count).toBeLessThanOrEqual(14);
  });
});
