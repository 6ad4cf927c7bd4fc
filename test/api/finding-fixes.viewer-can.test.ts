import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * The `viewerCan` fields the Findings view's fixes ask (issue 16): `addTarget` on a priority, `recordCommunication` on a
 * consultation and `delegate` on a service. Each is checked against the writes it stands for, as a director, an officer
 * who answers for nothing and an administrator of the demo council: true exactly when every write of the fix succeeds.
 */
const GSS = 'E10000029';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const READ = `query($c: ID!) { node(id: $c) { ... on Council {
  priorities(period: "2024-25") { id name level isNonPriority service { id } viewerCan { addTarget }
    consultations { id title groups { kind name } priorities { id } viewerCan { recordCommunication delete } } }
  decisionPowers { id sourceBody { id } } } } }`;
const SERVICE = `query($s: ID!) { node(id: $s) { ... on Service { name accountableOwner { id } viewerCan { delegate } } } }`;
const SET = `mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id } } }`;
const LINK = `mutation($i: TargetLinkInput!) { linkTarget(input: $i) { changed } }`;
const TELL = `mutation($i: RecordCommunicationInput!) { recordCommunication(input: $i) { communication { id } } }`;
const DELEGATE = `mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id } } }`;
const REFUSED = ['FORBIDDEN', 'UNAUTHENTICATED'];

describe.each(dialects())('viewerCan of the findings fixes on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let callers: Array<[string, Client]>;
  let indicators: string[];
  let services: string[];

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    const director = await server.signIn((await em.findOneOrFail(Person, { id: asc.director!.id })).email!);
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const all = await em.find(Service, { council: council.id }, { orderBy: { id: 'asc' } });
    const owners = new Set(all.map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.jobTitle !== 'Chief Executive')!;
    callers = [
      ['director', director],
      ['officer', await server.signIn(plain.email!)],
      ['administrator', await server.adminOf(GSS)],
    ];
    // A service of the director's directorate and one of another, each with an owner.
    const owned = all.filter((s) => s.accountableOwner);
    services = [owned.find((s) => s.directorate.id === asc.id)!, owned.find((s) => s.directorate.id !== asc.id)!].map((s) =>
      gid('Service', s.id),
    );
    const res = await server.gql('{ indicators(first: 30, filter: { framework: ASCOF }) { nodes { id } } }');
    indicators = res.data.indicators.nodes.map((i: { id: string }) => i.id);
    expect(indicators.length).toBeGreaterThanOrEqual(18);
  });
  afterAll(async () => {
    await server?.close();
  });

  const read = async (caller: Client) => {
    const r = await caller.gql(READ, { c: councilId });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.node;
  };

  it('says whether a target may be set and linked on each priority, as setTarget and linkTarget answer', async () => {
    let n = 0;
    for (const [who, caller] of callers) {
      const { priorities } = await read(caller);
      // A non-priority takes no target, whoever asks (linkTarget refuses it on the field).
      for (const p of priorities.filter((x: any) => x.isNonPriority)) expect(p.viewerCan.addTarget, p.name).toBe(false);
      // Two priorities of each level, including some the viewer may not write.
      const active = priorities.filter((p: any) => !p.isNonPriority);
      const sample = ['CORPORATE', 'DIRECTORATE', 'SERVICE'].flatMap((l) => active.filter((p: any) => p.level === l).slice(0, 2));
      const answers = new Set<boolean>();
      for (const p of sample) {
        // A target of its own (indicator) each time, so none replaces another.
        const indicatorId = indicators[n++];
        const set = await caller.gql(SET, {
          i: { councilId, indicatorId, period: '2024-25', serviceId: p.service?.id ?? null, value: 61 },
        });
        const linked = set.errors ? set : await caller.gql(LINK, { i: { targetId: set.data.setTarget.target.id, priorityId: p.id } });
        const ok = !set.errors && !linked.errors;
        if (!ok) expect(REFUSED, `${who}: ${p.name}`).toContain(errorCode(linked));
        expect(p.viewerCan.addTarget, `${who}: ${p.name}`).toBe(ok);
        answers.add(ok);
      }
      if (who === 'director') expect([...answers].sort()).toEqual([false, true]);
      if (who === 'officer') expect([...answers]).toEqual([false]);
      if (who === 'administrator') expect([...answers]).toEqual([true]);
    }
  });

  it("says whether a consultation's groups may be told back, as recordCommunication answers", async () => {
    for (const [who, caller] of callers) {
      const { priorities } = await read(caller);
      const seen = new Map<string, any>();
      for (const p of priorities) for (const c of p.consultations) seen.set(c.id, c);
      expect(seen.size).toBeGreaterThan(0);
      for (const c of seen.values()) {
        const input = {
          councilId,
          date: '2025-01-10',
          channel: 'Letter',
          groups: c.groups,
          priorityIds: c.priorities.map((p: any) => p.id),
        };
        const r = await caller.gql(TELL, { i: input });
        if (r.errors) expect(REFUSED, `${who}: ${c.title}`).toContain(errorCode(r));
        expect(c.viewerCan.recordCommunication, `${who}: ${c.title}`).toBe(!r.errors);
        expect(c.viewerCan.recordCommunication).toBe(c.viewerCan.delete);
      }
    }
  });

  it('says whether a power may be delegated over a service, as delegate answers', async () => {
    const { decisionPowers } = await read(callers[2]![1]);
    const answers: Record<string, boolean[]> = {};
    for (const [i, [who, caller]] of callers.entries()) {
      // A power of its own for each caller, so no delegation repeats another.
      const power = decisionPowers[i];
      for (const s of services) {
        const r = await caller.gql(SERVICE, { s });
        expect(r.errors).toBeUndefined();
        const service = r.data.node;
        const input = {
          powerId: power.id,
          fromBodyId: power.sourceBody.id,
          toPersonId: service.accountableOwner.id,
          scope: { kind: 'SERVICE', id: s },
        };
        const made = await caller.gql(DELEGATE, { i: input });
        if (made.errors) expect(REFUSED, `${who}: ${service.name}`).toContain(errorCode(made));
        expect(service.viewerCan.delegate, `${who}: ${service.name}`).toBe(!made.errors);
        answers[who] = [...(answers[who] ?? []), service.viewerCan.delegate];
      }
    }
    expect(answers).toEqual({ director: [true, false], officer: [false, false], administrator: [true, true] });
  });
});
