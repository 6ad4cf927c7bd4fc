/**
 * Issued report packs over HTTP (issue 15, "issued reports are frozen"): issuing stores every format
 * and the data it was made from with a content hash and a version; after the data changes the issued
 * files come back byte for byte while the live pack moves on; issuing again makes version 2; the
 * council's list names who issued each; the issue is in the audit trail; refusals are coded JSON.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, Council, DEMO_CASCADE_PERIOD, DEMO_COUNCIL_GSS, Person, PersonKind, Priority } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const PERIOD = DEMO_CASCADE_PERIOD;
const FORMATS = ['html', 'pdf', 'docx', 'xlsx', 'json'] as const;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(dialects())('issued report packs on %s', (dialect) => {
  let server: TestServer;
  let ceo: Client;
  let chiefName: string;
  let chiefId: number;
  let outsider: Client;

  const call = async (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${url}`, { method, headers });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const json = (r: { body: Buffer }) => JSON.parse(r.body.toString('utf8'));

  beforeAll(async () => {
    server = await startTestServer(dialect, { publishedData: true });
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS });
    const chief = await em.findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' });
    chiefName = chief.name;
    chiefId = chief.id;
    ceo = await server.signIn(chief.email!);
    const other = await em.findOneOrFail(Council, { gssCode: 'E10000015' });
    const stranger = em.create(Person, {
      council: other,
      name: 'Other Officer',
      email: 'other.officer@e10000015.gov.example',
      kind: PersonKind.OFFICER,
    });
    await em.flush();
    outsider = await server.signIn(stranger.email!);
  });
  afterAll(async () => server?.close());

  it('stores every format frozen: identical bytes after the data changes; issuing again is version 2; listed with who issued', async () => {
    const issued = await call('POST', `/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}/issue?meeting=2025-02-10`, ceo.headers);
    expect(issued.status, issued.body.toString('utf8', 0, 300)).toBe(201);
    const v1 = json(issued);
    expect(v1).toMatchObject({ audience: 'scrutiny', period: PERIOD, version: 1, meetingDate: '2025-02-10', issuedBy: chiefName });
    expect(v1.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.files.map((f: { format: string }) => f.format)).toEqual([...FORMATS]);
    const before = new Map<string, Buffer>();
    for (const f of v1.files as Array<{ format: string; url: string; sha256: string; size: number }>) {
      const res = await call('GET', f.url, ceo.headers);
      expect(res.status, f.url).toBe(200);
      expect(sha256(res.body)).toBe(f.sha256);
      expect(res.body.length).toBe(f.size);
      before.set(f.format, res.body);
    }
    const data = json({ body: before.get('json')! });
    expect(data).toMatchObject({ audience: 'scrutiny', period: PERIOD, council: { gssCode: DEMO_COUNCIL_GSS } });

    // The data changes: a corporate priority is renamed.
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS });
    const priority = await em.findOneOrFail(Priority, { council: suffolk, period: PERIOD, level: 'CORPORATE' } as never, {
      orderBy: { id: 'asc' },
    });
    const oldName = priority.name;
    await em.nativeUpdate(Priority, { id: priority.id }, { name: `${oldName} (renamed after issue)` });
    const live = await call('GET', `/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}.html`, ceo.headers);
    expect(live.body.toString('utf8')).toContain('(renamed after issue)');

    for (const f of v1.files as Array<{ format: string; url: string }>) {
      const again = await call('GET', f.url, ceo.headers);
      expect(again.body.equals(before.get(f.format)!), `${f.format} is byte-identical`).toBe(true);
    }
    expect(before.get('html')!.toString('utf8')).not.toContain('(renamed after issue)');

    const second = json(await call('POST', `/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}/issue`, ceo.headers));
    expect(second.version).toBe(2);
    expect(second.contentSha256).not.toBe(v1.contentSha256);
    const list = json(await call('GET', `/reports/issued/${DEMO_COUNCIL_GSS}`, ceo.headers));
    expect(list.packs.map((p: { id: number; version: number }) => [p.id, p.version])).toEqual([
      [second.id, 2],
      [v1.id, 1],
    ]);
    expect(list.packs.every((p: { issuedBy: string }) => p.issuedBy === chiefName)).toBe(true);

    // The audit trail: who issued which version, with its hash (the bytes are not copied into it).
    const events = await server.em().find(AuditEvent, { entityType: 'ReportPack', entityId: v1.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'CREATE', actorPersonId: chiefId, councilId: suffolk.id });
    expect(events[0]!.after).toMatchObject({ contentSha256: v1.contentSha256, packVersion: 1, audience: 'scrutiny' });
    expect(await server.em().count(AuditEvent, { entityType: 'ReportPackFile' })).toBe(0);
  }, 300_000);

  it('is for the council\u2019s own people: 401 signed out, 403 others, 404 unknown, 400 a bad address', async () => {
    const expectError = async (method: 'GET' | 'POST', url: string, headers: Record<string, string>, status: number, code: string) => {
      const res = await call(method, url, headers);
      expect(res.status, `${method} ${url}`).toBe(status);
      expect(json(res).errors[0].extensions.code, url).toBe(code);
    };
    const issue = `/reports/executive/${DEMO_COUNCIL_GSS}/${PERIOD}/issue`;
    await expectError('POST', issue, {}, 401, 'UNAUTHENTICATED');
    await expectError('POST', issue, outsider.headers, 403, 'FORBIDDEN');
    await expectError('POST', `/reports/public/${DEMO_COUNCIL_GSS}/${PERIOD}/issue`, {}, 401, 'UNAUTHENTICATED');
    await expectError('GET', `/reports/issued/${DEMO_COUNCIL_GSS}`, {}, 401, 'UNAUTHENTICATED');
    await expectError('GET', `/reports/issued/${DEMO_COUNCIL_GSS}`, outsider.headers, 403, 'FORBIDDEN');
    const pub = json(await call('POST', `/reports/public/${DEMO_COUNCIL_GSS}/${PERIOD}/issue`, ceo.headers));
    expect(pub.version).toBe(1);
    await expectError('GET', `/reports/issued/${DEMO_COUNCIL_GSS}/${pub.id}.pdf`, {}, 401, 'UNAUTHENTICATED');
    await expectError('GET', `/reports/issued/${DEMO_COUNCIL_GSS}/${pub.id}.pdf`, outsider.headers, 403, 'FORBIDDEN');
    await expectError('GET', `/reports/issued/E10000015/${pub.id}.pdf`, outsider.headers, 404, 'NOT_FOUND');
    await expectError('GET', `/reports/issued/${DEMO_COUNCIL_GSS}/999999.pdf`, ceo.headers, 404, 'NOT_FOUND');
    await expectError('GET', `/reports/issued/${DEMO_COUNCIL_GSS}/${pub.id}.odt`, ceo.headers, 400, 'BAD_USER_INPUT');
    await expectError('POST', `/reports/cabinet/${DEMO_COUNCIL_GSS}/${PERIOD}/issue`, ceo.headers, 400, 'BAD_USER_INPUT');
    await expectError('POST', `/reports/portfolio/${DEMO_COUNCIL_GSS}/${PERIOD}/issue`, ceo.headers, 400, 'BAD_USER_INPUT');
  }, 300_000);
});
