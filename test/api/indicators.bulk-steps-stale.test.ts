import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { stepPeople } from './indicators.steps.fixture.js';

/**
 * Issue 16: a bulk validate or publish sent at versions the work list read never steps a figure someone changed
 * since. The stale figure is refused (CONFLICT) with the version stored now (`currentVersion`, as a single step's
 * CONFLICT has), so the app can read it, show the change and ask again; nothing is stepped until it does.
 */
const GSS = 'E10000029';
const LIST =
  `query($c: ID!, $s: MeasurementStatus!) { measurements(councilId: $c, status: $s, first: 100) { nodes { id version status ` +
  `period disaggregation value indicator { id } viewerCan { validate publish } } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Measurement { version status value note } } }`;
const RECORD = `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id version status } } }`;
const many = (name: string) =>
  `mutation($m: [MeasurementStepInput!]!) { ${name}(measurements: $m) { measurements { id status version } } }`;
const VALIDATE = `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { version } } }`;

interface Row {
  id: string;
  version: number;
  status: string;
  period: string;
  disaggregation: string;
  value: number | null;
  indicator: { id: string };
  viewerCan: { validate: boolean; publish: boolean };
}
type Refused = { id: string; code: string; message: string; currentVersion?: number };

describe.each(dialects())('a bulk step at stale versions on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let mi: Client;
  let owner: Client;
  let owned: Set<string>;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    ({ councilId, owned, mi, owner } = await stepPeople(server, GSS));
  });
  afterAll(async () => {
    await server?.close();
  });

  const list = async (status: string): Promise<Row[]> => {
    const r = await mi.gql(LIST, { c: councilId, s: status });
    expect(r.errors).toBeUndefined();
    return r.data.measurements.nodes;
  };
  const read = async (id: string) => (await mi.gql(READ, { id })).data.node;
  const correct = async (m: Row, version: number, value: string, correction = false) => {
    const r = await owner.gql(RECORD, {
      i: {
        councilId,
        indicatorId: m.indicator.id,
        period: m.period,
        disaggregation: m.disaggregation,
        value,
        note: 'Corrected',
        version,
        correction,
      },
    });
    expect(r.errors).toBeUndefined();
    return r.data.recordMeasurement.measurement.version as number;
  };
  const refusedOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors![0]!.extensions!.refused as Refused[];

  it('refuses a figure corrected since the list was read, with its version now, and validates nothing until asked again', async () => {
    const drafts = (await list('DRAFT')).filter((d) => d.viewerCan.validate);
    const changed = drafts.find((d) => owned.has(d.indicator.id) && d.value !== null)!;
    const other = drafts.find((d) => d.id !== changed.id)!;
    expect(changed).toBeDefined();
    const now = await correct(changed, changed.version, String(changed.value! + 1));

    const stale = await mi.gql(many('validateMeasurements'), { m: [changed, other].map((d) => ({ id: d.id, version: d.version })) });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(refusedOf(stale)).toEqual([
      { id: changed.id, code: 'CONFLICT', message: expect.stringMatching(/was changed by someone else/), currentVersion: now },
    ]);
    expect((await read(changed.id)).status).toBe('DRAFT');
    expect(await read(other.id)).toMatchObject({ status: 'DRAFT', version: other.version });

    // Asked again at the versions stored now: both validated, the corrected value with them.
    const again = await mi.gql(many('validateMeasurements'), {
      m: [
        { id: changed.id, version: now },
        { id: other.id, version: other.version },
      ],
    });
    expect(again.errors).toBeUndefined();
    expect(await read(changed.id)).toMatchObject({ status: 'VALIDATED', value: changed.value! + 1, note: 'Corrected' });
    expect((await read(other.id)).status).toBe('VALIDATED');
  });

  it('refuses publishing a figure corrected and validated again since the list was read, and publishes at the version now', async () => {
    const validated = (await list('VALIDATED')).filter((d) => d.viewerCan.publish);
    const changed = validated.find((d) => owned.has(d.indicator.id) && d.value !== null)!;
    const other = validated.find((d) => d.id !== changed.id)!;
    // The owner corrects it (back to a draft) and the MI manager validates the correction: validated again, at a new version.
    const drafted = await correct(changed, changed.version, String(changed.value! + 2), true);
    await mi.gql(VALIDATE, { id: changed.id, v: drafted });
    const now = (await read(changed.id)).version;
    expect(await read(changed.id)).toMatchObject({ status: 'VALIDATED', value: changed.value! + 2 });

    const stale = await mi.gql(many('publishMeasurements'), { m: [other, changed].map((d) => ({ id: d.id, version: d.version })) });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(refusedOf(stale)).toEqual([
      { id: changed.id, code: 'CONFLICT', message: expect.stringMatching(/was changed by someone else/), currentVersion: now },
    ]);
    expect((await read(changed.id)).status).toBe('VALIDATED');
    expect((await read(other.id)).status).toBe('VALIDATED');

    const again = await mi.gql(many('publishMeasurements'), {
      m: [
        { id: other.id, version: other.version },
        { id: changed.id, version: now },
      ],
    });
    expect(again.errors).toBeUndefined();
    expect((await read(changed.id)).status).toBe('PUBLISHED');
  });
});
