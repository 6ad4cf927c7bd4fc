import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * `viewerCan` on priorities, objectives, milestones and targets says what the server's mutations
 * allow the viewer: checked against the mutations themselves as the director of a directorate, an
 * officer who answers for nothing, and anonymous callers, on the demo council.
 */
const GSS = 'E10000029';
const PRIORITIES = `query($c: ID!) { node(id: $c) { ... on Council { priorities(period: "2024-25") {
  id name level status version isNonPriority directorate { id } ownerId: owner { id }
  viewerCan { update delete agree communicate recordCommunication addPriority }
  targets { id viewerCan { update delete } }
  objectives { id name version service { id } viewerCan { update delete addMilestone addTarget }
    milestones { id version viewerCan { update delete } }
    targets { id viewerCan { update delete } } } } } } }`;
const UPDATE =
  `mutation($i: UpdatePriorityInput!) { updatePriority(input: $i) { priority { id version status viewerCan { agree ` +
  `communicate } } } }`;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe.each(dialects())('viewerCan on the golden thread on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let ascId: string;
  let ascServices: Set<string>;
  let director: Client;
  let officer: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    ascId = gid('Directorate', asc.id);
    ascServices = new Set((await em.find(Service, { directorate: asc.id })).map((s) => gid('Service', s.id)));
    director = await server.signIn((await em.findOneOrFail(Person, { id: asc.director!.id })).email!);
    // An officer who manages nobody and answers for no service or directorate.
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id).filter((x) => x !== undefined));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.jobTitle !== 'Chief Executive')!;
    officer = await server.signIn(plain.email!);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function priorities(caller: Pick<TestServer, 'gql'>): Promise<any[]> {
    const r = await caller.gql(PRIORITIES, { c: councilId });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.node.priorities;
  }
  const everyAnswer = (ps: any[]) =>
    ps.flatMap((p) => [
      ...Object.values(p.viewerCan),
      ...p.targets.flatMap((t: any) => Object.values(t.viewerCan)),
      ...p.objectives.flatMap((o: any) => [
        ...Object.values(o.viewerCan),
        ...o.milestones.flatMap((m: any) => Object.values(m.viewerCan)),
        ...o.targets.flatMap((t: any) => Object.values(t.viewerCan)),
      ]),
    ]);

  it(
    "lets a director do what the mutations allow her: her directorate's priorities and its services' objectives, not the " + "council's",
    async () => {
      const ps = await priorities(director);
      const mine = ps.filter((p) => p.level === 'DIRECTORATE' && p.directorate?.id === ascId);
      const corporate = ps.filter((p) => p.level === 'CORPORATE');
      expect(mine.length).toBeGreaterThan(0);
      for (const p of mine) {
        expect(p.viewerCan, p.name).toMatchObject({ update: true, delete: true, recordCommunication: true });
        expect(p.viewerCan.agree, p.name).toBe(p.status === 'DRAFT' && !p.isNonPriority);
        expect(p.viewerCan.communicate, p.name).toBe(p.status === 'AGREED' && !p.isNonPriority);
      }
      for (const p of corporate) {
        // Not hers to change, but she may put a priority of her directorate under it.
        expect(p.viewerCan, p.name).toEqual({
          update: false,
          delete: false,
          agree: false,
          communicate: false,
          recordCommunication: false,
          addPriority: !p.isNonPriority,
        });
      }
      // Under her directorate's priorities: service priorities of its services.
      for (const p of mine) expect(p.viewerCan.addPriority, p.name).toBe(!p.isNonPriority);
      const objectives = ps.flatMap((p) => p.objectives);
      expect(objectives.some((o) => ascServices.has(o.service.id))).toBe(true);
      expect(objectives.some((o) => !ascServices.has(o.service.id))).toBe(true);
      for (const o of objectives) {
        const inAsc = ascServices.has(o.service.id);
        expect(o.viewerCan, o.name).toEqual({ update: inAsc, delete: inAsc, addMilestone: inAsc, addTarget: inAsc });
        for (const m of o.milestones) expect(m.viewerCan).toEqual({ update: inAsc, delete: inAsc });
      }

      // The mutations agree: her priority changes, a corporate one is refused, and so is another service's objective.
      const p = mine[0];
      const renamed = await director.gql(UPDATE, { i: { id: p.id, version: p.version, name: p.name } });
      expect(renamed.errors, JSON.stringify(renamed.errors)).toBeUndefined();
      expect(
        errorCode(await director.gql(UPDATE, { i: { id: corporate[0].id, version: corporate[0].version, name: corporate[0].name } })),
      ).toBe('FORBIDDEN');
      const other = objectives.find((o) => !ascServices.has(o.service.id));
      const upd = `mutation($i: UpdateObjectiveInput!) { updateObjective(input: $i) { objective { id } } }`;
      expect(errorCode(await director.gql(upd, { i: { id: other.id, version: other.version, name: other.name } }))).toBe('FORBIDDEN');
      const own = objectives.find((o) => ascServices.has(o.service.id));
      expect((await director.gql(upd, { i: { id: own.id, version: own.version, name: own.name } })).errors).toBeUndefined();
    },
  );

  it('lets a director take her own draft priority to COMMUNICATED, recording the communication herself', async () => {
    const parent = (await priorities(director)).find((p) => p.level === 'CORPORATE' && !p.isNonPriority);
    const create =
      `mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id version status viewerCan { update ` +
      `agree communicate recordCommunication } } } }`;
    const me = (await director.gql(`{ viewer { person { id } } }`)).data.viewer.person.id;
    const made = await director.gql(create, {
      i: {
        councilId,
        level: 'DIRECTORATE',
        name: 'Carers heard first',
        period: '2024-25',
        directorateId: ascId,
        parentId: parent.id,
        ownerId: me,
      },
    });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    let p = made.data.createPriority.priority;
    expect(p.viewerCan).toEqual({ update: true, agree: true, communicate: false, recordCommunication: true });
    p = (await director.gql(UPDATE, { i: { id: p.id, version: p.version, status: 'AGREED' } })).data.updatePriority.priority;
    expect(p.viewerCan).toEqual({ agree: false, communicate: true });
    const told = `mutation($i: RecordCommunicationInput!) { recordCommunication(input: $i) { communication { id } } }`;
    const i = {
      councilId,
      date: '2025-01-10',
      channel: 'Staff briefing',
      groups: [{ kind: 'STAFF', name: 'Adult social care staff' }],
      priorityIds: [p.id],
    };
    expect((await director.gql(told, { i })).errors).toBeUndefined();
    // Not for a corporate priority: that is the council's to tell.
    expect(errorCode(await director.gql(told, { i: { ...i, priorityIds: [parent.id] } }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(told, { i }))).toBe('FORBIDDEN');
    const done = await director.gql(UPDATE, { i: { id: p.id, version: p.version, status: 'COMMUNICATED' } });
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    expect(done.data.updatePriority.priority.status).toBe('COMMUNICATED');
  });

  it('gives an officer who answers for nothing, and anonymous callers, no action anywhere, as the mutations refuse them', async () => {
    const staff = await priorities(officer);
    expect(staff.some((p) => p.status === 'DRAFT')).toBe(true);
    expect(everyAnswer(staff).length).toBeGreaterThan(50);
    expect(new Set(everyAnswer(staff))).toEqual(new Set([false]));
    const p = staff.find((x) => x.level === 'DIRECTORATE');
    expect(errorCode(await officer.gql(UPDATE, { i: { id: p.id, version: p.version, name: p.name } }))).toBe('FORBIDDEN');

    const anonymous = await priorities(server);
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.every((x) => x.status === 'COMMUNICATED' || x.isNonPriority)).toBe(true);
    expect(new Set(everyAnswer(anonymous))).toEqual(new Set([false]));
    expect(errorCode(await server.gql(UPDATE, { i: { id: p.id, version: p.version, name: p.name } }))).toBe('UNAUTHENTICATED');
  });
});
