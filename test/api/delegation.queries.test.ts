import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { ok, TREE } from './delegation.fixture.js';

describe.each(dialects())('accountability queries on the demo council on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let councilId: string;
  let tree: any;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    admin = await server.adminOf('E10000029');
    councilId = (await ok(admin, `{ council(gssCode: "E10000029") { id } }`)).council.id;
    tree = (await ok(admin, TREE, { c: councilId })).accountabilityTree;
  });
  afterAll(async () => server?.close());

  const node = (pred: (n: any) => boolean) => tree.nodes.find(pred);

  it('serves the whole tree flat, root first and every node after its parent (d3.stratify-ready)', () => {
    expect(tree.councilId).toBe(councilId);
    expect(tree.nodes[0]).toMatchObject({ id: councilId, parentId: null, kind: 'COUNCIL', name: 'Suffolk', depth: 0 });
    const seen = new Set<string>();
    for (const n of tree.nodes) {
      if (n.parentId !== null) expect(seen.has(n.parentId), `${n.name} after its parent`).toBe(true);
      expect(seen.has(n.id)).toBe(false);
      seen.add(n.id);
    }
    const kinds = (k: string) => tree.nodes.filter((n: any) => n.kind === k).length;
    expect(kinds('BODY')).toBe(8); // Full Council, Cabinet, Audit and Governance; three scrutiny committees and two panels
    expect(kinds('DIRECTORATE')).toBe(4);
    expect(kinds('SERVICE') + kinds('TEAM')).toBe(30);
    expect(kinds('PERSON')).toBe(tree.stats.people);
    expect(tree.stats).toMatchObject({ services: 30 });
    expect(tree.stats.delegations).toBeGreaterThan(40);
  });

  it('places councillors under the executive or full council and gives each node its delegations and what it answers for', () => {
    const ph = node((n: any) => n.kind === 'PERSON' && n.detail === 'Cabinet Member for Adult Social Care');
    const cabinet = node((n: any) => n.kind === 'BODY' && n.name === 'Cabinet');
    expect(ph.parentId).toBe(cabinet.id);
    expect(
      ph.delegations
        .filter((d: any) => d.role === 'HOLDS')
        .map((d: any) => d.power)
        .sort(),
    ).toEqual(['Approve adult care packages', 'Commission residential and nursing care']);
    expect(ph.delegations.find((d: any) => d.role === 'HOLDS' && d.power === 'Approve adult care packages')).toMatchObject({
      counterpart: 'Cabinet',
      scope: 'the Adult Social Care directorate',
      financialLimit: 1000000,
      inForce: true,
    });
    expect(cabinet.delegations.every((d: any) => d.role === 'GAVE')).toBe(true);
    const dass = node((n: any) => n.detail === 'Director of Adult Social Services');
    const asc = node((n: any) => n.kind === 'DIRECTORATE' && n.name === 'Adult Social Care');
    expect(asc.ownerId).toBe(dass.id);
    expect(dass.answersFor).toContain(asc.id);
    expect(asc.delegations.some((d: any) => d.role === 'COVERS' && d.counterpart === dass.name)).toBe(true);
  });

  it('shows every demo finding, on the nodes it names', () => {
    const codes = new Set(tree.findings.map((f: any) => f.code));
    for (const code of [
      'UNOWNED_SERVICE',
      'DECISION_WITHOUT_ACCOUNTABILITY',
      'ACCOUNTABILITY_WITHOUT_AUTHORITY',
      'SUBDELEGATION_OUT_OF_SCOPE',
      'DUAL_ACCOUNTABILITY',
    ])
      expect(codes, code).toContain(code);
    expect(codes).not.toContain('MI_OWNER_MISSING'); // the MI owner is present
    for (const n of tree.nodes) {
      for (const f of n.findings) {
        expect(tree.findings[f.index].code).toBe(f.code);
        expect(tree.findings[f.index].nodes.map((x: any) => x.id)).toContain(n.id);
      }
    }
    const unowned = tree.findings.find((f: any) => f.code === 'UNOWNED_SERVICE');
    const service = node((n: any) => n.id === unowned.nodes[0].id);
    expect(service.ownerId).toBeNull();
    expect(service.findings.map((f: any) => f.code)).toContain('UNOWNED_SERVICE');
  });

  it('accountabilityFindings lists the same findings, filterable by code and severity, with ids that resolve', async () => {
    const all = (
      await ok(admin, `query($c: ID!) { accountabilityFindings(councilId: $c) { code severity nodes { id type } } }`, { c: councilId })
    ).accountabilityFindings;
    expect(all.map((f: any) => f.code)).toEqual(tree.findings.map((f: any) => f.code));
    const high = (
      await ok(admin, `query($c: ID!) { accountabilityFindings(councilId: $c, minSeverity: HIGH) { severity } }`, { c: councilId })
    ).accountabilityFindings;
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((f: any) => ['CRITICAL', 'HIGH'].includes(f.severity))).toBe(true);
    const dual = (
      await ok(admin, `query($c: ID!) { accountabilityFindings(councilId: $c, codes: ["DUAL_ACCOUNTABILITY"]) { code } }`, { c: councilId })
    ).accountabilityFindings;
    expect(dual.length).toBeGreaterThan(0);
    const ids = all.flatMap((f: any) => f.nodes.map((n: any) => n.id)).slice(0, 50);
    const resolved = (await ok(admin, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids })).nodes;
    expect(resolved.every((n: any) => n !== null)).toBe(true);
  });

  it('whoIsAccountable: the owner, their line, and each decision-maker with the path that gives the power', async () => {
    const team = tree.nodes.find(
      (n: any) => n.kind === 'TEAM' && n.ownerId !== null && n.delegations.some((d: any) => d.power === 'Approve adult care packages'),
    );
    const a = (
      await ok(
        admin,
        `query($s: ID!) { whoIsAccountable(serviceId: $s) { service { id name } directorate { name } owner { id name } ownerActive
          ownerChain { name }
      decisionMakers { person { name } delegation { id } power { name } scope financialLimit accountable path { text complete problems
        steps { type name delegationId } } } findings { code } } }`,
        { s: team.id },
      )
    ).whoIsAccountable;
    expect(a.service).toEqual({ id: team.id, name: team.name });
    expect(a.directorate.name).toBe('Adult Social Care');
    expect(a.owner.id).toBe(team.ownerId);
    expect(a.ownerActive).toBe(true);
    expect(a.ownerChain.length).toBeGreaterThanOrEqual(3);
    const care = a.decisionMakers.find((m: any) => m.power.name === 'Approve adult care packages' && m.person.name === team.ownerName);
    expect(care.accountable).toBe(true);
    expect(care.financialLimit).toBe(20000);
    expect(care.path.complete).toBe(true);
    expect(care.path.text.startsWith('Cabinet → ')).toBe(true);
    expect(care.path.steps[0].type).toBe('DecisionBody');
    expect(care.path.steps.length).toBe(5); // Cabinet → portfolio holder → DASS → head of service → team manager
    expect(a.decisionMakers.some((m: any) => m.accountable === false)).toBe(true); // the portfolio holder, outside the line
  });

  it('whatPersonAnswersFor: services and directorates, powers held and from whom, findings naming them', async () => {
    const dass = node((n: any) => n.detail === 'Director of Adult Social Services');
    const p = (
      await ok(
        admin,
        `query($p: ID!) { whatPersonAnswersFor(personId: $p) { person { id name } active servicesOwned { service { name } }
      directoratesDirected { directorate { name } services { id } } powersHeld { power { name } from { type name } scope financialLimit
        maySubDelegate path { text } }
      indicatorsDataOwned { id } miResponsible findings { code } } }`,
        { p: dass.id },
      )
    ).whatPersonAnswersFor;
    expect(p.person).toEqual({ id: dass.id, name: dass.name });
    expect(p.directoratesDirected[0].directorate.name).toBe('Adult Social Care');
    expect(p.directoratesDirected[0].services.length).toBeGreaterThan(5);
    const care = p.powersHeld.find((h: any) => h.power.name === 'Approve adult care packages');
    expect(care.from).toEqual({ type: 'Person', name: node((n: any) => n.detail === 'Cabinet Member for Adult Social Care').name });
    expect(care.financialLimit).toBe(500000);
    const manage = p.powersHeld.find((h: any) => h.power.name === 'Manage services within approved budgets');
    expect(manage.from).toEqual({ type: 'Person', name: node((n: any) => n.detail === 'Chief Executive').name });
    expect(manage.path.text.split(' → ')[0]).toBe('Cabinet');
    expect(p.miResponsible).toBe(false);
    const mi = (await ok(admin, `query($p: ID!) { whatPersonAnswersFor(personId: $p) { miResponsible } }`, { p: tree.nodes[0].ownerId }))
      .whatPersonAnswersFor;
    expect(mi.miResponsible).toBe(true);
  });

  it('serves a subtree on demand (rootId, maxDepth)', async () => {
    const asc = node((n: any) => n.kind === 'DIRECTORATE' && n.name === 'Adult Social Care');
    const sub = (await ok(admin, TREE, { c: councilId, root: asc.id, depth: 1 })).accountabilityTree;
    expect(sub.nodes[0]).toMatchObject({ id: asc.id, parentId: null });
    expect(sub.nodes.slice(1).every((n: any) => n.parentId === asc.id)).toBe(true);
    expect(sub.nodes.length).toBe(tree.nodes.filter((n: any) => n.parentId === asc.id).length + 1);
    const top = (await ok(admin, TREE, { c: councilId, depth: 1 })).accountabilityTree;
    expect(top.nodes.every((n: any) => n.depth <= 1)).toBe(true);
  });

  it('refuses bad input with a code and the field', async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [`query($c: ID!) { accountabilityTree(councilId: $c) { asOf } }`, { c: 'bogus' }, 'BAD_USER_INPUT', 'councilId'],
      [
        `query($c: ID!) { accountabilityTree(councilId: $c) { asOf } }`,
        { c: tree.nodes.find((n: any) => n.kind === 'PERSON').id },
        'BAD_USER_INPUT',
        'councilId',
      ],
      [`query($c: ID!) { accountabilityTree(councilId: $c, asOf: "31/01/2025") { asOf } }`, { c: councilId }, 'BAD_USER_INPUT', 'asOf'],
      [`query($c: ID!) { accountabilityTree(councilId: $c, maxDepth: -1) { asOf } }`, { c: councilId }, 'BAD_USER_INPUT', 'maxDepth'],
      [
        `query($c: ID!) { accountabilityTree(councilId: $c, rootId: "UGVyc29uOjk5OTk5OQ") { asOf } }`,
        { c: councilId },
        'BAD_USER_INPUT',
        'rootId',
      ],
      [`query($s: ID!) { whoIsAccountable(serviceId: $s) { owner { name } } }`, { s: councilId }, 'BAD_USER_INPUT', 'serviceId'],
    ];
    for (const [q, v, code, field] of cases) {
      const r = await admin.gql(q, v);
      expect(errorCode(r), q).toBe(code);
      expect(r.errors![0]!.extensions!.field).toBe(field);
    }
    const missing = await admin.gql(`query($c: ID!) { accountabilityTree(councilId: $c) { asOf } }`, { c: 'Q291bmNpbDo5OTk5OTk' });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const nobody = await admin.gql(`query($p: ID!) { whatPersonAnswersFor(personId: $p) { active } }`, { p: 'UGVyc29uOjk5OTk5OQ' });
    expect(errorCode(nobody)).toBe('NOT_FOUND');
  });

  it('evaluates the scheme at another date (asOf): before the scheme started nobody holds power', async () => {
    const past = (
      await ok(
        admin,
        `query($c: ID!) { accountabilityTree(councilId: $c, asOf: "2024-01-01") { asOf stats { delegationsInForce } findings { code } } }`,
        { c: councilId },
      )
    ).accountabilityTree;
    expect(past.asOf).toBe('2024-01-01');
    expect(past.stats.delegationsInForce).toBe(0);
    expect(past.findings.map((f: any) => f.code)).toContain('ACCOUNTABILITY_WITHOUT_AUTHORITY');
  });
});
