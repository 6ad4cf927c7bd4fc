import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

// Issue 17: the cascade's targets carry their indicator's published precision and unit, so the app writes a
// target as the indicator's figures are written (80.0%, not 80), with the one formatter the measurement pages use.
describe.each(dialects())("the cascade's targets and their indicator's precision on %s", (dialect) => {
  let server: TestServer;
  let member: Client;
  let councilId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    member = await server.memberOf('E10000029');
    councilId = (await member.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives each target the precision and unit of its indicator (Indicator.precision, Indicator.unit)', async () => {
    const target = 'targets { indicatorId value unit precision { kind digits } }';
    const fields = `${target} objectives { ${target} }`;
    const tree = `corporate { ${fields} children { ${fields} children { ${fields} } } }`;
    const res = await member.gql(`query($c: ID!) { cascade(councilId: $c, period: "2024-25") { ${tree} } }`, { c: councilId });
    expect(res.errors).toBeUndefined();
    type T = { indicatorId: string; value: number; unit: string | null; precision: { kind: string; digits: number } };
    type P = { targets: T[]; objectives: Array<{ targets: T[] }>; children?: P[] };
    const all = (ps: P[]): T[] => ps.flatMap((p) => [...p.targets, ...p.objectives.flatMap((o) => o.targets), ...all(p.children ?? [])]);
    const targets = all(res.data.cascade.corporate);
    expect(targets.length).toBeGreaterThan(3);
    for (const t of targets) {
      const i = await member.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { unit precision { kind digits } } } }`, {
        id: t.indicatorId,
      });
      expect(t.precision).toEqual(i.data.node.precision);
      expect(t.unit).toBe(i.data.node.unit);
    }
    expect(new Set(targets.map((t) => t.unit)).size, 'targets of indicators with different units').toBeGreaterThan(1);
  });
});
