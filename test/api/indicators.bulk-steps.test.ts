import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Measurement, MeasurementHistory, MeasurementStatus, Person } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { stepPeople } from './indicators.steps.fixture.js';

/**
 * viewerCan on measurements answers from the rule validateMeasurement(s) and publishMeasurement(s) check, and
 * the bulk steps are all or nothing: one refused figure refuses them all, each refusal naming its figure;
 * a bulk step's statements do not grow with the number of figures. Checked on the demo council as the
 * MI-responsible manager, a data owner and an officer who owns no indicator.
 */
const GSS = 'E10000029';
const LIST =
  `query($c: ID!, $s: MeasurementStatus!) { measurements(councilId: $c, status: $s, first: 50) { nodes { id version status ` +
  `indicator { id } viewerCan { validate publish change } } } }`;
const many = (name: string) =>
  `mutation($m: [MeasurementStepInput!]!) { ${name}(measurements: $m) { measurements { id status version } } }`;
const VALIDATE_MANY = many('validateMeasurements');
const PUBLISH_MANY = many('publishMeasurements');
const VALIDATE = `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { id status } } }`;

interface Row {
  id: string;
  version: number;
  status: string;
  indicator: { id: string };
  viewerCan: { validate: boolean; publish: boolean; change: boolean };
}

describe.each(dialects())('measurement viewerCan and bulk steps on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let mi: Client;
  let owner: Client;
  let plain: Client;
  let owned: Set<string>;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const people = await stepPeople(server, GSS);
    ({ councilId, owned, mi, owner } = people);
    const { council, ownerships } = people;
    const owners = new Set(ownerships.map((o) => o.dataOwner!.id));
    const someone = await em.findOneOrFail(
      Person,
      { council: council.id, id: { $nin: [...owners, council.miResponsible!.id] }, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    plain = await server.signIn(someone.email!);
  });
  afterAll(async () => {
    await server?.close();
  });

  const list = async (who: Client, status: string): Promise<Row[]> => {
    const r = await who.gql(LIST, { c: councilId, s: status });
    expect(r.errors).toBeUndefined();
    return r.data.measurements.nodes;
  };

  it('offers each viewer the steps the mutations allow them, and no others', async () => {
    const drafts = await list(owner, 'DRAFT');
    expect(drafts.length).toBeGreaterThan(2);
    // The data owner may validate their own indicators' drafts only; nobody but the MI manager publishes here.
    for (const d of drafts)
      expect(d.viewerCan).toEqual({ validate: owned.has(d.indicator.id), publish: false, change: owned.has(d.indicator.id) });
    expect(drafts.some((d) => !d.viewerCan.validate)).toBe(true);
    for (const d of await list(plain, 'DRAFT')) expect(d.viewerCan).toEqual({ validate: false, publish: false, change: false });
    for (const d of await list(mi, 'VALIDATED')) expect(d.viewerCan).toEqual({ validate: false, publish: true, change: true });

    // The answers are the mutation's: a figure offered to nobody but the MI manager is refused to the owner.
    const notMine = drafts.find((d) => !d.viewerCan.validate)!;
    expect(errorCode(await owner.gql(VALIDATE, { id: notMine.id, v: notMine.version }))).toBe('FORBIDDEN');
    expect(errorCode(await plain.gql(VALIDATE, { id: drafts[0]!.id, v: drafts[0]!.version }))).toBe('FORBIDDEN');
  });

  it('refuses a bulk validation with any refused figure and stores nothing, naming each refused figure', async () => {
    const drafts = await list(owner, 'DRAFT');
    const mine = drafts.filter((d) => d.viewerCan.validate).slice(0, 2);
    const notMine = drafts.find((d) => !d.viewerCan.validate)!;
    const sent = [...mine, notMine].map((d) => ({ id: d.id, version: d.version }));
    const r = await owner.gql(VALIDATE_MANY, { m: sent });
    expect(errorCode(r)).toBe('FORBIDDEN');
    const refused = r.errors![0]!.extensions!.refused as Array<{ id: string; code: string; message: string }>;
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ id: notMine.id, code: 'FORBIDDEN' });
    expect(refused[0]!.message).toMatch(/ for \d{4}-\d{2} cannot be validated by you: only the indicator's data owner/);
    expect(r.errors![0]!.message).toMatch(/^Nothing was validated: 1 of the 3 figures cannot be\./);
    // Nothing was stored: the owner's own figures are still drafts at the version read.
    const ids = mine.map((d) => Number(Buffer.from(d.id, 'base64url').toString().split(':')[1]));
    const after = await server.em().find(Measurement, { id: { $in: ids } });
    expect(after.map((m) => [m.status, m.version])).toEqual(mine.map((d) => [MeasurementStatus.DRAFT, d.version]));

    // A stale version and a figure listed twice are refused too, each named.
    const stale = await owner.gql(VALIDATE_MANY, { m: [{ id: mine[0]!.id, version: mine[0]!.version + 5 }, sent[1], sent[1]] });
    expect(errorCode(stale)).toBe('BAD_USER_INPUT');
    expect((stale.errors![0]!.extensions!.refused as Array<{ code: string }>).map((x) => x.code)).toEqual(['CONFLICT', 'BAD_USER_INPUT']);
    expect(errorCode(await owner.gql(VALIDATE_MANY, { m: [] }))).toBe('BAD_USER_INPUT');
  });

  it('validates and publishes many figures at once, with history, in statements that do not grow with the figures', async () => {
    const drafts = (await list(mi, 'DRAFT')).filter((d) => d.viewerCan.validate);
    expect(drafts.length).toBeGreaterThanOrEqual(6);
    const step = (rows: Row[], q: string) => () => mi.gql(q, { m: rows.map((d) => ({ id: d.id, version: d.version })) });
    const two = await server.countStatements(step(drafts.slice(0, 2), VALIDATE_MANY));
    const four = await server.countStatements(step(drafts.slice(2, 6), VALIDATE_MANY));
    expect(two.result.errors).toBeUndefined();
    expect(four.result.errors).toBeUndefined();
    expect(four.result.data.validateMeasurements.measurements.map((m: { status: string }) => m.status)).toEqual(Array(4).fill('VALIDATED'));
    // (The first insert of history rows on SQLite also sets up its id counter once: never more for more figures.)
    expect(four.count).toBeLessThanOrEqual(two.count);

    // The six just validated and six validated before: published two, then ten.
    const validated = await list(mi, 'VALIDATED');
    expect(validated.length).toBeGreaterThanOrEqual(12);
    const published = await server.countStatements(step(validated.slice(0, 2), PUBLISH_MANY));
    const more = await server.countStatements(step(validated.slice(2, 12), PUBLISH_MANY));
    expect(published.result.errors).toBeUndefined();
    expect(more.result.errors).toBeUndefined();
    expect(more.count).toBeLessThanOrEqual(published.count);
    const id = Number(Buffer.from(drafts[5]!.id, 'base64url').toString().split(':')[1]);
    const history = await server.em().find(MeasurementHistory, { measurement: id }, { orderBy: { version: 'asc' } });
    expect(history.slice(-2).map((h) => [h.action, h.status])).toEqual([
      ['VALIDATED', 'VALIDATED'],
      ['PUBLISHED', 'PUBLISHED'],
    ]);
    // The data owner may not publish: refused with the figure named, nothing published.
    const left = (await list(owner, 'VALIDATED')).slice(0, 1);
    expect(left).toHaveLength(1);
    const refused = await owner.gql(PUBLISH_MANY, { m: left.map((d) => ({ id: d.id, version: d.version })) });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/cannot be published by you: only the manager responsible for management information/);
  });
});
