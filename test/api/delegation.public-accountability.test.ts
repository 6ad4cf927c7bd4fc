/**
 * Who decides, in public (issue 18, item 10): whoIsAccountable is the council's published scheme of
 * delegation, so anyone may ask; the AccountabilityNodeRef, DelegationPathStep, DelegationPath and
 * AccountabilityAnswer rules name a person whose name is not public by their post, and keep findings,
 * path problems and line management to the council's own people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { ok } from './delegation.fixture.js';
import { gid, Oracle, SUFFOLK, type Viewer } from './access.visibility-oracle.js';

const WHO =
  'query($s: ID!) { whoIsAccountable(serviceId: $s) { service { id name } directorate { name } owner { id type name } ownerActive ' +
  'ownerChain { id name } decisionMakers { person { id type name } delegation { id name } power { id name } scope financialLimit ' +
  'accountable path { text complete problems steps { id type name delegationId } } } findings { code message nodes { id name } } } }';

describe.each(dialects())('who decides, in public, on %s', (dialect) => {
  let server: TestServer;
  let staff: Client;
  let partner: Record<string, string>;
  let oracle: Oracle;
  let suffolkId: number;
  let services: string[];
  /** Job titles of Suffolk's people who are not public, by name. */
  const hiddenPosts = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const sql = async (q: string) => (await server.em().getConnection().execute(q)) as Array<Record<string, unknown>>;
    suffolkId = Number((await sql(`select id from council where gss_code = '${SUFFOLK}'`))[0]!.id);
    services = (await sql(`select id from service where council_id = ${suffolkId} order by id`)).map((r) => gid('Service', Number(r.id)));
    staff = await server.adminOf(SUFFOLK);
    const key = await staff.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: gid('Council', suffolkId), name: 'Public scheme' },
    });
    partner = { 'x-api-key': key.data.createApiKey.secret };
    oracle = new Oracle(server);
    await oracle.load();
    for (const r of await sql(`select id, name, job_title from person where council_id = ${suffolkId}`)) {
      if (!oracle.publicPeople.has(Number(r.id))) hiddenPosts.set(String(r.name), String(r.job_title));
    }
  });
  afterAll(async () => server?.close());

  const outsider = (name: 'anonymous' | 'partner'): Viewer => ({
    name,
    headers: name === 'partner' ? partner : {},
    memberOf: null,
    adminOf: null,
  });

  it('signed out: the owner, and each decision-maker by name where public and by post where not, without findings', async () => {
    let byPost = 0;
    let named = 0;
    for (const s of services) {
      const a = (await ok(server, WHO, { s })).whoIsAccountable;
      expect(a.service.id).toBe(s);
      expect(a.findings).toEqual([]);
      expect(a.ownerChain).toEqual([]);
      if (a.owner) expect(a.owner.id).not.toBeNull(); // an accountable owner holds a public post
      for (const m of a.decisionMakers) {
        expect(m.path.problems).toEqual([]);
        expect(m.path.text.startsWith(`${m.path.steps[0].name} → `)).toBe(true);
        if (m.person.id === null) {
          byPost++;
          expect([...hiddenPosts.values()]).toContain(m.person.name);
          expect(m.delegation.name.endsWith(`delegated to ${m.person.name}`)).toBe(true);
          expect(m.path.steps.at(-1)).toMatchObject({ id: null, name: m.person.name });
        } else {
          named++;
          expect(oracle.publicPeople.has(Number(Buffer.from(m.person.id, 'base64url').toString().split(':')[1]))).toBe(true);
        }
      }
    }
    // The demo scheme has both, so each branch above is exercised.
    expect(byPost).toBeGreaterThan(0);
    expect(named).toBeGreaterThan(0);
  });

  it("a partner's key gets the same answer as the public", async () => {
    for (const s of services.slice(0, 8)) {
      const pub = await server.gql(WHO, { s });
      const key = await server.gql(WHO, { s }, partner);
      expect(key.errors).toBeUndefined();
      expect(key.data).toEqual(pub.data);
    }
  });

  it("the council's own people get names, line managers, findings and path problems", async () => {
    let chains = 0;
    let findings = 0;
    for (const s of services) {
      const a = (await ok(staff, WHO, { s })).whoIsAccountable;
      for (const m of a.decisionMakers) expect(m.person.id).not.toBeNull();
      chains += a.ownerChain.length;
      findings += a.findings.length;
    }
    expect(chains).toBeGreaterThan(0);
    expect(findings).toBeGreaterThan(0);
    const named = await Promise.all(services.map(async (s) => (await ok(staff, WHO, { s })).whoIsAccountable.decisionMakers));
    expect(named.flat().some((m: any) => hiddenPosts.has(m.person.name))).toBe(true);
  });

  it('no name of a person who is not public appears anywhere in a public answer, signed out or as a partner', async () => {
    for (const viewer of [outsider('anonymous'), outsider('partner')]) {
      const hidden = oracle.hiddenNames(viewer)!;
      expect(hidden).not.toBeNull();
      for (const s of services) {
        const body = JSON.stringify(await server.gql(WHO, { s }, viewer.headers));
        expect(hidden.exec(body)?.[0], `${viewer.name}, ${s}`).toBeUndefined();
      }
    }
  });

  it("another day's scheme is the council's own record", async () => {
    const past = `query($s: ID!) { whoIsAccountable(serviceId: $s, asOf: "2024-01-01") { ownerActive } }`;
    expect(errorCode(await server.gql(past, { s: services[0] }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(past, { s: services[0] }, partner))).toBe('FORBIDDEN');
    expect((await staff.gql(past, { s: services[0] })).errors).toBeUndefined();
  });

  it('signed out, the statements do not grow with the number of decision-makers (one batch for the public people)', async () => {
    const counts: Array<{ makers: number; count: number }> = [];
    for (const s of services) {
      const { result, count } = await server.fewestStatements(() => server.gql(WHO, { s }));
      counts.push({ makers: result.data.whoIsAccountable.decisionMakers.length, count });
    }
    const few = counts.reduce((a, b) => (b.makers < a.makers ? b : a));
    const many = counts.reduce((a, b) => (b.makers > a.makers ? b : a));
    expect(many.makers).toBeGreaterThan(few.makers + 2);
    expect(many.count).toBe(few.count);
  });
});
