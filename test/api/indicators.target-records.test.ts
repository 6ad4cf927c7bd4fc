import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * A target as `targets(councilId, indicatorId)` serves it on an indicator's page (issue 16): the priorities it measures,
 * its `viewerCan` and the indicator's `viewerCanSetTargets`, checked against setTarget, deleteTarget and linkTarget as an
 * administrator, a director and an officer who answers for nothing; and one statement per level whatever the number of
 * targets.
 */
const GSS = 'E10000029';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const TARGETS = `query($c: ID!, $i: ID) { targets(councilId: $c, indicatorId: $i) { id period value version service { id }
  viewerCan { update delete } priorities { id name } } }`;
const MAY_SET = `query($c: ID!, $i: ID!) { indicator(id: $i) { viewerCanSetTargets(councilId: $c) } }`;
const PRIORITIES = `query($c: ID!) { node(id: $c) { ... on Council { priorities(period: "2024-25") { id name isNonPriority
  viewerCan { update } } } } }`;
const SET = `mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id version } } }`;
const LINK = `mutation($i: TargetLinkInput!) { linkTarget(input: $i) { changed } }`;
const UNLINK = `mutation($i: TargetLinkInput!, $v: Int) { unlinkTarget(input: $i, version: $v) { changed } }`;

describe.each(dialects())('targets on an indicator page on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let admin: Client;
  let director: Client;
  let officer: Client;
  let indicators: string[];

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    director = await server.signIn((await em.findOneOrFail(Person, { id: asc.director!.id })).email!);
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.jobTitle !== 'Chief Executive')!;
    officer = await server.signIn(plain.email!);
    admin = await server.adminOf(GSS);
    const res = await server.gql('{ indicators(first: 10, filter: { framework: ASCOF }) { nodes { id } } }');
    indicators = res.data.indicators.nodes.map((i: { id: string }) => i.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  const ok = (r: { errors?: unknown }) => expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();

  it('lists the priorities a target measures, and who may set, change, link and unlink it', async () => {
    const indicatorId = indicators[0]!;
    expect((await admin.gql(MAY_SET, { c: councilId, i: indicatorId })).data.indicator.viewerCanSetTargets).toBe(true);
    for (const who of [director, officer]) {
      expect((await who.gql(MAY_SET, { c: councilId, i: indicatorId })).data.indicator.viewerCanSetTargets).toBe(false);
      // The mutation agrees: the council's own target is refused.
      const r = await who.gql(SET, { i: { councilId, indicatorId, period: '2024-25', value: 40 } });
      expect(errorCode(r)).toBe('FORBIDDEN');
    }
    const set = await admin.gql(SET, { i: { councilId, indicatorId, period: '2024-25', value: 40 } });
    ok(set);
    const targetId = set.data.setTarget.target.id;
    const priorities = (await director.gql(PRIORITIES, { c: councilId })).data.node.priorities.filter((p: any) => !p.isNonPriority);
    const hers = priorities.find((p: any) => p.viewerCan.update)!;
    const notHers = priorities.find((p: any) => !p.viewerCan.update)!;
    // A director links the council's target to her own priority, not to another's; the officer to none.
    expect(errorCode(await director.gql(LINK, { i: { targetId, priorityId: notHers.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(LINK, { i: { targetId, priorityId: hers.id } }))).toBe('FORBIDDEN');
    ok(await director.gql(LINK, { i: { targetId, priorityId: hers.id } }));
    const read = async (who: Client) => {
      const r = await who.gql(TARGETS, { c: councilId, i: indicatorId });
      ok(r);
      return r.data.targets.find((t: any) => t.id === targetId);
    };
    expect((await read(admin)).priorities).toEqual([{ id: hers.id, name: hers.name }]);
    expect((await read(admin)).viewerCan).toEqual({ update: true, delete: true });
    expect((await read(director)).viewerCan).toEqual({ update: false, delete: false });
    expect((await read(officer)).viewerCan).toEqual({ update: false, delete: false });
    // The director may not change the council's target, as viewerCan says.
    const t = await read(director);
    expect(errorCode(await director.gql(SET, { i: { councilId, indicatorId, period: '2024-25', value: 41, version: t.version } }))).toBe(
      'FORBIDDEN',
    );
    ok(await director.gql(UNLINK, { i: { targetId, priorityId: hers.id } }));
    expect((await read(admin)).priorities).toEqual([]);
  });

  it('refuses unlinking a target changed since the version read (CONFLICT, still linked); the stored version unlinks it', async () => {
    const indicatorId = indicators[9]!;
    const set = await admin.gql(SET, { i: { councilId, indicatorId, period: '2024-25', value: 30 } });
    ok(set);
    const { id: targetId, version: read } = set.data.setTarget.target;
    const priority = (await admin.gql(PRIORITIES, { c: councilId })).data.node.priorities.find((p: any) => !p.isNonPriority)!;
    ok(await admin.gql(LINK, { i: { targetId, priorityId: priority.id } }));
    // Someone else changes the target's value.
    const changed = await admin.gql(SET, { i: { councilId, indicatorId, period: '2024-25', value: 35, version: read } });
    ok(changed);
    const now = changed.data.setTarget.target.version;
    expect(now).toBe(read + 1);
    const stale = await admin.gql(UNLINK, { i: { targetId, priorityId: priority.id }, v: read });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors as any)[0].extensions.currentVersion).toBe(now);
    const linked = async () =>
      (await admin.gql(TARGETS, { c: councilId, i: indicatorId })).data.targets.find((t: any) => t.id === targetId).priorities;
    expect(await linked()).toEqual([{ id: priority.id, name: priority.name }]);
    const done = await admin.gql(UNLINK, { i: { targetId, priorityId: priority.id }, v: now });
    ok(done);
    expect(done.data.unlinkTarget.changed).toBe(true);
    expect(await linked()).toEqual([]);
  });

  it('reads every target with its priorities and permissions in the same number of statements, for few targets or many', async () => {
    const priorities = (await admin.gql(PRIORITIES, { c: councilId })).data.node.priorities.filter((p: any) => !p.isNonPriority);
    /** Targets of `indicator`s, each linked to two priorities. */
    const add = async (from: number, to: number) => {
      for (let n = from; n < to; n++) {
        const set = await admin.gql(SET, { i: { councilId, indicatorId: indicators[n], period: '2024-25', value: 50 + n } });
        ok(set);
        for (const p of priorities.slice(n, n + 2))
          ok(await admin.gql(LINK, { i: { targetId: set.data.setTarget.target.id, priorityId: p.id } }));
      }
    };
    const read = async () => {
      const r = await server.fewestStatements(() => admin.gql(TARGETS, { c: councilId, i: null }));
      ok(r.result);
      return { count: r.count, linked: r.result.data.targets.filter((t: any) => t.priorities.length === 2).length };
    };
    await add(1, 2);
    const few = await read();
    await add(2, 8);
    const many = await read();
    expect(many.linked).toBe(few.linked + 6);
    expect(many.count).toBeLessThanOrEqual(few.count);
  });
});
