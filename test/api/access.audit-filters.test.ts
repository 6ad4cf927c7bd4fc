import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

// The audit trail view's filters: one record, a kind of record, the person who made the change and a
// range of days, combined and paged; for the council's administrators only.
const EVENTS =
  'query($c: ID!, $type: String, $id: ID, $who: ID, $from: String, $to: String, $first: Int, $after: String) { ' +
  'auditEvents(councilId: $c, entityType: $type, entityId: $id, actorPersonId: $who, from: $from, to: $to, first: $first, after: $after) ' +
  '{ totalCount pageInfo { hasNextPage endCursor } nodes { action operation entityType entityId actorLabel actor { id name } after } } }';
const TYPES = 'query($c: ID!) { auditRecordTypes(councilId: $c) }';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(dialects())('audit trail filters on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let second: Client;
  let councilId: string;
  let secondId: string;
  let placeId: string;

  const directorate = async (who: Client, name: string) =>
    (
      await who.gql(`mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { directorate { id version } } }`, {
        input: { councilId, name },
      })
    ).data.createDirectorate.directorate as { id: string; version: number };

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    admin = await server.adminOf('E06000001');
    councilId = (await admin.gql(`{ viewer { council { id } } }`)).data.viewer.council.id;
    const made = await admin.gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, {
      input: { councilId, name: 'Pat Reed', email: 'pat.reed@hartlepool.gov.uk' },
    });
    secondId = made.data.createPerson.person.id;
    second = await server.signIn('pat.reed@hartlepool.gov.uk', { admin: true });
    const place = await directorate(admin, 'Place');
    placeId = place.id;
    await directorate(second, 'Resources');
    const renamed = await second.gql(
      `mutation($input: UpdateDirectorateInput!) { updateDirectorate(input: $input) { directorate { version } } }`,
      { input: { id: place.id, version: place.version, name: 'Place and Economy' } },
    );
    expect(renamed.errors).toBeUndefined();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists only the changes one person made, naming them', async () => {
    const res = await admin.gql(EVENTS, { c: councilId, who: secondId, type: 'Directorate' });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.auditEvents.nodes;
    expect(nodes.map((e: any) => `${e.action} ${e.after.name}`)).toEqual(['UPDATE Place and Economy', 'CREATE Resources']);
    expect(nodes.every((e: any) => e.actor?.id === secondId && e.actor.name === 'Pat Reed' && e.actorLabel === second.email)).toBe(true);
    // The person and one record combined: her change to Place only.
    const one = await admin.gql(EVENTS, { c: councilId, who: secondId, id: placeId });
    expect(one.data.auditEvents.nodes.map((e: any) => e.operation)).toEqual(['updateDirectorate']);
    const mine = await admin.gql(EVENTS, { c: councilId, id: placeId });
    expect(mine.data.auditEvents.nodes.map((e: any) => e.actorLabel)).toEqual([second.email, admin.email]);
  });

  it('keeps to a range of whole days, and refuses a range that ends before it starts', async () => {
    const count = async (from: string | null, to: string | null) => {
      const res = await admin.gql(EVENTS, { c: councilId, type: 'Directorate', from, to });
      expect(res.errors).toBeUndefined();
      return res.data.auditEvents.totalCount as number;
    };
    const all = await count(null, null);
    expect(all).toBe(3);
    expect(await count(day(0), day(0))).toBe(all);
    expect(await count(day(-30), null)).toBe(all);
    expect(await count(null, day(-1))).toBe(0);
    expect(await count(day(1), null)).toBe(0);
    const backwards = await admin.gql(EVENTS, { c: councilId, from: day(0), to: day(-1) });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0]!.extensions!.field).toBe('to');
    const notADate = await admin.gql(EVENTS, { c: councilId, from: '31/12/2024' });
    expect(errorCode(notADate)).toBe('BAD_USER_INPUT');
    expect(notADate.errors![0]!.extensions!.field).toBe('from');
    const notAPerson = await admin.gql(EVENTS, { c: councilId, who: placeId });
    expect(notAPerson.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actorPersonId' });
  });

  it('pages through the filtered trail without overlap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: any = await admin.gql(EVENTS, { c: councilId, type: 'Directorate', first: 2, after });
      expect(res.data.auditEvents.totalCount).toBe(3);
      seen.push(...res.data.auditEvents.nodes.map((e: any) => `${e.operation} ${e.after.name}`));
      if (!res.data.auditEvents.pageInfo.hasNextPage) break;
      after = res.data.auditEvents.pageInfo.endCursor;
    }
    expect(seen).toEqual(['updateDirectorate Place and Economy', 'createDirectorate Resources', 'createDirectorate Place']);
  });

  it('names the kinds of record in the trail', async () => {
    const res = await admin.gql(TYPES, { c: councilId });
    expect(res.errors).toBeUndefined();
    const types: string[] = res.data.auditRecordTypes;
    expect(types).toEqual(expect.arrayContaining(['Directorate', 'Person']));
    expect([...types].sort()).toEqual(types);
    expect(new Set(types).size).toBe(types.length);
  });

  it('refuses anyone but the council’s administrators with a coded error', async () => {
    await admin.gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, {
      input: { councilId, name: 'Lee Shaw', email: 'lee.shaw@hartlepool.gov.uk' },
    });
    const member = await server.signIn('lee.shaw@hartlepool.gov.uk');
    const other = await server.adminOf('E06000002');
    for (const [who, code] of [
      [member, 'FORBIDDEN'],
      [other, 'FORBIDDEN'],
    ] as const) {
      const res = await who.gql(EVENTS, { c: councilId, who: secondId });
      expect(errorCode(res)).toBe(code);
      expect(res.data?.auditEvents ?? null).toBeNull();
      expect(errorCode(await who.gql(TYPES, { c: councilId }))).toBe(code);
    }
    expect(errorCode(await server.gql(EVENTS, { c: councilId }))).toBe('UNAUTHENTICATED');
  });
});
