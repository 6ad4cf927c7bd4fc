import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_SIZE, Indicator, Measurement, seedCascadeDemo, type Em } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { dbId, expectedStatus, flatten, readWorld, YEAR } from './cascade.performance-status.oracle.js';

/**
 * A priority's performance status (issue 14, item 2), checked against statuses this test works out on
 * its own from the seeded rows: its subtree's targets against the latest value the viewer may see
 * (validated for the council's staff, published for everyone else), the direction of travel of the
 * last three values, and its milestones. The rule is written in
 * packages/domain/src/cascade/performance-status.ts; nothing here calls it.
 */
const AS_OF = '2024-11-15';
const SUFFOLK = 'E10000029';
const LANCASHIRE = 'E10000017';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

const STATUS = `performanceStatus { status reason basis drivers { kind status decisive text indicator { id code title } } }`;
const NODE = `id name ${STATUS}`;
const CASCADE = `query($councilId: ID!, $asOf: String) { cascade(councilId: $councilId, period: "${YEAR}", asOf: $asOf) {
  rollup { objectives targets }
  corporate { ${NODE} children { ${NODE} children { ${NODE} } } }
  detached { ${NODE} children { ${NODE} children { ${NODE} } } } } }`;
const PRIORITIES = `query($gss: String!) { council(gssCode: $gss) {
  priorities(period: "${YEAR}") { id name origin isNonPriority nationalIndicatorId ${STATUS} } } }`;

describe.each(dialects())("the priorities' performance status on %s", (dialect) => {
  let server: TestServer;
  let staff: Client;
  let outsider: Client;
  let suffolk: Council;
  let large: Council;
  const indicatorOf: Record<string, Indicator> = {};

  /** A value of the council's indicator for a year, in a workflow status. */
  const value = (em: Em, council: Council, indicator: Indicator, period: string, v: number, status: 'DRAFT' | 'VALIDATED' | 'PUBLISHED') =>
    em.create(Measurement, {
      council,
      indicator,
      period,
      periodKind: 'YEAR',
      periodStart: `${period.slice(0, 4)}-04-01`,
      disaggregation: 'Total',
      value: v,
      valueStatus: 'VALUE',
      status,
    } as never);

  beforeAll(async () => {
    server = await startTestServer(dialect, {
      organisations: [{ gssCode: LANCASHIRE, people: DEMO_SIZE.people * 10, services: DEMO_SIZE.services * 10 }],
      // Every cascade computed afresh: the statements counted are those of building one, not of one kept.
      cacheRows: 0,
    });
    const em = server.em();
    large = await em.findOneOrFail(Council, { gssCode: LANCASHIRE });
    await em.transactional(async (tx) => seedCascadeDemo(tx, large));
    suffolk = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
    for (const [key, where] of [
      ['2A2', { framework: 'ASCOF', code: '2A2', council: null }],
      ['1E', { framework: 'ASCOF', code: '1E', council: null }],
      ['1D', { framework: 'ASCOF', code: '1D', council: null }],
      ['SCC-ASC-02', { code: 'SCC-ASC-02', council: suffolk.id }],
      ['LARGE-ASC-02', { code: 'SCC-ASC-02', council: large.id }],
    ] as const)
      indicatorOf[key] = await em.findOneOrFail(Indicator, where as never);
    const fork = server.em();
    const c = fork.getReference(Council, suffolk.id);
    const ref = (key: string) => fork.getReference(Indicator, indicatorOf[key]!.id);
    // ASCOF 2A(2) (C1's national indicator, lower is better): improving in what is published, not once validated.
    value(fork, c, ref('2A2'), '2022-23', 600, 'PUBLISHED');
    value(fork, c, ref('2A2'), '2023-24', 560, 'PUBLISHED');
    value(fork, c, ref('2A2'), '2024-25', 650, 'VALIDATED');
    // The C1 and objective targets' local indicator (540 on C1, 520 on an objective under it).
    value(fork, c, ref('SCC-ASC-02'), '2023-24', 530, 'PUBLISHED');
    value(fork, c, ref('SCC-ASC-02'), '2024-25', 560, 'VALIDATED');
    // ASCOF 1E (C6's, no target): improving; a draft never counts.
    value(fork, c, ref('1E'), '2022-23', 5, 'PUBLISHED');
    value(fork, c, ref('1E'), '2023-24', 5.5, 'PUBLISHED');
    value(fork, c, ref('1E'), '2024-25', 1, 'DRAFT');
    // ASCOF 1D (C3's): only old figures, too old to judge 2024-25.
    value(fork, c, ref('1D'), '2019-20', 7.5, 'PUBLISHED');
    value(fork, c, ref('1D'), '2020-21', 7.9, 'PUBLISHED');
    value(
      fork,
      fork.getReference(Council, large.id),
      fork.getReference(Indicator, indicatorOf['LARGE-ASC-02']!.id),
      '2024-25',
      500,
      'VALIDATED',
    );
    await fork.flush();
    staff = await server.memberOf(SUFFOLK);
    outsider = await server.memberOf(LANCASHIRE);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('links every national priority of the demo to the indicator it translates', async () => {
    const res = await staff.gql(PRIORITIES, { gss: SUFFOLK });
    expect(res.errors).toBeUndefined();
    const national = res.data.council.priorities.filter((p: any) => p.origin === 'NATIONAL' && !p.isNonPriority);
    expect(national.length).toBeGreaterThanOrEqual(4);
    expect(national.filter((p: any) => p.nationalIndicatorId === null).map((p: any) => p.name)).toEqual([]);
    expect(national.find((p: any) => p.name === 'Help people live independently at home for longer').nationalIndicatorId).toBe(
      gid('Indicator', indicatorOf['2A2']!.id),
    );
  });

  it('gives every priority the status worked out from the rows: validated values for staff, published for others', async () => {
    const world = await readWorld(server.em(), suffolk.id);
    const councilId = gid('Council', suffolk.id);
    const seen = new Set<string>();
    for (const [viewer, client, basis] of [
      ['staff', staff, 'VALIDATED'],
      ['public', null, 'PUBLISHED'],
      ['public', outsider, 'PUBLISHED'],
    ] as const) {
      const res = client ? await client.gql(CASCADE, { councilId, asOf: AS_OF }) : await server.gql(CASCADE, { councilId, asOf: AS_OF });
      expect(res.errors).toBeUndefined();
      const nodes = flatten(res.data.cascade);
      expect(nodes.length).toBeGreaterThan(viewer === 'staff' ? 20 : 15);
      for (const n of nodes) {
        const want = expectedStatus(world, dbId(n.id), viewer, AS_OF);
        const got = n.performanceStatus;
        expect({
          name: n.name,
          status: got.status,
          basis: got.basis,
          decisive: got.drivers
            .filter((d: any) => d.decisive)
            .map((d: any) => d.kind)
            .filter((k: string, i: number, a: string[]) => a.indexOf(k) === i)
            .sort(),
        }).toEqual({
          name: n.name,
          status: want.status,
          basis,
          decisive: want.decisive,
        });
        if (want.decisive.includes('OFF_TARGET')) expect(got.reason).toContain(`Off target on ${want.red} of ${want.judged} measure`);
        expect(got.reason.length).toBeGreaterThan(5);
        seen.add(got.status);
        if (process.env.GT_TEST_VERBOSE) console.log(viewer, n.name, '->', got.status, got.reason);
      }
    }
    // The demo shows more than one kind of status.
    expect(seen.size).toBeGreaterThanOrEqual(2);
  });

  it('judges C1 on its published figures for the public and on validated ones for staff', async () => {
    const councilId = gid('Council', suffolk.id);
    const [mine, theirs] = await Promise.all([
      staff.gql(CASCADE, { councilId, asOf: AS_OF }),
      server.gql(CASCADE, { councilId, asOf: AS_OF }),
    ]);
    const c1 = (r: any) =>
      r.data.cascade.corporate.find((n: any) => n.name === 'Help people live independently at home for longer').performanceStatus;
    const national = (s: any) =>
      s.drivers.filter((d: any) => d.indicator?.id === gid('Indicator', indicatorOf['2A2']!.id)).map((d: any) => d.kind);
    expect(national(c1(theirs))).toEqual(expect.arrayContaining(['IMPROVING', 'NO_TARGET'])); // 600 -> 560, published
    // 600 -> 560 -> 650 with the validated value
    expect(national(c1(mine))).toEqual(expect.arrayContaining(['DETERIORATING', 'NO_TARGET']));
    const local = (s: any) => s.drivers.find((d: any) => d.indicator?.code === 'SCC-ASC-02' && d.kind === 'OFF_TARGET')?.text;
    expect(local(c1(theirs))).toContain('530 in 2023-24 against a target of 520');
    expect(local(c1(mine))).toContain('560 in 2024-25 against a target of 520');
  });

  it("judges a national priority without a target on its indicator's direction, and says when data are too old", async () => {
    const res = await staff.gql(CASCADE, { councilId: gid('Council', suffolk.id), asOf: AS_OF });
    const byName = (name: string) => res.data.cascade.corporate.find((n: any) => n.name === name).performanceStatus;
    const c6 = byName('More adults with learning disabilities in paid work');
    expect(c6.status).toBe('GREEN');
    expect(c6.reason).toBe('Improving on 1 measure; no target set');
    expect(c6.drivers[0]).toMatchObject({ kind: 'IMPROVING', decisive: true, indicator: { id: gid('Indicator', indicatorOf['1E']!.id) } });
    expect(c6.drivers[0].text).toContain('5.5 in 2023-24'); // the draft of 2024-25 does not count
    const c3 = byName('Recognise and support unpaid carers');
    expect(c3.drivers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'STALE_DATA',
          decisive: false,
          indicator: expect.objectContaining({ id: gid('Indicator', indicatorOf['1D']!.id) }),
        }),
      ]),
    );
  });

  it('answers Priority.performanceStatus as the cascade does, and null for a non-priority', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const world = await readWorld(server.em(), suffolk.id);
    for (const [viewer, client] of [
      ['staff', staff],
      ['public', null],
    ] as const) {
      const res = client ? await client.gql(PRIORITIES, { gss: SUFFOLK }) : await server.gql(PRIORITIES, { gss: SUFFOLK });
      expect(res.errors).toBeUndefined();
      const cascade = client
        ? await client.gql(CASCADE, { councilId: gid('Council', suffolk.id) })
        : await server.gql(CASCADE, { councilId: gid('Council', suffolk.id) });
      const inCascade = new Map(flatten(cascade.data.cascade).map((n: any) => [n.id, n.performanceStatus]));
      for (const p of res.data.council.priorities) {
        if (p.isNonPriority) {
          expect(p.performanceStatus).toBeNull();
          continue;
        }
        if (inCascade.has(p.id)) expect(p.performanceStatus).toEqual(inCascade.get(p.id));
        expect(p.performanceStatus.status).toBe(expectedStatus(world, dbId(p.id), viewer, today).status);
      }
    }
  });

  it('costs the same number of statements for a council ten times the size', async () => {
    const small = await server.countStatements(() => staff.gql(CASCADE, { councilId: gid('Council', suffolk.id), asOf: AS_OF }));
    const big = await server.countStatements(() => outsider.gql(CASCADE, { councilId: gid('Council', large.id), asOf: AS_OF }));
    expect(small.result.errors).toBeUndefined();
    expect(big.result.errors).toBeUndefined();
    expect(big.result.data.cascade.rollup.objectives).toBeGreaterThan(small.result.data.cascade.rollup.objectives * 2);
    expect(big.count).toBe(small.count);
    // The values of every indicator in one statement, beside the two of the target checks' context.
    expect(small.statements.filter((s) => /from [`"]?measurement\b/.test(s))).toHaveLength(3);
    const list = await server.countStatements(() => staff.gql(PRIORITIES, { gss: SUFFOLK }));
    const bigList = await server.countStatements(() => outsider.gql(PRIORITIES, { gss: LANCASHIRE }));
    expect(list.result.errors).toBeUndefined();
    expect(bigList.result.data.council.priorities.length).toBeGreaterThan(0);
    expect(bigList.count).toBe(list.count);
    console.log(
      `[${dialect}] cascade with statuses: ${small.count} statements, ${big.count} at 10x; ` +
        `priorities with statuses: ${list.count}, ${bigList.count}`,
    );
  });
});
