import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Council,
  CouncillorRoleKind,
  DecisionBody,
  DecisionBodyKind,
  Directorate,
  Person,
  PersonKind,
  Portfolio,
  Priority,
  Service,
} from '@goldenthread/db';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';
import {
  AUDIT,
  councillorWith,
  gid,
  ok,
  OTHER,
  refused,
  refusedToOutsiders,
  SUFFOLK,
  viewers,
  type Viewers,
} from './governance.people.fixture.js';

const ROLE = `id version role ward startsOn endsOn current portfolio { id name } committee { id name kind } person { id }`;
const CREATE_ROLE = `mutation($i: CreateCouncillorRoleInput!) { createCouncillorRole(input: $i) { councillorRole { ${ROLE} } } }`;
const UPDATE_ROLE = `mutation($i: UpdateCouncillorRoleInput!) { updateCouncillorRole(input: $i) { councillorRole { ${ROLE} } } }`;
const END_ROLE = `mutation($i: EndRoleInput!) { endCouncillorRole(input: $i) { councillorRole { ${ROLE} } } }`;
const PORTFOLIO = `id version name description directorates { id } services { id } priorities { id } holders { id }
  coverage { directorates { id } services { id } priorities { id } }`;
const CREATE_PORTFOLIO = `mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { portfolio { ${PORTFOLIO} } } }`;
const UPDATE_PORTFOLIO = `mutation($i: UpdatePortfolioInput!) { updatePortfolio(input: $i) { portfolio { ${PORTFOLIO} } } }`;
const DELETE_PORTFOLIO = `mutation($id: ID!, $v: Int) { deletePortfolio(id: $id, version: $v) { deletedId } }`;
const CREATE_STAFF = `mutation($i: CreateStaffRoleInput!) {
  createStaffRole(input: $i) { staffRole { id version kind startsOn endsOn current person { id } } }
}`;
const END_STAFF = `mutation($i: EndRoleInput!) { endStaffRole(input: $i) { staffRole { id version endsOn current } } }`;
const NODE = `query($id: ID!) {
  node(id: $id) { id ... on CouncillorRole { current portfolio { name } } ... on StaffRole { kind } ... on Portfolio { name } }
}`;

describe.each(dialects())("councillors' roles, portfolios and staff designations on %s", (dialect) => {
  let server: TestServer;
  let v: Viewers;
  let councillorId: string;
  let portfolios: Array<{ id: string; name: string }>;
  let committeeId: string;
  let executiveId: string;
  let asc: { id: string; services: string[] };
  let childrensService: string;
  let corporatePriority: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    v = await viewers(server);
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
    const councillor = await em.findOneOrFail(Person, { council: council.id, kind: PersonKind.COUNCILLOR }, { orderBy: { id: 'desc' } });
    councillorId = gid('Person', councillor.id);
    portfolios = (await em.find(Portfolio, { council: council.id }, { orderBy: { id: 'asc' } })).map((p) => ({
      id: gid('Portfolio', p.id),
      name: p.name,
    }));
    const bodies = await em.find(DecisionBody, { council: council.id });
    committeeId = gid('DecisionBody', bodies.find((b) => b.kind === DecisionBodyKind.COMMITTEE)!.id);
    executiveId = gid('DecisionBody', bodies.find((b) => b.kind === DecisionBodyKind.EXECUTIVE)!.id);
    const adults = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    const services = await em.find(Service, { council: council.id });
    asc = {
      id: gid('Directorate', adults.id),
      services: services.filter((s) => s.directorate.id === adults.id).map((s) => gid('Service', s.id)),
    };
    const leaf = services.find((s) => s.directorate.id !== adults.id && !services.some((c) => c.parent?.id === s.id))!;
    childrensService = gid('Service', leaf.id);
    corporatePriority = gid(
      'Priority',
      (await em.findOneOrFail(Priority, { council: council.id, level: 'CORPORATE' as never }, { orderBy: { id: 'asc' } })).id,
    );
  });
  afterAll(async () => server?.close());

  const holder = (over: Record<string, unknown> = {}) => ({
    councilId: v.councilId,
    personId: councillorId,
    role: 'PORTFOLIO_HOLDER',
    portfolioId: portfolios[0]!.id,
    startsOn: '2025-05-20',
    ...over,
  });

  it('records a portfolio holder, changes their portfolio and ends the role, each change in the audit trail', async () => {
    const made = (await ok(v.admin.gql, CREATE_ROLE, { i: holder() })).createCouncillorRole.councillorRole;
    expect(made).toMatchObject({
      role: 'PORTFOLIO_HOLDER',
      current: true,
      portfolio: portfolios[0],
      committee: null,
      person: { id: councillorId },
    });
    const listed = await ok(
      v.anonymous,
      `query($c: ID!) { node(id: $c) { ... on Council { councillorRoles(kind: PORTFOLIO_HOLDER, current: true) { id } } } }`,
      {
        c: v.councilId,
      },
    );
    expect(listed.node.councillorRoles.map((r: any) => r.id)).toContain(made.id);
    const holders = await ok(v.anonymous, `query($p: ID!) { node(id: $p) { ... on Portfolio { holders { id } } } }`, {
      p: portfolios[0]!.id,
    });
    expect(holders.node.holders.map((r: any) => r.id)).toContain(made.id);

    const moved = (await ok(v.admin.gql, UPDATE_ROLE, { i: { id: made.id, version: made.version, portfolioId: portfolios[1]!.id } }))
      .updateCouncillorRole.councillorRole;
    expect(moved).toMatchObject({ portfolio: portfolios[1], version: made.version + 1 });
    await refused(v.admin.gql, UPDATE_ROLE, { i: { id: made.id, version: made.version, portfolioId: portfolios[0]!.id } }, 'CONFLICT');
    await refused(
      v.admin.gql,
      UPDATE_ROLE,
      { i: { id: made.id, version: moved.version, portfolioId: null } },
      'BAD_USER_INPUT',
      'portfolioId',
    );
    await refused(v.admin.gql, END_ROLE, { i: { id: made.id, version: moved.version, endsOn: '2025-05-19' } }, 'BAD_USER_INPUT', 'endsOn');
    const ended = (await ok(v.admin.gql, END_ROLE, { i: { id: made.id, version: moved.version, endsOn: '2025-06-30' } })).endCouncillorRole
      .councillorRole;
    expect(ended).toMatchObject({ endsOn: '2025-06-30', current: false });
    const after = await ok(v.anonymous, `query($p: ID!) { node(id: $p) { ... on Portfolio { holders { id } } } }`, {
      p: portfolios[1]!.id,
    });
    expect(after.node.holders.map((r: any) => r.id)).not.toContain(made.id);

    const events = (await ok(v.admin.gql, AUDIT, { c: v.councilId, id: made.id })).auditEvents.nodes;
    expect(events.map((e: any) => e.operation)).toEqual(['endCouncillorRole', 'updateCouncillorRole', 'createCouncillorRole']);
    expect(events[0]).toMatchObject({
      action: 'UPDATE',
      entityType: 'CouncillorRole',
      before: { endsOn: null },
      after: { endsOn: '2025-06-30' },
    });
  });

  it('records a scrutiny chair of a committee and a ward councillor, and the chief executive may too', async () => {
    const chair = (await ok(v.chiefExecutive.gql, CREATE_ROLE, { i: holder({ role: 'SCRUTINY_CHAIR', portfolioId: null, committeeId }) }))
      .createCouncillorRole;
    expect(chair.councillorRole).toMatchObject({
      role: 'SCRUTINY_CHAIR',
      committee: { id: committeeId, kind: 'COMMITTEE' },
      portfolio: null,
    });
    const ward = (await ok(v.admin.gql, CREATE_ROLE, { i: holder({ role: 'WARD_COUNCILLOR', portfolioId: null, ward: '  Kesgrave  ' }) }))
      .createCouncillorRole;
    expect(ward.councillorRole).toMatchObject({ ward: 'Kesgrave', committee: null, portfolio: null });
    const r = ward.councillorRole;
    const renamed = (await ok(v.admin.gql, UPDATE_ROLE, { i: { id: r.id, version: r.version, ward: 'Rushmere', startsOn: '2025-06-01' } }))
      .updateCouncillorRole;
    expect(renamed.councillorRole).toMatchObject({ ward: 'Rushmere', startsOn: '2025-06-01' });
  });

  it('refuses what a kind of role does not name, a body that is not a committee, officers, and bad dates', async () => {
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ portfolioId: null }) }, 'BAD_USER_INPUT', 'portfolioId');
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ role: 'SCRUTINY_MEMBER', portfolioId: null }) }, 'BAD_USER_INPUT', 'committeeId');
    await refused(
      v.admin.gql,
      CREATE_ROLE,
      { i: holder({ role: 'SCRUTINY_MEMBER', portfolioId: null, committeeId: executiveId }) },
      'BAD_USER_INPUT',
      'committeeId',
    );
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ role: 'LEADER', ward: 'Kesgrave' }) }, 'BAD_USER_INPUT', 'portfolioId');
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ role: 'WARD_COUNCILLOR', portfolioId: null }) }, 'BAD_USER_INPUT', 'ward');
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ personId: v.officerId }) }, 'BAD_USER_INPUT', 'personId');
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ startsOn: '2025-02-30' }) }, 'BAD_USER_INPUT', 'startsOn');
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ endsOn: '2025-05-01' }) }, 'BAD_USER_INPUT', 'endsOn');
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ portfolioId: gid('Portfolio', 999999) }) }, 'BAD_USER_INPUT', 'portfolioId');
  });

  it("refuses councillors' roles to a plain officer, a councillor, and outsiders", async () => {
    await refused(v.officer.gql, CREATE_ROLE, { i: holder() }, 'FORBIDDEN');
    const scrutineer = await councillorWith(server, CouncillorRoleKind.SCRUTINY_MEMBER);
    await refused(scrutineer.client.gql, CREATE_ROLE, { i: holder() }, 'FORBIDDEN');
    await refusedToOutsiders(v, CREATE_ROLE, { i: holder() });
    const made = (await ok(v.admin.gql, CREATE_ROLE, { i: holder({ role: 'CABINET_MEMBER', portfolioId: null }) })).createCouncillorRole
      .councillorRole;
    await refused(v.otherAdmin.gql, END_ROLE, { i: { id: made.id, version: made.version, endsOn: '2025-12-31' } }, 'FORBIDDEN');
    await refused(v.officer.gql, UPDATE_ROLE, { i: { id: made.id, version: made.version, startsOn: '2025-01-01' } }, 'FORBIDDEN');
  });

  it('keeps portfolios: what they cover (a directorate covers its services), re-scoped, deleted when no role names them', async () => {
    const input = {
      councilId: v.councilId,
      name: 'Adults and Carers',
      directorateIds: [asc.id],
      serviceIds: [childrensService],
      priorityIds: [corporatePriority],
    };
    const p = (await ok(v.admin.gql, CREATE_PORTFOLIO, { i: input })).createPortfolio.portfolio;
    expect(p.directorates).toEqual([{ id: asc.id }]);
    expect(p.coverage.services.map((s: any) => s.id).sort()).toEqual([...asc.services, childrensService].sort());
    expect(p.coverage.priorities.map((x: any) => x.id)).toContain(corporatePriority);
    const listed = await ok(v.anonymous, `query($c: ID!) { node(id: $c) { ... on Council { portfolios { id name } } } }`, {
      c: v.councilId,
    });
    expect(listed.node.portfolios).toContainEqual({ id: p.id, name: 'Adults and Carers' });

    await refused(v.admin.gql, CREATE_PORTFOLIO, { i: { ...input, name: portfolios[0]!.name } }, 'BAD_USER_INPUT', 'name');
    await refused(v.admin.gql, CREATE_PORTFOLIO, { i: { ...input, name: 'X', serviceIds: [asc.id] } }, 'BAD_USER_INPUT', 'serviceIds[0]');
    await refused(v.officer.gql, CREATE_PORTFOLIO, { i: { ...input, name: 'Y' } }, 'FORBIDDEN');
    await refusedToOutsiders(v, CREATE_PORTFOLIO, { i: { ...input, name: 'Z' } });

    const q = (
      await ok(v.chiefExecutive.gql, UPDATE_PORTFOLIO, { i: { id: p.id, version: p.version, name: 'Adult Care', directorateIds: [] } })
    ).updatePortfolio.portfolio;
    expect(q).toMatchObject({ name: 'Adult Care', directorates: [], services: [{ id: childrensService }], version: p.version + 1 });
    expect(q.coverage.services).toEqual([{ id: childrensService }]);
    await refused(v.admin.gql, UPDATE_PORTFOLIO, { i: { id: p.id, version: p.version, name: 'Stale' } }, 'CONFLICT');
    const r = (await ok(v.admin.gql, UPDATE_PORTFOLIO, { i: { id: p.id, version: q.version, priorityIds: [] } })).updatePortfolio.portfolio;
    expect(r).toMatchObject({ priorities: [], version: q.version + 1 });

    await refused(v.admin.gql, DELETE_PORTFOLIO, { id: portfolios[0]!.id }, 'CONFLICT');
    await refusedToOutsiders(v, DELETE_PORTFOLIO, { id: p.id, v: r.version });
    expect((await ok(v.admin.gql, DELETE_PORTFOLIO, { id: p.id, v: r.version })).deletePortfolio.deletedId).toBe(p.id);
    expect((await ok(v.admin.gql, NODE, { id: p.id })).node).toBeNull();
  });

  it('designates staff (administrators only), shown to the council only, and ends the designation', async () => {
    const input = { councilId: v.councilId, personId: v.officerId, kind: 'SCRUTINY_OFFICER', startsOn: '2025-04-01' };
    await refused(v.chiefExecutive.gql, CREATE_STAFF, { i: input }, 'FORBIDDEN');
    await refused(v.officer.gql, CREATE_STAFF, { i: input }, 'FORBIDDEN');
    await refusedToOutsiders(v, CREATE_STAFF, { i: input });
    await refused(v.admin.gql, CREATE_STAFF, { i: { ...input, personId: councillorId } }, 'BAD_USER_INPUT', 'personId');
    await refused(v.admin.gql, CREATE_STAFF, { i: { ...input, endsOn: '2025-03-31' } }, 'BAD_USER_INPUT', 'endsOn');
    const s = (await ok(v.admin.gql, CREATE_STAFF, { i: input })).createStaffRole.staffRole;
    expect(s).toMatchObject({ kind: 'SCRUTINY_OFFICER', current: true, person: { id: v.officerId } });
    await refused(v.admin.gql, CREATE_STAFF, { i: input }, 'BAD_USER_INPUT', 'kind');

    const LIST = `query($c: ID!) { node(id: $c) { ... on Council { staffRoles { id kind } } } }`;
    expect((await ok(v.officer.gql, LIST, { c: v.councilId })).node.staffRoles).toContainEqual({ id: s.id, kind: 'SCRUTINY_OFFICER' });
    expect((await ok(v.anonymous, LIST, { c: v.councilId })).node.staffRoles).toEqual([]);
    expect((await ok(v.partner, NODE, { id: s.id })).node).toBeNull();
    expect((await ok(v.otherAdmin.gql, NODE, { id: s.id })).node).toBeNull();

    await refused(v.admin.gql, END_STAFF, { i: { id: s.id, version: s.version + 1, endsOn: '2025-12-31' } }, 'CONFLICT');
    await refused(v.chiefExecutive.gql, END_STAFF, { i: { id: s.id, version: s.version, endsOn: '2025-12-31' } }, 'FORBIDDEN');
    const ended = (await ok(v.admin.gql, END_STAFF, { i: { id: s.id, version: s.version, endsOn: '2025-12-31' } })).endStaffRole.staffRole;
    expect(ended).toMatchObject({ endsOn: '2025-12-31', current: false });
    expect((await ok(v.officer.gql, LIST, { c: v.councilId })).node.staffRoles.map((r: any) => r.id)).not.toContain(s.id);
  });

  it("answers for another council's ids as for unknown ones", async () => {
    const other = await server.em().findOneOrFail(Council, { gssCode: OTHER });
    await refused(v.admin.gql, CREATE_ROLE, { i: holder({ councilId: gid('Council', other.id) }) }, 'FORBIDDEN');
    const foreign = await ok(v.otherAdmin.gql, CREATE_PORTFOLIO, { i: { councilId: gid('Council', other.id), name: 'Elsewhere' } });
    await refused(
      v.admin.gql,
      CREATE_ROLE,
      { i: holder({ portfolioId: foreign.createPortfolio.portfolio.id }) },
      'BAD_USER_INPUT',
      'portfolioId',
    );
  });
});
