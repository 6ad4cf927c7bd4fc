import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, Council, IndicatorOwnership, Measurement, Person } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * Four eyes on data (issue 18, item 7; README "Measurements"): who entered a figure does not validate it
 * unless the council turns the rule off (setFourEyesOnData, by its administrators, audited);
 * viewerCan.validate says so, validateMeasurement(s) refuse it naming the figure, and the MI-responsible
 * manager sees figures validated by their enterer (validatedByEnterer). The demo's figures were entered
 * and validated by different people.
 */
const GSS = 'E10000029';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const FIGURE = 'id version status validatedByEnterer viewerCan { validate }';
const RECORD = `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { ${FIGURE} } } }`;
const VALIDATE = `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { ${FIGURE} } } }`;
const VALIDATE_MANY = `mutation($m: [MeasurementStepInput!]!) { validateMeasurements(measurements: $m) { measurements { id status } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Measurement { ${FIGURE} } } }`;
const SET = `mutation($c: ID!, $on: Boolean!) { setFourEyesOnData(councilId: $c, on: $on) { fourEyesOnData council { fourEyesOnData } } }`;

describe.each(dialects())('four eyes on data on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let indicatorId: string;
  let owner: Client;
  let mi: Client;
  let admin: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS }, { populate: ['miResponsible'] });
    councilId = gid('Council', council.id);
    const own = await em.findOneOrFail(
      IndicatorOwnership,
      { council: council.id, dataOwner: { $ne: null, $nin: [council.miResponsible!.id] }, indicator: { council: council.id } },
      { orderBy: { id: 'asc' } },
    );
    indicatorId = gid('Indicator', own.indicator.id);
    owner = await server.signIn((await em.findOneOrFail(Person, own.dataOwner!.id)).email!);
    mi = await server.signIn(council.miResponsible!.getEntity().email!);
    admin = await server.adminOf(GSS);
  });
  afterAll(async () => server?.close());

  const record = async (who: Client, period: string) => {
    const r = await who.gql(RECORD, { i: { councilId, indicatorId, period, value: '42' } });
    expect(r.errors).toBeUndefined();
    return r.data.recordMeasurement.measurement;
  };

  it('the demo figures were entered and validated by different people', async () => {
    const em = server.em();
    const validated = await em.find(Measurement, { validatedBy: { $ne: null } }, { fields: ['id', 'enteredBy', 'validatedBy'] });
    expect(validated.length).toBeGreaterThan(20);
    expect(validated.filter((m) => m.enteredBy?.id === m.validatedBy?.id)).toEqual([]);
  });

  it('refuses the enterer, by viewerCan, the single and the bulk step, and lets a second person validate', async () => {
    const m = await record(owner, '2030-04');
    expect(m.viewerCan.validate).toBe(false);
    const single = await owner.gql(VALIDATE, { id: m.id, v: m.version });
    expect(errorCode(single)).toBe('FORBIDDEN');
    expect(single.errors![0]!.message).toMatch(/2030-04 cannot be validated by you: you entered it.*four eyes/);
    const bulk = await owner.gql(VALIDATE_MANY, { m: [{ id: m.id, version: m.version }] });
    expect(errorCode(bulk)).toBe('FORBIDDEN');
    const refused = bulk.errors![0]!.extensions!.refused as Array<{ id: string; code: string; message: string }>;
    expect(refused).toEqual([
      { id: m.id, code: 'FORBIDDEN', message: expect.stringMatching(/ for 2030-04 cannot be validated by you: you entered it/) },
    ]);
    expect((await server.em().findOneOrFail(Measurement, Number(Buffer.from(m.id, 'base64url').toString().split(':')[1]))).status).toBe(
      'DRAFT',
    );

    // The MI-responsible manager is a second pair of eyes: offered and allowed, and the figure is not flagged.
    const seen = (await mi.gql(READ, { id: m.id })).data.node;
    expect(seen.viewerCan.validate).toBe(true);
    const done = await mi.gql(VALIDATE, { id: m.id, v: m.version });
    expect(done.errors).toBeUndefined();
    expect(done.data.validateMeasurement.measurement).toMatchObject({ status: 'VALIDATED', validatedByEnterer: false });
  });

  it('lets the enterer validate once the council turns the rule off (audited), and flags the figure for the MI manager', async () => {
    expect(errorCode(await owner.gql(SET, { c: councilId, on: false }))).toBe('FORBIDDEN');
    const off = await admin.gql(SET, { c: councilId, on: false });
    expect(off.errors).toBeUndefined();
    expect(off.data.setFourEyesOnData).toEqual({ fourEyesOnData: false, council: { fourEyesOnData: false } });
    const council = await server.em().findOneOrFail(Council, { gssCode: GSS });
    expect(council.fourEyesOnData).toBe(false);
    const events = await server.em().find(AuditEvent, { entityType: 'Council', entityId: council.id, action: 'UPDATE' });
    const changed = events.map((e) => Object.entries(e.after ?? {}).find(([k]) => /four_?eyes/i.test(k))?.[1]);
    expect(changed).toContain(false);

    const m = await record(owner, '2030-05');
    expect(m.viewerCan.validate).toBe(true);
    const done = await owner.gql(VALIDATE, { id: m.id, v: m.version });
    expect(done.errors).toBeUndefined();
    expect((await mi.gql(READ, { id: m.id })).data.node.validatedByEnterer).toBe(true);

    // On again: the enterer is refused again.
    expect((await admin.gql(SET, { c: councilId, on: true })).data.setFourEyesOnData.fourEyesOnData).toBe(true);
    const next = await record(owner, '2030-06');
    expect(next.viewerCan.validate).toBe(false);
    expect(errorCode(await owner.gql(VALIDATE, { id: next.id, v: next.version }))).toBe('FORBIDDEN');
  });
});
