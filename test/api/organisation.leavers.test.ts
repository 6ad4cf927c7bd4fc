import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { buildSmallCouncil, findings, ok, versionOf, type SmallCouncil } from './delegation.fixture.js';

const GSS = 'E06000014';
const UPDATE = `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { id leftOn version } } }`;
const PERSON = `query($id: ID!) { node(id: $id) { ... on Person { name leftOn } } }`;
const ANSWERS = `query($p: ID!) { whatPersonAnswersFor(personId: $p) { active leftOn servicesOwned { service { name } } } }`;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A person who leaves the council stays on record (decisions and history name them), but from their
 * leaving day answers for nothing, holds no power in force and cannot sign in: the accountability
 * checks see the gaps they leave, and nobody can be given a duty who has gone.
 */
describe.each(dialects())('people who leave the council on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let c: SmallCouncil;
  let head: Client;

  const setLeftOn = async (personId: string, leftOn: string | null) =>
    ok(admin, UPDATE, { i: { id: personId, version: await versionOf(admin, personId), leftOn } });

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    admin = await server.adminOf(GSS);
    c = await buildSmallCouncil(admin, GSS);
    await ok(admin, `mutation($i: SetMiResponsibleInput!) { setMiResponsible(input: $i) { council { id } } }`, {
      i: { councilId: c.councilId, personId: c.people.chief, version: await versionOf(admin, c.councilId) },
    });
    head = await server.signIn(`hana.head@${GSS.toLowerCase()}.test`);
  });
  afterAll(async () => server?.close());

  it('records a future leaving date without changing anything yet', async () => {
    const later = `${Number(today().slice(0, 4)) + 1}-03-31`;
    const res = await setLeftOn(c.people.head, later);
    expect(res.updatePerson.person.leftOn).toBe(later);
    expect((await ok(admin, ANSWERS, { p: c.people.head })).whatPersonAnswersFor.active).toBe(true);
    expect((await findings(admin, c.councilId)).filter((f) => f.code === 'UNOWNED_SERVICE')).toEqual([]);
    expect(errorCode(await head.gql(`{ viewer { email } }`))).toBeUndefined();
  });

  it('from the leaving day: the services they owned are unowned, their session ends and they cannot sign in', async () => {
    await setLeftOn(c.people.head, today());
    const answers = (await ok(admin, ANSWERS, { p: c.people.head })).whatPersonAnswersFor;
    expect(answers).toMatchObject({ active: false, leftOn: today(), servicesOwned: [{ service: { name: 'Home Care' } }] });
    const unowned = (await findings(admin, c.councilId)).filter((f) => f.code === 'UNOWNED_SERVICE');
    expect(unowned.map((f) => f.nodes[0]!.name)).toEqual(['Home Care']);
    expect(unowned[0]!.message).toContain('Hana Head');
    expect(unowned[0]!.message).toContain('no longer active');
    // The session they had is over at once; signing in again is refused with the reason.
    const after = await head.gql(`{ viewer { email } }`);
    expect(after.status).toBe(401);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    const signIn = await server.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`, {
      e: head.email,
      p: 'test-password-for-tests',
    });
    expect(errorCode(signIn)).toBe('UNAUTHENTICATED');
    expect(signIn.errors![0]!.message).toContain(`Hana Head left the council on ${today()}`);
    const refresh = await server.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, {
      t: head.refreshToken,
    });
    expect(errorCode(refresh)).toBe('UNAUTHENTICATED');
  });

  it('refuses to give someone who has left a power, a service or the management information', async () => {
    const delegate = await admin.gql(`mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id } } }`, {
      i: {
        powerId: c.powerId,
        fromBodyId: c.cabinetId,
        toPersonId: c.people.head,
        scope: { kind: 'SERVICE', id: c.homeCareId },
        effectiveFrom: today(),
      },
    });
    expect(errorCode(delegate)).toBe('BAD_USER_INPUT');
    expect(delegate.errors![0]!.extensions!.field).toBe('toPersonId');
    expect(delegate.errors![0]!.message).toContain('left the council');
    const owner = await admin.gql(`mutation($i: SetAccountableOwnerInput!) { setAccountableOwner(input: $i) { service { id } } }`, {
      i: { serviceId: c.northId, version: await versionOf(admin, c.northId), personId: c.people.head },
    });
    expect(errorCode(owner)).toBe('BAD_USER_INPUT');
    expect(owner.errors![0]!.message).toContain('left the council');
    const mi = await admin.gql(`mutation($i: SetMiResponsibleInput!) { setMiResponsible(input: $i) { council { id } } }`, {
      i: { councilId: c.councilId, personId: c.people.head, version: await versionOf(admin, c.councilId) },
    });
    expect(errorCode(mi)).toBe('BAD_USER_INPUT');
  });

  it('shows the leaving date to the council only, and refuses a date that is not one', async () => {
    expect((await ok(admin, PERSON, { id: c.people.head })).node.leftOn).toBe(today());
    expect((await ok(server, PERSON, { id: c.people.head })).node).toEqual({ name: 'Hana Head', leftOn: null });
    const bad = await admin.gql(UPDATE, { i: { id: c.people.head, version: await versionOf(admin, c.people.head), leftOn: '31/03/2025' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('leftOn');
    expect((await ok(admin, PERSON, { id: c.people.head })).node.leftOn).toBe(today());
  });

  it('takes someone back when the date is cleared', async () => {
    await setLeftOn(c.people.head, null);
    expect((await ok(admin, ANSWERS, { p: c.people.head })).whatPersonAnswersFor.active).toBe(true);
    expect((await findings(admin, c.councilId)).filter((f) => f.code === 'UNOWNED_SERVICE')).toEqual([]);
    const back = await server.signIn(`hana.head@${GSS.toLowerCase()}.test`);
    expect(errorCode(await back.gql(`{ viewer { email } }`))).toBeUndefined();
  });
});
