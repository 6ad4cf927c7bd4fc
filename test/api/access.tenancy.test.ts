import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, Council, Directorate, Person, PersonKind, Service, ServiceKind } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

const PEOPLE =
  `query($gss: String!) { council(gssCode: $gss) { people(first: 500) { totalCount nodes { id name kind email jobTitle ` +
  `hasDualAccountability lineManager { id } functionalManager { id } directReports { totalCount } } } } }`;
const UPDATE_SERVICE = `mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { name version } } }`;

describe.each(dialects())('tenancy and what each viewer sees on %s', (dialect) => {
  let server: TestServer;
  let suffolk: Council;
  let dass: Client;
  let lancashireManager: Client;
  let partnerKey: string;
  let ascService: Service;
  let csService: Service;

  beforeAll(async () => {
    server = await startTestServer(dialect, { organisations: [{ gssCode: 'E10000017', people: 80, services: 10 }] });
    const em = server.em();
    suffolk = await em.findOneOrFail(Council, { gssCode: 'E10000029' });
    const asc = await em.findOneOrFail(Directorate, { council: suffolk, code: 'ASC' }, { populate: ['director'] });
    const cs = await em.findOneOrFail(Directorate, { council: suffolk, code: 'CS' });
    ascService = await em.findOneOrFail(Service, { directorate: asc, parent: null }, { orderBy: { id: 'asc' } });
    csService = await em.findOneOrFail(Service, { directorate: cs, parent: null }, { orderBy: { id: 'asc' } });
    dass = await server.signIn(asc.director!.getEntity().email!);
    const lancashire = await em.findOneOrFail(Council, { gssCode: 'E10000017' });
    const lancsOwner = await em.findOneOrFail(
      Service,
      { council: lancashire, accountableOwner: { $ne: null } },
      { populate: ['accountableOwner'] },
    );
    lancashireManager = await server.signIn(lancsOwner.accountableOwner!.getEntity().email!);
    const admin = await server.adminOf('E10000029');
    partnerKey = (
      await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
        input: { councilId: gid('Council', suffolk.id), name: 'Researcher' },
      })
    ).data.createApiKey.secret;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("shows a council's own staff all its people with e-mails and line management", async () => {
    const res = await dass.gql(PEOPLE, { gss: 'E10000029' });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.council.people.nodes;
    expect(res.data.council.people.totalCount).toBeGreaterThan(250);
    expect(nodes.filter((p: any) => p.email).length).toBeGreaterThan(250);
    expect(nodes.some((p: any) => p.lineManager)).toBe(true);
    expect(nodes.some((p: any) => p.hasDualAccountability === true)).toBe(true);
  });

  for (const viewer of ['anonymous', 'partner', "another council's manager"] as const) {
    it(`shows ${viewer} only public people, with no e-mails or line management`, async () => {
      const headers = viewer === 'anonymous' ? {} : viewer === 'partner' ? { 'x-api-key': partnerKey } : lancashireManager.headers;
      const res = await server.gql(PEOPLE, { gss: 'E10000029' }, headers);
      expect(res.errors).toBeUndefined();
      const nodes = res.data.council.people.nodes;
      const em = server.em();
      const councillors = await em.count(Person, { council: suffolk, kind: PersonKind.COUNCILLOR });
      const all = await em.count(Person, { council: suffolk });
      expect(res.data.council.people.totalCount).toBeGreaterThan(councillors);
      expect(res.data.council.people.totalCount).toBeLessThan(all);
      for (const p of nodes) {
        expect(p.email).toBeNull();
        expect(p.lineManager).toBeNull();
        expect(p.functionalManager).toBeNull();
        expect(p.hasDualAccountability).toBeNull();
        expect(p.directReports.totalCount).toBe(0);
      }
      // A junior officer (no accountable post) cannot be fetched at all.
      const junior = await em.findOneOrFail(Person, {
        council: suffolk,
        kind: PersonKind.OFFICER,
        lineManager: { $ne: null },
        jobTitle: { $like: '%Social Worker%' },
      });
      const direct = await server.gql(
        `query($id: ID!) { person(id: $id) { name } node(id: $id) { id } }`,
        { id: gid('Person', junior.id) },
        headers,
      );
      expect(direct.data).toEqual({ person: null, node: null });
      // Accountable posts are public: the directorate's director by name.
      const dir = await server.gql(`{ council(gssCode: "E10000029") { directorates { nodes { director { name email } } } } }`, {}, headers);
      expect(dir.data.council.directorates.nodes.every((d: any) => d.director.name && d.director.email === null)).toBe(true);
    });
  }

  it('lets a director change a service of their directorate but not of another', async () => {
    const ok = await dass.gql(UPDATE_SERVICE, {
      input: { id: gid('Service', ascService.id), version: ascService.version, name: `${ascService.name} (renamed)` },
    });
    expect(ok.errors).toBeUndefined();
    const refused = await dass.gql(UPDATE_SERVICE, {
      input: { id: gid('Service', csService.id), version: csService.version, name: 'Not yours' },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect((await server.em().findOneOrFail(Service, { id: csService.id })).name).toBe(csService.name);
  });

  it('lets a team manager change their team but not a sibling team, nor create a directorate', async () => {
    const em = server.em();
    const team = await em.findOneOrFail(
      Service,
      { council: suffolk, kind: ServiceKind.TEAM, accountableOwner: { $ne: null } },
      { orderBy: { id: 'asc' }, populate: ['accountableOwner'] },
    );
    const owner = team.accountableOwner!.getEntity();
    const other = await em.findOneOrFail(
      Service,
      { council: suffolk, kind: ServiceKind.TEAM, id: { $ne: team.id }, accountableOwner: { $nin: [owner.id] } },
      { orderBy: { id: 'desc' } },
    );
    const manager = await server.signIn(owner.email!);
    const mine = await manager.gql(UPDATE_SERVICE, {
      input: { id: gid('Service', team.id), version: team.version, name: `${team.name} Team` },
    });
    expect(mine.errors).toBeUndefined();
    const theirs = await manager.gql(UPDATE_SERVICE, {
      input: { id: gid('Service', other.id), version: other.version, name: 'Taken over' },
    });
    expect(errorCode(theirs)).toBe('FORBIDDEN');
    const directorate = await manager.gql(
      `mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { directorate { id } } }`,
      { input: { councilId: gid('Council', suffolk.id), name: 'Shadow Directorate' } },
    );
    expect(errorCode(directorate)).toBe('FORBIDDEN');
  });

  it('lets the chief executive change anything in the council', async () => {
    const ceo = await server.em().findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' });
    const client = await server.signIn(ceo.email!);
    const fresh = await server.em().findOneOrFail(Service, { id: csService.id });
    const res = await client.gql(UPDATE_SERVICE, {
      input: { id: gid('Service', fresh.id), version: fresh.version, name: `${fresh.name} and Families` },
    });
    expect(res.errors).toBeUndefined();
  });

  it("never lets a manager or an administrator of another council write anything of Suffolk's", async () => {
    const fresh = await server.em().findOneOrFail(Service, { id: ascService.id });
    const asManager = await lancashireManager.gql(UPDATE_SERVICE, {
      input: { id: gid('Service', fresh.id), version: fresh.version, name: 'Annexed' },
    });
    expect(errorCode(asManager)).toBe('FORBIDDEN');
    const lancsAdmin = await server.adminOf('E10000017');
    const asAdmin = await lancsAdmin.gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, {
      input: { councilId: gid('Council', suffolk.id), name: 'Infiltrator' },
    });
    expect(errorCode(asAdmin)).toBe('FORBIDDEN');
    const del = await lancsAdmin.gql(`mutation($id: ID!) { deleteService(id: $id, cascade: true) { deletedIds } }`, {
      id: gid('Service', fresh.id),
    });
    expect(errorCode(del)).toBe('FORBIDDEN');
    expect(await server.em().count(Person, { name: 'Infiltrator' })).toBe(0);
    expect(await server.em().count(Service, { id: fresh.id })).toBe(1);
    expect((await server.em().findOneOrFail(Service, { id: fresh.id })).name).toBe(fresh.name);
  });

  it('refuses a staff member without a management role any write', async () => {
    const em = server.em();
    const leaf = await em.findOneOrFail(
      Person,
      { council: suffolk, kind: PersonKind.OFFICER, jobTitle: { $like: '%Social Worker%' } },
      { orderBy: { id: 'desc' } },
    );
    expect(await em.count(Account, { person: leaf.id })).toBe(0);
    const worker = await server.signIn(leaf.email!);
    const fresh = await em.findOneOrFail(Service, { id: ascService.id });
    const res = await worker.gql(UPDATE_SERVICE, { input: { id: gid('Service', fresh.id), version: fresh.version, name: 'Mine now' } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0]!.message).toMatch(/accountable owner/);
    const person = await worker.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }`, {
      input: { id: gid('Person', leaf.id), version: leaf.version, jobTitle: 'Director of Everything' },
    });
    expect(errorCode(person)).toBe('FORBIDDEN');
  });
});
