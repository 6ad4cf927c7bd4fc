import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

// Issue 17, defect 2: every point names the target it is rated against (a service's or the
// council's, and its period), so the indicator page and the priority drill-down can say which.
// In the demo, Care Act assessments (L-ASC-01) have council-wide targets of 75 (2023-24) and
// 80 (2024-25) and a Locality Social Work target of 60 (2024-25) on a service-plan objective.
const GSS = 'E10000029';
const IDS = `query { council(gssCode: "${GSS}") { id } }`;
const INDICATOR = `query($c: ID!) { indicator(framework: LOCAL, code: "L-ASC-01", councilId: $c) { id } }`;
const TARGETS = `query($c: ID!, $i: ID!) { targets(councilId: $c, indicatorId: $i) { id period value service { id name } } }`;
const SERIES = `query($i: ID!, $s: ID) { indicatorSeries(indicatorIds: [$i], from: "2024-04", to: "2025-03", gssCode: "${GSS}", serviceId:
  $s) {
  latest { period target targetPeriod targetService { id name } rag }
  points { period target targetPeriod targetService { name } } } }`;

describe.each(dialects())('the target each point is rated against, on %s', (dialect) => {
  let server: TestServer;
  let member: Client;
  let indicatorId: string;
  let targets: Array<{ id: string; period: string; value: number; service: { id: string; name: string } | null }>;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    member = await server.memberOf(GSS);
    const council = (await member.gql(IDS)).data.council.id;
    const ind = await member.gql(INDICATOR, { c: council });
    expect(ind.errors).toBeUndefined();
    indicatorId = ind.data.indicator.id;
    const res = await member.gql(TARGETS, { c: council, i: indicatorId });
    expect(res.errors).toBeUndefined();
    targets = res.data.targets;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the service a target is for, or none for the council as a whole', () => {
    const service = targets.filter((t) => t.service);
    expect(service.map((t) => [t.value, t.period, t.service!.name])).toEqual([[60, '2024-25', 'Locality Social Work']]);
    expect(targets.filter((t) => !t.service).map((t) => [t.value, t.period])).toEqual([
      [75, '2023-24'],
      [80, '2024-25'],
    ]);
  });

  it("rates the council's series against the council-wide target of the month's financial year, and says so", async () => {
    const res = await member.gql(SERIES, { i: indicatorId, s: null });
    expect(res.errors).toBeUndefined();
    const [series] = res.data.indicatorSeries;
    expect(series.latest).toMatchObject({ period: '2025-03', target: 80, targetPeriod: '2024-25', targetService: null });
    expect(series.points.every((p: any) => p.target === 80 && p.targetPeriod === '2024-25' && p.targetService === null)).toBe(true);
  });

  it("rates a service's series against its own target, naming the service", async () => {
    const serviceId = targets.find((t) => t.service)!.service!.id;
    const res = await member.gql(SERIES, { i: indicatorId, s: serviceId });
    expect(res.errors).toBeUndefined();
    const [series] = res.data.indicatorSeries;
    expect(series.latest).toMatchObject({
      target: 60,
      targetPeriod: '2024-25',
      targetService: { id: serviceId, name: 'Locality Social Work' },
    });
    expect(series.points.every((p: any) => p.target === 60 && p.targetService?.name === 'Locality Social Work')).toBe(true);
  });

  it('falls back to the council-wide target for a service that has none of its own', async () => {
    const res = await member.gql(`query { council(gssCode: "${GSS}") {
      directorates(first: 20) { edges { node { services(first: 50) { edges { node { id name } } } } } } } }`);
    const services = (res.data?.council?.directorates?.edges ?? []).flatMap((d: any) => d.node.services.edges.map((e: any) => e.node));
    const others = services.filter((s: any) => s.name !== 'Locality Social Work');
    expect(others.length, res.errors ? JSON.stringify(res.errors) : 'services of the council').toBeGreaterThan(0);
    const series = await member.gql(SERIES, { i: indicatorId, s: others[0].id });
    expect(series.errors).toBeUndefined();
    expect(series.data.indicatorSeries[0].latest).toMatchObject({ target: 80, targetPeriod: '2024-25', targetService: null });
  });
});
