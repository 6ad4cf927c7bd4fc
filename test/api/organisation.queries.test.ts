import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';

describe.each(dialects())('organisation queries on %s', (dialect) => {
  let server: TestServer;
  let demoId: string;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    const res = await server.gql(`{ council(gssCode: "E10000029") { id } }`);
    demoId = res.data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the 153 current English councils with a total count', async () => {
    const res = await server.gql(
      `{ councils(first: 10) { totalCount edges { cursor node { gssCode name type region current } } pageInfo { hasNextPage ` +
        `hasPreviousPage endCursor } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.councils.totalCount).toBe(153);
    expect(res.data.councils.edges).toHaveLength(10);
    expect(res.data.councils.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const names = res.data.councils.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    expect(res.data.councils.edges.every((e: any) => e.node.current)).toBe(true);
  });

  it('keeps former councils, marked as such, when asked', async () => {
    const res = await server.gql(`{ councils(first: 200, filter: { includeFormer: true }) { totalCount nodes { current endDate } } }`);
    expect(res.data.councils.totalCount).toBe(161);
    const former = res.data.councils.nodes.filter((c: any) => !c.current);
    expect(former).toHaveLength(8);
  });

  it('pages forward with cursors without overlap or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: any = await server.gql(
        `query($after: String) { councils(first: 40, after: $after) { nodes { gssCode } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...res.data.councils.nodes.map((n: any) => n.gssCode));
      if (!res.data.councils.pageInfo.hasNextPage) break;
      after = res.data.councils.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(153);
    expect(new Set(seen).size).toBe(153);
  });

  it('pages backwards with last/before', async () => {
    const all = await server.gql(`{ councils(first: 153) { edges { cursor node { gssCode } } } }`);
    const edges = all.data.councils.edges;
    const res = await server.gql(
      `query($before: String) { councils(last: 3, before: $before) { nodes { gssCode } pageInfo { hasPreviousPage hasNextPage } } }`,
      { before: edges[10].cursor },
    );
    expect(res.data.councils.nodes.map((n: any) => n.gssCode)).toEqual(edges.slice(7, 10).map((e: any) => e.node.gssCode));
    expect(res.data.councils.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
  });

  it('filters by type, region and name', async () => {
    const counties = await server.gql(`{ councils(filter: { type: CTY }) { totalCount } }`);
    expect(counties.data.councils.totalCount).toBeGreaterThan(15);
    const london = await server.gql(
      `{ councils(first: 100, filter: { type: LBO, region: "London" }) { totalCount nodes { type region } } }`,
    );
    expect(london.data.councils.totalCount).toBe(32);
    expect(london.data.councils.nodes.every((c: any) => c.type === 'LBO' && c.region === 'London')).toBe(true);
    const search = await server.gql(`{ councils(filter: { nameContains: "york" }) { nodes { name } } }`);
    const names = search.data.councils.nodes.map((c: any) => c.name);
    expect(names).toContain('North Yorkshire');
    expect(names.every((n: string) => n.toLowerCase().includes('york'))).toBe(true);
    const literal = await server.gql(`{ councils(filter: { nameContains: "%" }) { totalCount } }`);
    expect(literal.data.councils.totalCount).toBe(0);
  });

  it('refuses a page size over the limit and a forged cursor', async () => {
    const big = await server.gql(`{ councils(first: 100000) { totalCount } }`);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0]!.message).toContain('first');
    const forged = await server.gql(`{ councils(after: "bm9wZQ") { totalCount } }`);
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
  });

  it('finds a council by GSS code and by id, and node(id) returns it', async () => {
    const byCode = await server.gql(`{ council(gssCode: "e10000029") { id name type nhsCode } }`);
    expect(byCode.data.council).toMatchObject({ name: 'Suffolk', type: 'CTY', nhsCode: '609' });
    const byId = await server.gql(
      `query($id: ID!) { council(id: $id) { gssCode } node(id: $id) { id __typename ... on Council { name } } }`,
      { id: byCode.data.council.id },
    );
    expect(byId.data.council.gssCode).toBe('E10000029');
    expect(byId.data.node).toMatchObject({ __typename: 'Council', name: 'Suffolk', id: byCode.data.council.id });
    const none = await server.gql(`{ council(gssCode: "E10999999") { id } }`);
    expect(none.data.council).toBeNull();
  });

  it('answers an invalid GSS code with BAD_USER_INPUT naming the field', async () => {
    const res = await server.gql(`{ council(gssCode: "X123") { id } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('gssCode');
    expect(res.errors![0]!.message).toContain('X123');
  });

  it('answers a malformed or wrong-type id clearly', async () => {
    const bad = await server.gql(`{ node(id: "not an id") { id } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const wrongType = await server.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: demoId });
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.errors![0]!.message).toContain('Council');
  });

  it('returns the demo council four levels deep: directorates, services, teams and their people', async () => {
    const staff = await server.memberOf('E10000029');
    const res = await staff.gql(
      `query($id: ID!) { council(id: $id) { name miResponsible { name jobTitle }
        directorates(first: 10) { totalCount nodes { name code director { name }
          services(first: 20) { nodes { name kind accountableOwner { name } parent { id }
            children(first: 20) { nodes { name kind parent { name } people(first: 5) { totalCount nodes { name lineManager { name } } } } }
              } } } } } }`,
      { id: demoId },
    );
    expect(res.errors).toBeUndefined();
    const council = res.data.council;
    expect(council.miResponsible).not.toBeNull();
    expect(council.directorates.totalCount).toBeGreaterThanOrEqual(3);
    const asc = council.directorates.nodes.find((d: any) => d.code === 'ASC');
    expect(asc.director.name).toBeTruthy();
    expect(asc.services.nodes.length).toBeGreaterThan(2);
    const teams = asc.services.nodes.flatMap((s: any) => s.children.nodes.map((t: any) => ({ ...t, serviceName: s.name })));
    expect(teams.length).toBeGreaterThan(0);
    expect(teams.every((t: any) => t.parent.name === t.serviceName)).toBe(true);
    expect(asc.services.nodes.every((s: any) => s.parent === null)).toBe(true);
    expect(teams.some((t: any) => t.people.totalCount > 0 && t.people.nodes[0].lineManager !== null)).toBe(true);
  });

  it('serves the organisation tree flat, parents before children, with four levels', async () => {
    const res = await server.gql(
      `query($id: ID!) { organisationTree(councilId: $id) { levels nodes { id parentId kind name depth ownerName headcount } } }`,
      { id: demoId },
    );
    expect(res.errors).toBeUndefined();
    const { nodes, levels } = res.data.organisationTree;
    expect(levels).toBeGreaterThanOrEqual(4);
    expect(nodes[0]).toMatchObject({ kind: 'COUNCIL', parentId: null, depth: 0, name: 'Suffolk' });
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentId) expect(seen.has(n.parentId), `${n.name} listed before its parent`).toBe(true);
      seen.add(n.id);
    }
    const kinds = new Set(nodes.map((n: any) => n.kind));
    expect([...kinds].sort()).toEqual(['COUNCIL', 'DIRECTORATE', 'SERVICE', 'TEAM']);
    const services = nodes.filter((n: any) => n.kind !== 'COUNCIL' && n.kind !== 'DIRECTORATE');
    expect(services.length).toBeGreaterThanOrEqual(20);
    expect(services.length).toBeLessThanOrEqual(40);
    // The delegation demo seed leaves exactly one team without an owner on purpose (UNOWNED_SERVICE).
    expect(services.filter((s: any) => !s.ownerName).length).toBe(1);
  });

  it('links people with their line manager, direct reports, functional manager and roles', async () => {
    const staff = await server.memberOf('E10000029');
    const people = await staff.gql(
      `query($id: ID!) { council(id: $id) { people(first: 500) { totalCount nodes { id name kind hasDualAccountability lineManager { id ` +
        `} functionalManager { id name } roles { role portfolio { name } committee { name } ward } directReports(first: 50) { ` +
        `totalCount nodes { lineManager { id } } } } } } }`,
      { id: demoId },
    );
    expect(people.errors).toBeUndefined();
    const nodes = people.data.council.people.nodes;
    expect(people.data.council.people.totalCount).toBeGreaterThanOrEqual(280);
    expect(people.data.council.people.totalCount).toBeLessThanOrEqual(400);
    const manager = nodes.find((p: any) => p.directReports.totalCount > 3);
    expect(manager.directReports.nodes.every((r: any) => r.lineManager.id === manager.id)).toBe(true);
    const dual = nodes.filter((p: any) => p.hasDualAccountability);
    expect(dual.length).toBeGreaterThanOrEqual(3);
    expect(dual.every((p: any) => p.functionalManager && p.lineManager && p.functionalManager.id !== p.lineManager.id)).toBe(true);
    const councillors = nodes.filter((p: any) => p.kind === 'COUNCILLOR');
    const roles = councillors.flatMap((c: any) => c.roles);
    expect(roles.filter((r: any) => r.role === 'LEADER')).toHaveLength(1);
    expect(roles.some((r: any) => r.role === 'PORTFOLIO_HOLDER' && r.portfolio?.name === 'Adult Social Care')).toBe(true);
    expect(roles.some((r: any) => r.role === 'SCRUTINY_CHAIR' && r.committee?.name)).toBe(true);
    expect(roles.some((r: any) => r.role === 'WARD_COUNCILLOR' && r.ward)).toBe(true);
  });

  it('resolves nodes(ids) in order with null for unknown ones', async () => {
    const tree = await server.gql(`query($id: ID!) { organisationTree(councilId: $id) { nodes { id name } } }`, { id: demoId });
    const [a, b] = tree.data.organisationTree.nodes.slice(1, 3);
    const unknown = Buffer.from('Service:99999999').toString('base64url');
    const res = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [b.id, unknown, a.id] });
    expect(res.data.nodes).toEqual([{ id: b.id }, null, { id: a.id }]);
  });
});
