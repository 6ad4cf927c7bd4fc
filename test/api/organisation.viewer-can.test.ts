import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * `viewerCan` on the council, its directorates, services, teams and people says what the
 * organisation's mutations allow the viewer: checked against the mutations themselves as an
 * administrator, the director of a directorate, an officer who answers for nothing, a partner's API
 * key and anonymous callers, on the demo council.
 */
const GSS = 'E10000029';
const CAN_SERVICE = 'viewerCan { update delete setAccountableOwner addTeam }';
const ORGANISATION = `query($c: ID!) { node(id: $c) { ... on Council { id version viewerCan { addDirectorate addPerson setMiResponsible }
  directorates(first: 6) { nodes { id name version viewerCan { update delete addService }
    services(first: 15) { nodes { id name version accountableOwner { id } ${CAN_SERVICE}
      children(first: 10) { nodes { id name version ${CAN_SERVICE} } } } } } } } } }`;
const PEOPLE = `query($c: ID!) { node(id: $c) { ... on Council {
  people(first: 400) { nodes { id name version jobTitle viewerCan { update delete } } } } } }`;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

const SET_OWNER = `mutation($i: SetAccountableOwnerInput!) { setAccountableOwner(input: $i) { service { id version } } }`;
const UPDATE_SERVICE = `mutation($i: UpdateServiceInput!) { updateService(input: $i) { service { id } } }`;
const UPDATE_DIRECTORATE = `mutation($i: UpdateDirectorateInput!) { updateDirectorate(input: $i) { directorate { id } } }`;
const UPDATE_PERSON = `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { id version } } }`;
const CREATE_SERVICE = `mutation($i: CreateServiceInput!) { createService(input: $i) { service { id version ${CAN_SERVICE} } } }`;
const DELETE_SERVICE = `mutation($id: ID!, $v: Int) { deleteService(id: $id, version: $v) { deletedIds message } }`;

interface Org {
  council: any;
  directorates: any[];
  services: any[];
  people: any[];
}

describe.each(dialects())('viewerCan on the organisation on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let ascId: string;
  let ascServices: Set<string>;
  let directorId: string;
  let below: Set<string>;
  let admin: Client;
  let director: Client;
  let officer: Client;
  let officerId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    ascId = gid('Directorate', asc.id);
    ascServices = new Set((await em.find(Service, { directorate: asc.id })).map((s) => gid('Service', s.id)));
    directorId = gid('Person', asc.director!.id);
    // Everyone below the director in line management (her reports, theirs, and so on).
    const all = await em.find(Person, { council: council.id });
    const managerOf = new Map(all.map((p) => [p.id, p.lineManager?.id ?? null]));
    const isBelow = (id: number) => {
      for (let at = managerOf.get(id) ?? null, n = 0; at !== null && n < 50; at = managerOf.get(at) ?? null, n++)
        if (at === asc.director!.id) return true;
      return false;
    };
    below = new Set(all.filter((p) => isBelow(p.id)).map((p) => gid('Person', p.id)));
    admin = await server.adminOf(GSS);
    director = await server.signIn((await em.findOneOrFail(Person, { id: asc.director!.id })).email!);
    const officers = all.filter((p) => p.kind === PersonKind.OFFICER && p.email).sort((a, b) => b.id - a.id);
    const managers = new Set(all.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = officers.find((p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id))!;
    officerId = gid('Person', plain.id);
    officer = await server.signIn(plain.email!);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function organisation(caller: Pick<TestServer, 'gql'>, headers?: Record<string, string>): Promise<Org> {
    const r = await caller.gql(ORGANISATION, { c: councilId }, headers);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const p = await caller.gql(PEOPLE, { c: councilId }, headers);
    expect(p.errors, JSON.stringify(p.errors)).toBeUndefined();
    const c = r.data.node;
    const directorates = c.directorates.nodes;
    const tops = directorates.flatMap((d: any) => d.services.nodes.map((s: any) => ({ ...s, directorateId: d.id })));
    const teams = tops.flatMap((s: any) => s.children.nodes.map((t: any) => ({ ...t, directorateId: s.directorateId, team: true })));
    return { council: c, directorates, services: [...tops, ...teams], people: p.data.node.people.nodes };
  }
  const everyAnswer = (o: Org) => [
    ...Object.values(o.council.viewerCan),
    ...[...o.directorates, ...o.services, ...o.people].flatMap((x) => Object.values(x.viewerCan)),
  ];

  it('lets an administrator change everything, and the mutations agree', async () => {
    const o = await organisation(admin);
    expect(o.services.some((s) => s.team)).toBe(true);
    expect(o.people.length).toBeGreaterThan(200);
    expect(new Set(everyAnswer(o))).toEqual(new Set([true]));

    // A team added in a service says what may be done with it, and goes again.
    const parent = o.services.find((s) => !s.team)!;
    const made = await admin.gql(CREATE_SERVICE, { i: { directorateId: parent.directorateId, parentId: parent.id, name: 'Night Visits' } });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const team = made.data.createService.service;
    expect(team.viewerCan).toEqual({ update: true, delete: true, setAccountableOwner: true, addTeam: true });
    const gone = await admin.gql(DELETE_SERVICE, { id: team.id, v: team.version });
    expect(gone.errors, JSON.stringify(gone.errors)).toBeUndefined();
    expect(gone.data.deleteService.deletedIds).toEqual([team.id]);
  });

  it('lets a director change her directorate’s services and the people below her, not the council’s structure', async () => {
    const o = await organisation(director);
    expect(o.council.viewerCan).toEqual({ addDirectorate: false, addPerson: false, setMiResponsible: false });
    for (const d of o.directorates) expect(d.viewerCan, d.name).toEqual({ update: false, delete: false, addService: d.id === ascId });
    expect(o.services.some((s) => ascServices.has(s.id))).toBe(true);
    expect(o.services.some((s) => !ascServices.has(s.id))).toBe(true);
    for (const s of o.services) {
      const mine = ascServices.has(s.id);
      expect(s.viewerCan, s.name).toEqual({ update: mine, delete: mine, setAccountableOwner: mine, addTeam: mine });
    }
    expect(below.size).toBeGreaterThan(5);
    for (const p of o.people) expect(p.viewerCan, p.name).toEqual({ update: below.has(p.id), delete: false });
    expect(o.people.find((p) => p.id === directorId)!.viewerCan.update).toBe(false);

    // The mutations agree: her service's owner and a report's record change; the rest is refused.
    const own = o.services.find((s) => ascServices.has(s.id) && s.accountableOwner)!;
    const set = await director.gql(SET_OWNER, { i: { serviceId: own.id, version: own.version, personId: own.accountableOwner.id } });
    expect(set.errors, JSON.stringify(set.errors)).toBeUndefined();
    const other = o.services.find((s) => !ascServices.has(s.id))!;
    expect(errorCode(await director.gql(SET_OWNER, { i: { serviceId: other.id, version: other.version, personId: directorId } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await director.gql(UPDATE_SERVICE, { i: { id: other.id, version: other.version, name: other.name } }))).toBe(
      'FORBIDDEN',
    );
    const asc = o.directorates.find((d) => d.id === ascId)!;
    expect(errorCode(await director.gql(UPDATE_DIRECTORATE, { i: { id: asc.id, version: asc.version, name: asc.name } }))).toBe(
      'FORBIDDEN',
    );
    const report = o.people.find((p) => below.has(p.id))!;
    const changed = await director.gql(UPDATE_PERSON, { i: { id: report.id, version: report.version, jobTitle: report.jobTitle } });
    expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();
    const outside = o.people.find((p) => !below.has(p.id) && p.id !== directorId)!;
    expect(errorCode(await director.gql(UPDATE_PERSON, { i: { id: outside.id, version: outside.version, name: outside.name } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('gives an officer who answers for nothing, a partner and anonymous callers no action anywhere, as the mutations refuse', async () => {
    const staff = await organisation(officer);
    expect(everyAnswer(staff).length).toBeGreaterThan(300);
    expect(new Set(everyAnswer(staff))).toEqual(new Set([false]));
    const me = staff.people.find((p) => p.id === officerId)!;
    expect(errorCode(await officer.gql(UPDATE_PERSON, { i: { id: me.id, version: me.version, jobTitle: 'Chief Executive' } }))).toBe(
      'FORBIDDEN',
    );
    const s = staff.services[0];
    expect(errorCode(await officer.gql(SET_OWNER, { i: { serviceId: s.id, version: s.version, personId: officerId } }))).toBe('FORBIDDEN');

    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId, name: 'ICB dashboard', contact: 'analyst@icb.example' },
    });
    const partner = { 'x-api-key': key.data.createApiKey.secret };
    for (const [who, headers] of [
      ['partner', partner],
      ['anonymous', undefined],
    ] as const) {
      const o = await organisation(server, headers);
      expect(o.services.length, who).toBeGreaterThan(10);
      expect(o.people.length, who).toBeGreaterThan(0);
      expect(new Set(everyAnswer(o)), who).toEqual(new Set([false]));
      const refused = await server.gql(SET_OWNER, { i: { serviceId: s.id, version: s.version, personId: officerId } }, headers);
      expect(errorCode(refused), who).toBe(who === 'partner' ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });
});
