import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { buildSmallCouncil, ok, versionOf, type SmallCouncil } from './delegation.fixture.js';

const GSS = 'E06000013';
const RECORD = `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id version status } } }`;
const VALIDATE = `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { id version status } } }`;
const PUBLISH =
  `mutation($id: ID!, $v: Int!) { publishMeasurement(id: $id, version: $v) { measurement { id version status publishedBy { ` +
  `name } } } }`;

/**
 * Publication needs the council's MI-responsible manager or someone they delegated it to in the
 * scheme of delegation (a PUBLISH_PERFORMANCE_DATA power): checked over HTTP with real accounts.
 */
describe.each(dialects())('publishing performance data on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let c: SmallCouncil;
  let mi: Client;
  let staff: Client;
  let indicatorId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    admin = await server.adminOf(GSS);
    c = await buildSmallCouncil(admin, GSS);
    await ok(admin, `mutation($i: SetMiResponsibleInput!) { setMiResponsible(input: $i) { council { id } } }`, {
      i: { councilId: c.councilId, personId: c.people.chief, version: await versionOf(admin, c.councilId) },
    });
    indicatorId = (
      await ok(admin, `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { indicator { id } } }`, {
        i: {
          councilId: c.councilId,
          code: 'L-PUB-1',
          title: 'Reviews on time',
          polarity: 'HIGHER_IS_BETTER',
          frequency: 'MONTHLY',
          unit: '%',
        },
      })
    ).createIndicator.indicator.id;
    // Publication is the subject here, not four eyes on data (indicators.four-eyes.test.ts): the MI manager enters and validates.
    await ok(admin, `mutation($c: ID!) { setFourEyesOnData(councilId: $c, on: false) { fourEyesOnData } }`, { c: c.councilId });
    mi = await server.signIn(`cara.chief@${GSS.toLowerCase()}.test`);
    staff = await server.signIn(`sam.staff@${GSS.toLowerCase()}.test`);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function validated(period: string): Promise<{ id: string; version: number }> {
    const m = (await ok(mi, RECORD, { i: { councilId: c.councilId, indicatorId, period, value: '81.5' } })).recordMeasurement.measurement;
    return (await ok(mi, VALIDATE, { id: m.id, v: m.version })).validateMeasurement.measurement;
  }

  const mayPublish = async (who: Pick<Client, 'gql'>) =>
    (await ok(who, `{ viewer { mayPublishMeasurements } }`)).viewer.mayPublishMeasurements as boolean;

  it('refuses publication by someone who is neither the MI manager nor their delegate', async () => {
    // What the app shows follows the same rule: only the MI manager is told they may publish.
    expect(await mayPublish(mi)).toBe(true);
    expect(await mayPublish(staff)).toBe(false);
    expect(await mayPublish(admin)).toBe(false);
    expect(await mayPublish(server)).toBe(false);
    const m = await validated('2025-01');
    const res = await staff.gql(PUBLISH, { id: m.id, v: m.version });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const mine = await ok(mi, PUBLISH, { id: m.id, v: m.version });
    expect(mine.publishMeasurement.measurement).toMatchObject({ status: 'PUBLISHED', publishedBy: { name: 'Cara Chief' } });
  });

  it('lets the MI manager delegate publication through the scheme of delegation, and takes it back on revocation', async () => {
    const power = (
      await ok(admin, `mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id } } }`, {
        i: { councilId: c.councilId, name: 'Publish performance data', kind: 'PUBLISH_PERFORMANCE_DATA', sourceBodyId: c.cabinetId },
      })
    ).createDecisionPower.power.id;
    const toMi = (
      await ok(admin, `mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id } } }`, {
        i: {
          powerId: power,
          fromBodyId: c.cabinetId,
          toPersonId: c.people.chief,
          scope: { kind: 'COUNCIL' },
          maySubDelegate: true,
          effectiveFrom: '2025-04-01',
        },
      })
    ).delegate.delegation.id;
    const toStaff = (
      await ok(admin, `mutation($i: SubDelegateInput!) { subDelegate(input: $i) { delegation { id version } } }`, {
        i: { parentId: toMi, toPersonId: c.people.staff, scope: { kind: 'COUNCIL' }, maySubDelegate: false, effectiveFrom: '2025-04-01' },
      })
    ).subDelegate.delegation;
    expect(await mayPublish(staff)).toBe(true);
    const m = await validated('2025-02');
    const published = await ok(staff, PUBLISH, { id: m.id, v: m.version });
    expect(published.publishMeasurement.measurement).toMatchObject({ status: 'PUBLISHED', publishedBy: { name: 'Sam Staff' } });

    await ok(admin, `mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { revokedIds } }`, {
      i: { id: toStaff.id, version: toStaff.version },
    });
    expect(await mayPublish(staff)).toBe(false);
    const next = await validated('2025-03');
    expect(errorCode(await staff.gql(PUBLISH, { id: next.id, v: next.version }))).toBe('FORBIDDEN');
  });
});
