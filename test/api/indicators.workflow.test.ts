import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, createContext, createServer, type Access, type Viewer, type WriteTarget } from '@goldenthread/api';
import { ComparatorGroup, Council, Indicator, Measurement, MeasurementHistory, Person, Target } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const RECORD =
  `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id status version value ` +
  `valueStatus period } } }`;
const VALIDATE = `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { id status version } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishMeasurement(id: $id, version: $v) { measurement { id status version } } }`;

/** Refuses every write and remembers what was asked. */
class RefusingAccess implements Access {
  // A signed-in person (so the request gets past the check that refuses anonymous mutations outright).
  readonly viewer: Viewer = { kind: 'person', personId: 1, councilId: 1, admin: false, accountId: 1, email: 'refused@example.invalid' };
  readonly asked: WriteTarget[] = [];
  canReadUnpublished(): boolean {
    return false;
  }
  requireReadUnpublished(): void {
    throw new AppError('FORBIDDEN', 'not allowed');
  }
  async mayWrite(): Promise<boolean> {
    return false;
  }
  isMemberOf(): boolean {
    return true;
  }
  async requireWrite(target: WriteTarget): Promise<void> {
    this.asked.push(target);
    throw new AppError('FORBIDDEN', 'not allowed');
  }
}

describe.each(dialects())('measurement workflow and write access on %s', (dialect) => {
  let server: TestServer;
  let officer: Client;
  let councilId: string;
  let indicatorId: string;
  let indicatorDbId: number;
  let councilDbId: number;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    // The demo council's MI-responsible manager, also an administrator: enters, validates and
    // publishes its measurements and sets its targets and groups.
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    officer = await server.signIn(suffolk.miResponsible!.getEntity().email!, { admin: true });
    const res = await officer.gql(`{ council(gssCode: "E10000029") { id } indicator(framework: ASCOF, code: "1A") { id } }`);
    councilId = res.data.council.id;
    indicatorId = res.data.indicator.id;
    // The workflow is the subject here; four eyes on data (the enterer may not validate) has its own test.
    expect(
      (await officer.gql(`mutation($c: ID!) { setFourEyesOnData(councilId: $c, on: false) { fourEyesOnData } }`, { c: councilId })).errors,
    ).toBeUndefined();
    const em = server.em();
    indicatorDbId = (await em.findOneOrFail(Indicator, { framework: 'ASCOF' as never, code: '1A' })).id;
    councilDbId = (await em.findOneOrFail(Council, { gssCode: 'E10000029' })).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('moves draft -> validated -> published, refuses going backwards or skipping, and keeps every version', async () => {
    const created = await officer.gql(RECORD, {
      input: { councilId, indicatorId, period: '2021-22', value: '19.4', numerator: 10, denominator: 20, note: 'first' },
    });
    expect(created.errors).toBeUndefined();
    const m = created.data.recordMeasurement.measurement;
    expect(m).toMatchObject({ status: 'DRAFT', version: 1, value: 19.4, period: '2021-22' });

    const skip = await officer.gql(PUBLISH, { id: m.id, v: 1 });
    expect(errorCode(skip)).toBe('CONFLICT');
    expect(skip.errors![0]!.message).toMatch(/only a validated measurement can be published/);

    const stale = await officer.gql(VALIDATE, { id: m.id, v: 7 });
    expect(errorCode(stale)).toBe('CONFLICT');

    const validated = await officer.gql(VALIDATE, { id: m.id, v: 1 });
    expect(validated.data.validateMeasurement.measurement).toMatchObject({ status: 'VALIDATED', version: 2 });
    const again = await officer.gql(VALIDATE, { id: m.id, v: 2 });
    expect(errorCode(again)).toBe('CONFLICT');
    const published = await officer.gql(PUBLISH, { id: m.id, v: 2 });
    expect(published.data.publishMeasurement.measurement).toMatchObject({ status: 'PUBLISHED', version: 3 });
    const back = await officer.gql(VALIDATE, { id: m.id, v: 3 });
    expect(errorCode(back)).toBe('CONFLICT');
    expect(back.errors![0]!.message).toMatch(/never goes back from published/);

    const edit = await officer.gql(RECORD, { input: { councilId, indicatorId, period: '2021-22', value: '19.6', version: 3 } });
    expect(errorCode(edit)).toBe('CONFLICT');
    expect(
      (
        await server.em().findOneOrFail(Measurement, {
          id: (await server.em().findOneOrFail(Measurement, { period: '2021-22', indicator: indicatorDbId })).id,
        })
      ).value,
    ).toBe(19.4);

    const corrected = await officer.gql(RECORD, {
      input: { councilId, indicatorId, period: '2021-22', value: '[c]', version: 3, correction: true },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.recordMeasurement.measurement).toMatchObject({
      status: 'DRAFT',
      version: 4,
      value: null,
      valueStatus: 'SUPPRESSED',
    });

    const history = await officer.gql(`query($id: ID!) { measurement(id: $id) { history { version action status value valueStatus } } }`, {
      id: m.id,
    });
    expect(history.data.measurement.history).toEqual([
      { version: 1, action: 'CREATED', status: 'DRAFT', value: 19.4, valueStatus: 'VALUE' },
      { version: 2, action: 'VALIDATED', status: 'VALIDATED', value: 19.4, valueStatus: 'VALUE' },
      { version: 3, action: 'PUBLISHED', status: 'PUBLISHED', value: 19.4, valueStatus: 'VALUE' },
      { version: 4, action: 'CHANGED', status: 'DRAFT', value: null, valueStatus: 'SUPPRESSED' },
    ]);
  });

  it('names the data owner and responsible manager of an indicator per council', async () => {
    const q =
      `query($c: ID!) { indicator(framework: LOCAL, code: "L-ASC-01", councilId: $c) { id ownership(councilId: $c) { dataOwner { ` +
      `name } responsibleManager { name } } } }`;
    const seeded = await officer.gql(q, { c: councilId });
    expect(seeded.errors).toBeUndefined();
    expect(seeded.data.indicator.ownership.dataOwner.name).toBeTruthy();
    const people = await officer.gql(
      `query($c: ID!) { node(id: $c) { ... on Council { people(first: 2, kind: OFFICER) { nodes { id name } } } } }`,
      { c: councilId },
    );
    const [a, b] = people.data.node.people.nodes;
    const set = await officer.gql(
      `mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { dataOwner { name } responsibleManager { name } ` +
        `indicator { code } } } }`,
      {
        i: { councilId, indicatorId, dataOwnerId: a.id, responsibleManagerId: b.id },
      },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setIndicatorOwnership.ownership).toEqual({
      dataOwner: { name: a.name },
      responsibleManager: { name: b.name },
      indicator: { code: '1A' },
    });
    const em = server.em();
    const manchester = await em.findOneOrFail(Council, { gssCode: 'E08000003' });
    const stranger = em.create(Person, { council: manchester, name: 'Someone Elsewhere' });
    await em.flush();
    const res = await officer.gql(`mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { id } } }`, {
      i: { councilId, indicatorId, dataOwnerId: Buffer.from(`Person:${stranger.id}`).toString('base64url') },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('dataOwnerId');
  });

  it('refuses bad measurement input naming the field, storing nothing', async () => {
    const before = await server.em().count(Measurement, {});
    for (const [input, field] of [
      [{ councilId, indicatorId, period: '2021-22 Q1', value: '5' }, 'period'],
      [{ councilId, indicatorId, period: '2022-23', value: 'twelve' }, 'value'],
      [{ councilId, indicatorId, period: '2022-23', value: '5', denominator: 0 }, 'denominator'],
      [{ councilId: indicatorId, indicatorId, period: '2022-23', value: '5' }, 'councilId'],
    ] as const) {
      const res = await officer.gql(RECORD, { input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.field).toBe(field);
    }
    const dup = await officer.gql(RECORD, { input: { councilId, indicatorId, period: '2021-22', value: '5' } });
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(await server.em().count(Measurement, {})).toBe(before);
  });

  it('asks access before every write, with what it touches, and writes nothing when refused', async () => {
    const api = await createServer({
      orm: server.orm,
      mode: 'test',
      auth: { jwtSecret: 'a-secret-only-for-this-in-process-test-0123456789' },
    });
    await api.apollo.start();
    const em = server.em();
    const measurement = await em.findOneOrFail(Measurement, { council: councilDbId, status: 'DRAFT' as never });
    const mid = Buffer.from(`Measurement:${measurement.id}`).toString('base64url');
    const localIndicator = await em.findOneOrFail(Indicator, { council: councilDbId }, { orderBy: { id: 'asc' } });
    const lid = Buffer.from(`Indicator:${localIndicator.id}`).toString('base64url');
    const target = await em.findOneOrFail(Target, { council: councilDbId });
    const tid = Buffer.from(`Target:${target.id}`).toString('base64url');
    const group = em.create(ComparatorGroup, { council: councilDbId, name: 'Access test' });
    await em.flush();
    const gid = Buffer.from(`ComparatorGroup:${group.id}`).toString('base64url');
    const counts = async () => {
      const e = server.em();
      return [
        await e.count(Measurement, {}),
        await e.count(MeasurementHistory, {}),
        await e.count(Indicator, {}),
        await e.count(Target, {}),
        await e.count(ComparatorGroup, {}),
      ];
    };
    const before = await counts();

    const cases: Array<[string, Record<string, unknown>, Partial<WriteTarget>]> = [
      [
        `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { indicator { id } } }`,
        { i: { councilId, code: 'X1', title: 'X', polarity: 'HIGHER_IS_BETTER' } },
        { kind: 'council', councilId: councilDbId },
      ],
      [
        `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { indicator { id } } }`,
        { i: { id: lid, version: localIndicator.version, title: 'Y' } },
        { kind: 'council', councilId: councilDbId },
      ],
      [
        `mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { id } } }`,
        { i: { councilId, indicatorId } },
        { kind: 'council', councilId: councilDbId },
      ],
      [
        RECORD,
        { input: { councilId, indicatorId, period: '2022-23', value: '19' } },
        { kind: 'measurement', councilId: councilDbId, indicatorId: indicatorDbId, action: 'enter' },
      ],
      [VALIDATE, { id: mid, v: measurement.version }, { kind: 'measurement', councilId: councilDbId, action: 'validate' }],
      [PUBLISH, { id: mid, v: measurement.version }, { kind: 'measurement', councilId: councilDbId, action: 'publish' }],
      [
        `mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id } } }`,
        { i: { councilId, indicatorId, period: '2023-24', value: 1 } },
        { kind: 'council', councilId: councilDbId },
      ],
      [`mutation($id: ID!) { deleteTarget(id: $id, version: 1) { deletedId } }`, { id: tid }, { kind: 'council', councilId: councilDbId }],
      [
        `mutation($i: CreateComparatorGroupInput!) { createComparatorGroup(input: $i) { group { id } } }`,
        { i: { councilId, name: 'G', memberIds: [councilId] } },
        { kind: 'council', councilId: councilDbId },
      ],
      [
        `mutation($i: UpdateComparatorGroupInput!) { updateComparatorGroup(input: $i) { group { id } } }`,
        { i: { id: gid, version: 1, name: 'H' } },
        { kind: 'council', councilId: councilDbId },
      ],
      [`mutation($id: ID!) { deleteComparatorGroup(id: $id) { deletedId } }`, { id: gid }, { kind: 'council', councilId: councilDbId }],
      [
        `mutation($c: String!) { importMeasurements(content: $c, councilGss: "E10000029") { created } }`,
        { c: 'gss_code,indicator_code,period,value\nE10000029,1A,2022-23,19\n' },
        { kind: 'measurement', councilId: councilDbId, indicatorId: indicatorDbId, action: 'enter' },
      ],
    ];
    for (const [query, variables, expected] of cases) {
      const access = new RefusingAccess();
      const res = await api.apollo.executeOperation({ query, variables }, { contextValue: createContext(server.orm, () => access) });
      const body = res.body.kind === 'single' ? res.body.singleResult : null;
      expect(body?.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(access.asked).toHaveLength(1);
      expect(access.asked[0]).toMatchObject(expected);
    }
    expect(await counts()).toEqual(before);
    await api.apollo.stop();
  });
  it("lists a council's measurements as a work list: drafts and validated ones for its people, published ones for everybody", async () => {
    const LIST =
      `query($c: ID!, $s: MeasurementStatus, $first: Int) { measurements(councilId: $c, status: $s, first: $first) { ` +
      `totalCount nodes { id status period indicator { code } } } }`;
    const all = await officer.gql(LIST, { c: councilId, first: 500 });
    expect(all.errors).toBeUndefined();
    const statuses = new Set(all.data.measurements.nodes.map((m: any) => m.status));
    expect(statuses.has('PUBLISHED')).toBe(true);
    expect(statuses.has('DRAFT') || statuses.has('VALIDATED')).toBe(true);
    const periods = all.data.measurements.nodes.map((m: any) => m.period);
    expect(periods[0] >= periods[periods.length - 1]).toBe(true);
    const awaiting = await officer.gql(LIST, { c: councilId, s: 'VALIDATED', first: 500 });
    expect(awaiting.data.measurements.totalCount).toBeGreaterThan(0);
    expect(awaiting.data.measurements.nodes.every((m: any) => m.status === 'VALIDATED')).toBe(true);
    const publicList = await server.gql(LIST, { c: councilId, first: 500 });
    expect(publicList.data.measurements.nodes.every((m: any) => m.status === 'PUBLISHED')).toBe(true);
    expect(publicList.data.measurements.totalCount).toBeLessThan(all.data.measurements.totalCount);
    const publicDrafts = await server.gql(LIST, { c: councilId, s: 'DRAFT' });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(publicDrafts));
  });
});
