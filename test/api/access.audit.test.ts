import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '@goldenthread/api';
import { AuditEvent, Council, Measurement, MeasurementHistory, setAuditActor } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const EVENTS =
  `query($c: ID!, $type: String, $id: ID) { auditEvents(councilId: $c, entityType: $type, entityId: $id, first: 100) { ` +
  `totalCount nodes { at actorKind actorLabel actorPersonId operation action entityType entityId before after } } }`;

describe.each(dialects())('audit trail on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let councilId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    admin = await server.adminOf('E06000001');
    councilId = (await admin.gql(`{ viewer { council { id } } }`)).data.viewer.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('records who changed what, when, with the record before and after', async () => {
    const started = Date.now() - 1000;
    const made = await admin.gql(
      `mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { directorate { id version } } }`,
      { input: { councilId, name: 'Adults', code: 'ASC' } },
    );
    const d = made.data.createDirectorate.directorate;
    await admin.gql(`mutation($input: UpdateDirectorateInput!) { updateDirectorate(input: $input) { directorate { version } } }`, {
      input: { id: d.id, version: d.version, name: 'Adults and Health' },
    });
    const res = await admin.gql(EVENTS, { c: councilId, id: d.id });
    expect(res.errors).toBeUndefined();
    const [update, create] = res.data.auditEvents.nodes;
    expect(res.data.auditEvents.totalCount).toBe(2);
    expect(create).toMatchObject({
      action: 'CREATE',
      operation: 'createDirectorate',
      entityType: 'Directorate',
      entityId: d.id,
      actorKind: 'person',
      actorLabel: admin.email,
      before: null,
    });
    expect(create.after).toMatchObject({ name: 'Adults', code: 'ASC', version: 1 });
    expect(update).toMatchObject({ action: 'UPDATE', operation: 'updateDirectorate' });
    expect(update.before).toMatchObject({ name: 'Adults', version: 1 });
    expect(update.after).toMatchObject({ name: 'Adults and Health', version: 2 });
    expect(update.actorPersonId).toBeTruthy();
    expect(new Date(update.at).getTime()).toBeGreaterThan(started);
  });

  it('records bulk writes too: a cascading delete lists every record it removed', async () => {
    const dir = (
      await admin.gql(`mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { directorate { id } } }`, {
        input: { councilId, name: 'Place' },
      })
    ).data.createDirectorate.directorate;
    const svc = (
      await admin.gql(`mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }`, {
        input: { directorateId: dir.id, name: 'Highways' },
      })
    ).data.createService.service;
    await admin.gql(`mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }`, {
      input: { directorateId: dir.id, parentId: svc.id, name: 'Gritting' },
    });
    const del = await admin.gql(`mutation($id: ID!) { deleteDirectorate(id: $id, cascade: true) { deletedIds } }`, { id: dir.id });
    expect(del.errors).toBeUndefined();
    const services = await admin.gql(EVENTS, { c: councilId, type: 'Service' });
    const deletes = services.data.auditEvents.nodes.filter((e: any) => e.action === 'DELETE');
    expect(deletes.map((e: any) => e.before.name).sort()).toEqual(['Gritting', 'Highways']);
    expect(deletes.every((e: any) => e.after === null && e.operation === 'deleteDirectorate')).toBe(true);
    const dirEvents = await admin.gql(EVENTS, { c: councilId, id: dir.id });
    expect(dirEvents.data.auditEvents.nodes[0]).toMatchObject({ action: 'DELETE', before: { name: 'Place' }, after: null });
  });

  it('records bulk imports too: every measurement a CSV import creates', async () => {
    const me = (await admin.gql(`{ viewer { person { id } } }`)).data.viewer.person.id;
    const indicator = (
      await admin.gql(`mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { indicator { id } } }`, {
        i: { councilId, code: 'L-AUD-1', title: 'Audited imports', polarity: 'HIGHER_IS_BETTER', frequency: 'MONTHLY' },
      })
    ).data.createIndicator.indicator.id;
    const own = await admin.gql(`mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { id } } }`, {
      i: { councilId, indicatorId: indicator, dataOwnerId: me },
    });
    expect(own.errors).toBeUndefined();
    const csv = 'gss_code,indicator_code,period,value\nE06000001,L-AUD-1,2024-04,71\nE06000001,L-AUD-1,2024-05,73\n';
    const imported = await admin.gql(`mutation($c: String!) { importMeasurements(content: $c, councilGss: "E06000001") { created } }`, {
      c: csv,
    });
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importMeasurements.created).toBe(2);
    const events = (await admin.gql(EVENTS, { c: councilId, type: 'Measurement' })).data.auditEvents.nodes;
    const created = events.filter((e: any) => e.action === 'CREATE' && e.operation === 'importMeasurements');
    expect(created.map((e: any) => e.after.period).sort()).toEqual(['2024-04', '2024-05']);
    expect(created.every((e: any) => e.actorLabel === admin.email && e.entityId)).toBe(true);
  });

  it('records every row an API import writes, creates and changes, with the person as actor and each record named', async () => {
    const indicator = (
      await admin.gql(`mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { indicator { id } } }`, {
        i: { councilId, code: 'L-AUD-2', title: 'Audited re-imports', polarity: 'HIGHER_IS_BETTER', frequency: 'MONTHLY' },
      })
    ).data.createIndicator.indicator.id;
    const me = (await admin.gql(`{ viewer { person { id } } }`)).data.viewer.person.id;
    expect(
      (
        await admin.gql(`mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { id } } }`, {
          i: { councilId, indicatorId: indicator, dataOwnerId: me },
        })
      ).errors,
    ).toBeUndefined();
    const periods = Array.from(
      { length: 30 },
      (_, i) => `${2001 + Math.floor((3 + i) / 12)}-${String(((3 + i) % 12) + 1).padStart(2, '0')}`,
    );
    const csv = (value: (i: number) => number) =>
      ['gss_code,indicator_code,period,value', ...periods.map((p, i) => `E06000001,L-AUD-2,${p},${value(i)}`)].join('\n');
    const IMPORT = `mutation($c: String!) { importMeasurements(content: $c, councilGss: "E06000001") { created changed unchanged } }`;
    const em = server.em();
    const mine = { actorKind: 'person', actorLabel: admin.email, operation: 'importMeasurements' };
    const before = {
      created: await em.count(AuditEvent, { ...mine, entityType: 'Measurement', action: 'CREATE' }),
      history: await em.count(AuditEvent, { ...mine, entityType: 'MeasurementHistory' }),
    };

    expect((await admin.gql(IMPORT, { c: csv((i) => i) })).data.importMeasurements).toMatchObject({ created: 30, changed: 0 });
    expect((await admin.gql(IMPORT, { c: csv((i) => (i < 10 ? i + 100 : i)) })).data.importMeasurements).toMatchObject({
      created: 0,
      changed: 10,
      unchanged: 20,
    });

    const stored = await em.find(Measurement, { indicator: fromGlobalId(indicator)!.id });
    expect(stored).toHaveLength(30);
    const ids = stored.map((m) => m.id);
    const created = await em.find(AuditEvent, { ...mine, entityType: 'Measurement', action: 'CREATE', entityId: { $in: ids } });
    expect(created.map((e) => e.entityId).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(await em.count(AuditEvent, { ...mine, entityType: 'Measurement', action: 'CREATE' })).toBe(before.created + 30);
    const updates = await em.find(AuditEvent, { ...mine, entityType: 'Measurement', action: 'UPDATE', entityId: { $in: ids } });
    expect(updates).toHaveLength(10);
    expect(
      updates.every(
        (e) => (e.after as any).value === (e.before as any).value + 100 && (e.after as any).version === 2 && e.actorPersonId !== null,
      ),
    ).toBe(true);
    // The history rows too: one event each, naming the row.
    const history = await em.find(MeasurementHistory, { measurement: { $in: ids } });
    expect(history).toHaveLength(40);
    const historyEvents = await em.find(AuditEvent, {
      ...mine,
      entityType: 'MeasurementHistory',
      action: 'CREATE',
      entityId: { $in: history.map((h) => h.id) },
    });
    expect(historyEvents.map((e) => e.entityId).sort((a, b) => a - b)).toEqual(history.map((h) => h.id).sort((a, b) => a - b));
    expect(await em.count(AuditEvent, { ...mine, entityType: 'MeasurementHistory' })).toBe(before.history + 40);
  });

  it('never stores secrets in the trail: password and key hashes are redacted', async () => {
    const person = (
      await admin.gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, {
        input: { councilId, name: 'Kim Lowe', email: 'kim.lowe@hartlepool.gov.uk' },
      })
    ).data.createPerson.person;
    const account = await admin.gql(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
      input: { personId: person.id, password: 'kims-first-password' },
    });
    expect(account.errors).toBeUndefined();
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId, name: 'Audit key' },
    });
    const events = await admin.gql(EVENTS, { c: councilId });
    const text = JSON.stringify(events.data);
    const accountEvent = events.data.auditEvents.nodes.find((e: any) => e.entityType === 'Account' && e.action === 'CREATE');
    expect(accountEvent.after.passwordHash).toBe('[redacted]');
    const keyEvent = events.data.auditEvents.nodes.find((e: any) => e.entityType === 'ApiKey' && e.action === 'CREATE');
    expect(keyEvent.after.keyHash).toBe('[redacted]');
    expect(text).not.toContain('kims-first-password');
    expect(text).not.toContain(key.data.createApiKey.secret);
    expect(text).not.toContain('$argon2');
  });

  it("shows a council's trail to its administrators only", async () => {
    const other = await server.adminOf('E06000002');
    expect(errorCode(await other.gql(EVENTS, { c: councilId }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(EVENTS, { c: councilId }))).toBe('UNAUTHENTICATED');
    const otherCouncil = (await other.gql(`{ viewer { council { id } } }`)).data.viewer.council.id;
    const theirs = await other.gql(EVENTS, { c: otherCouncil });
    expect(theirs.data.auditEvents.nodes.every((e: any) => e.entityType !== 'Directorate')).toBe(true);
  });

  it('cannot be changed or deleted: no mutation touches it, and the data layer refuses', async () => {
    const intro = await server.gql(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = intro.data.__schema.mutationType.fields.map((f: any) => f.name);
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
    const em = server.em();
    setAuditActor(em, { kind: 'system', label: 'test' });
    await expect(em.nativeDelete(AuditEvent, {})).rejects.toThrow(/audit trail cannot be changed/);
    await expect(em.nativeUpdate(AuditEvent, {}, { actorLabel: 'someone else' })).rejects.toThrow(/audit trail cannot be changed/);
    const one = await em.findOneOrFail(AuditEvent, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
    one.actorLabel = 'forged';
    await expect(em.flush()).rejects.toThrow(/audit trail cannot be changed/);
    expect((await server.em().findOneOrFail(AuditEvent, { id: one.id })).actorLabel).not.toBe('forged');
  });

  it('attributes CLI changes to the command line', async () => {
    const { createApiKeyFromCli } = await import('@goldenthread/server');
    await createApiKeyFromCli(server.orm, { council: 'E06000001', name: 'From the CLI' });
    const council = await server.em().findOneOrFail(Council, { gssCode: 'E06000001' });
    const event = await server.em().findOneOrFail(AuditEvent, { councilId: council.id, entityType: 'ApiKey', actorLabel: 'cli' });
    expect(event.operation).toBe('cli api-key create');
    expect(event.after).toMatchObject({ name: 'From the CLI', keyHash: '[redacted]' });
  });
});
