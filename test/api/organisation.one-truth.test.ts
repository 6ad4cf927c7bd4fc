import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

// Issue 17, defect 6: what the explorer shows of a unit and a person comes from one truth. A unit's kind is the one
// recorded (Service.kind), in both trees; a line manager hidden from a viewer is told apart from one not recorded.
describe.each(dialects())('one truth for a unit’s kind and a hidden line manager on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  const MEGAN = 'megan.llewellyn@suffolk.gov.uk';
  beforeAll(async () => {
    server = await startTestServer(dialect);
    councilId = (await server.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives every service and team the kind it is recorded with, in the organisation and the accountability tree', async () => {
    const megan = await server.signIn(MEGAN);
    const units = await megan.gql(
      `query($c: ID!) { node(id: $c) { ... on Council { directorates(first: 20) { nodes { services(first: 30) { nodes { id kind ` +
        `children(first: 30) { nodes { id kind } } } } } } } } }`,
      { c: councilId },
    );
    expect(units.errors).toBeUndefined();
    const recorded = new Map<string, string>();
    const nested: string[] = [];
    const walk = (list: any[], depth: number) => {
      for (const s of list) {
        recorded.set(s.id, s.kind);
        if (depth > 0 && s.kind === 'SERVICE') nested.push(s.id);
        if (s.children) walk(s.children.nodes, depth + 1);
      }
    };
    for (const d of units.data.node.directorates.nodes) walk(d.services.nodes, 0);
    // The demo has services inside services: the trees called them teams, the panel "Kind: Service".
    expect(nested.length).toBeGreaterThan(0);
    const org = await megan.gql(`query($c: ID!) { organisationTree(councilId: $c) { nodes { id kind } } }`, { c: councilId });
    const acc = await megan.gql(`query($c: ID!) { accountabilityTree(councilId: $c) { nodes { id kind } } }`, { c: councilId });
    for (const tree of [org.data.organisationTree.nodes, acc.data.accountabilityTree.nodes]) {
      const kinds = new Map<string, string>(tree.map((n: { id: string; kind: string }) => [n.id, n.kind]));
      const differ = [...recorded].filter(([id, kind]) => kinds.get(id) !== kind);
      expect(differ).toEqual([]);
    }
  });

  it('says whether line management is shown to the viewer, without saying whether there is any', async () => {
    const org = await server.gql(`query($c: ID!) { organisationTree(councilId: $c) { nodes { kind ownerId } } }`, { c: councilId });
    const owner = org.data.organisationTree.nodes.find((n: any) => n.kind === 'SERVICE' && n.ownerId).ownerId;
    const ask = `query($p: ID!) { person(id: $p) { name lineManagementShown lineManager { id } } }`;
    // Signed out: the owner is public, their line manager is not; the answer says it is hidden, not absent.
    const outside = await server.gql(ask, { p: owner });
    expect(outside.errors).toBeUndefined();
    expect(outside.data.person).toMatchObject({ lineManagementShown: false, lineManager: null });
    // The council's own staff see it: a line manager, or none recorded (the chief executive has none).
    const megan = await server.signIn(MEGAN);
    const inside = await megan.gql(ask, { p: owner });
    expect(inside.data.person.lineManagementShown).toBe(true);
    expect(inside.data.person.lineManager).not.toBeNull();
    const people = await megan.gql(`query($c: ID!) { node(id: $c) { ... on Council { people(first: 500) { nodes { id } } } } }`, {
      c: councilId,
    });
    const heads: any[] = [];
    for (const p of people.data.node.people.nodes.slice(0, 40)) {
      const r = await megan.gql(ask, { p: p.id });
      if (r.data.person.lineManager === null) heads.push(r.data.person);
    }
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.every((p) => p.lineManagementShown === true)).toBe(true);
  });
});
