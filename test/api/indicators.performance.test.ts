import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Indicator, IndicatorFramework, IndicatorFrequency, Measurement, MeasurementStatus, Polarity } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const SUFFOLK = 'E10000029';

const COMPARISON = `query($id: ID!, $period: String!, $gss: String, $group: GroupInput) {
  comparison(indicatorId: $id, period: $period, gssCode: $gss, group: $group) {
    groupName groupSize count median q1 q3 min max best worst suppressedCount notAvailableCount missingCount
    entries { council { gssCode name } value status rank quartile percentile highlighted }
    highlighted { value status rank quartile count median betterThanMedian groupName } } }`;

const SERIES = `query($ids: [ID!]!, $from: String!, $to: String!, $gss: String, $group: GroupInput) {
  indicatorSeries(indicatorIds: $ids, from: $from, to: $to, gssCode: $gss, group: $group) {
    indicator { code polarity } direction slope
    change { rule direction period value previousPeriod previousValue change noChangeBand } trend { direction slope pointsUsed }
    points { period value valueStatus status target rag ragReason }
    latest { period value rag }
    position { groupName period rank quartile count median } } }`;

describe.each(dialects())('indicator performance over the API on %s', (dialect) => {
  let server: TestServer;
  let officer: Client;
  const ids = new Map<string, string>();
  let suffolkId: string;

  async function indicatorId(framework: string, code: string, councilId?: string): Promise<string> {
    const key = `${framework}:${code}`;
    if (!ids.has(key)) {
      const res = await officer.gql(
        `query($f: IndicatorFramework!, $c: String!, $council: ID) { indicator(framework: $f, code: $c, councilId: $council) { id } }`,
        { f: framework, c: code, council: councilId ?? null },
      );
      ids.set(key, res.data.indicator.id);
    }
    return ids.get(key)!;
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', publishedData: true });
    // The demo council's MI-responsible manager, also an administrator: enters, validates and
    // publishes its measurements and sets its targets and groups.
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    officer = await server.signIn(suffolk.miResponsible!.getEntity().email!, { admin: true });
    suffolkId = (await officer.gql(`{ council(gssCode: "${SUFFOLK}") { id } }`)).data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('ranks with the polarity both ways: higher is better and lower is better', async () => {
    const higher = await officer.gql(COMPARISON, { id: await indicatorId('ASCOF', '1A'), period: '2019-20' });
    expect(higher.errors).toBeUndefined();
    const h = higher.data.comparison;
    expect(h.groupName).toBe('England');
    expect(h.count).toBeGreaterThan(140);
    expect(h.entries[0].rank).toBe(1);
    expect(h.entries[0].value).toBe(h.max);
    expect(h.best).toBe(h.max);

    const lower = await officer.gql(COMPARISON, { id: await indicatorId('ASCOF', '2A2'), period: '2019-20' });
    const l = lower.data.comparison;
    expect(l.entries[0].value).toBe(l.min);
    expect(l.best).toBe(l.min);
    expect(l.worst).toBe(l.max);
    const ranked = l.entries.filter((e: any) => e.rank !== null);
    expect(ranked.at(-1).quartile).toBe(4);
    expect(ranked[0].quartile).toBe(1);
    expect(l.q1).toBeLessThanOrEqual(l.median);
    expect(l.median).toBeLessThanOrEqual(l.q3);
  });

  it('shares ranks between tied councils and skips the next rank', async () => {
    // ASCOF 1F 2020-21 is published as whole numbers: many ties.
    const res = await officer.gql(COMPARISON, { id: await indicatorId('ASCOF', '1F'), period: '2020-21' });
    const entries = res.data.comparison.entries.filter((e: any) => e.rank !== null);
    let sawTie = false;
    for (let i = 1; i < entries.length; i++) {
      if (entries[i].value === entries[i - 1].value) {
        sawTie = true;
        expect(entries[i].rank).toBe(entries[i - 1].rank);
        expect(entries[i].quartile).toBe(entries[i - 1].quartile);
      } else {
        expect(entries[i].rank).toBe(i + 1);
      }
    }
    expect(sawTie).toBe(true);
  });

  it('leaves suppressed and not-available values out of ranks and medians, never as zero', async () => {
    const res = await officer.gql(COMPARISON, { id: await indicatorId('ASCOF', '2B1'), period: '2020-21' });
    const c = res.data.comparison;
    const suppressed = c.entries.filter((e: any) => e.status === 'SUPPRESSED');
    expect(c.suppressedCount + c.notAvailableCount).toBeGreaterThan(0);
    expect(suppressed.length).toBe(c.suppressedCount);
    for (const e of c.entries.filter((x: any) => x.status !== 'VALUE'))
      expect(e).toMatchObject({ value: null, rank: null, quartile: null });
    // Unranked councils come after every ranked one.
    const firstUnranked = c.entries.findIndex((e: any) => e.rank === null);
    expect(c.entries.slice(firstUnranked).every((e: any) => e.rank === null)).toBe(true);
    expect(c.count).toBe(firstUnranked);
    expect(c.count + c.suppressedCount + c.notAvailableCount + c.missingCount).toBe(c.groupSize);
  });

  it('compares within derived groups relative to the council, highlighted', async () => {
    const id = await indicatorId('OFLOG', 'ASC5');
    const region = await officer.gql(COMPARISON, { id, period: '2022-23', gss: SUFFOLK, group: { kind: 'SAME_REGION' } });
    expect(region.errors).toBeUndefined();
    expect(region.data.comparison.groupName).toBe('the East of England');
    expect(region.data.comparison.groupSize).toBe(11);
    expect(region.data.comparison.entries.filter((e: any) => e.highlighted).map((e: any) => e.council.gssCode)).toEqual([SUFFOLK]);
    expect(region.data.comparison.highlighted.groupName).toBe('the East of England');
    const type = await officer.gql(COMPARISON, { id, period: '2022-23', gss: SUFFOLK, group: { kind: 'SAME_TYPE' } });
    expect(type.data.comparison.groupName).toMatch(/county councils/);
    expect(type.data.comparison.entries.length).toBeLessThan(30);
    const missingCouncil = await officer.gql(COMPARISON, { id, period: '2022-23', group: { kind: 'SAME_TYPE' } });
    expect(errorCode(missingCouncil)).toBe('BAD_USER_INPUT');
    expect(missingCouncil.errors![0]!.extensions!.field).toBe('councilId');
  });

  it('gives ranks but no quartiles in a user-defined group smaller than four', async () => {
    const councils = await officer.gql(
      `{ a: council(gssCode: "E10000029") { id } b: council(gssCode: "E10000020") { id } c: council(gssCode: "E10000012") { id } }`,
    );
    const created = await officer.gql(
      `mutation($input: CreateComparatorGroupInput!) { createComparatorGroup(input: $input) { group { id name members { gssCode } } } }`,
      { input: { councilId: suffolkId, name: 'East Anglia', memberIds: [councils.data.a.id, councils.data.b.id, councils.data.c.id] } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createComparatorGroup.group.members).toHaveLength(3);
    const res = await officer.gql(COMPARISON, {
      id: await indicatorId('ASCOF', '1A'),
      period: '2019-20',
      gss: SUFFOLK,
      group: { kind: 'CUSTOM', groupId: created.data.createComparatorGroup.group.id },
    });
    const c = res.data.comparison;
    expect(c.groupName).toBe('East Anglia');
    expect(c.count).toBe(3);
    expect(c.entries.map((e: any) => e.rank).sort()).toEqual([1, 2, 3]);
    expect(c.entries.every((e: any) => e.quartile === null)).toBe(true);
    expect(c.highlighted.quartile).toBeNull();
    const dup = await officer.gql(
      `mutation($input: CreateComparatorGroupInput!) { createComparatorGroup(input: $input) { group { id } } }`,
      {
        input: { councilId: suffolkId, name: 'East Anglia', memberIds: [councils.data.a.id] },
      },
    );
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');
    expect(dup.errors![0]!.extensions!.field).toBe('name');
  });

  it('RAG at the tolerance edges, both polarities, through targets set over the API', async () => {
    const mk = async (code: string, polarity: string, toleranceKind: string, tolerance: number) => {
      const res = await officer.gql(
        `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id framework frequency } } }`,
        {
          input: { councilId: suffolkId, code, title: `Edge test ${code}`, polarity, frequency: 'MONTHLY', tolerance, toleranceKind },
        },
      );
      expect(res.errors).toBeUndefined();
      return res.data.createIndicator.indicator.id as string;
    };
    const higher = await mk('EDGE-H', 'HIGHER_IS_BETTER', 'ABSOLUTE', 5);
    const lower = await mk('EDGE-L', 'LOWER_IS_BETTER', 'PERCENT', 10);
    const target = (indicatorId: string, value: number) =>
      officer.gql(`mutation($input: SetTargetInput!) { setTarget(input: $input) { target { id value period } } }`, {
        input: { councilId: suffolkId, indicatorId, period: '2024-25', value },
      });
    expect((await target(higher, 80)).errors).toBeUndefined();
    expect((await target(lower, 500)).errors).toBeUndefined();
    const record = async (indicatorId: string, period: string, value: string) => {
      const res = await officer.gql(
        `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id status } } }`,
        { input: { councilId: suffolkId, indicatorId, period, value } },
      );
      expect(res.errors).toBeUndefined();
    };
    const hv = ['85', '80', '77', '75', '74.9', '[c]'];
    const lv = ['500', '520', '550', '550.1', '400', '[x]'];
    const months = ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'];
    for (let i = 0; i < months.length; i++) {
      await record(higher, months[i]!, hv[i]!);
      await record(lower, months[i]!, lv[i]!);
    }
    const res = await officer.gql(SERIES, { ids: [higher, lower], from: '2024-04', to: '2024-09', gss: SUFFOLK });
    expect(res.errors).toBeUndefined();
    const [h, l] = res.data.indicatorSeries;
    expect(h.points.map((p: any) => p.rag)).toEqual(['GREEN', 'GREEN', 'AMBER', 'AMBER', 'RED', 'NONE']);
    expect(h.points[5]).toMatchObject({ valueStatus: 'SUPPRESSED', value: null, ragReason: 'ACTUAL_SUPPRESSED', target: 80 });
    expect(l.points.map((p: any) => p.rag)).toEqual(['GREEN', 'AMBER', 'AMBER', 'RED', 'GREEN', 'NONE']);
    expect(l.points[5]).toMatchObject({ valueStatus: 'NOT_AVAILABLE', ragReason: 'NO_ACTUAL' });
    // Direction of travel, the change from the previous figure: 75 to 74.9 is within 2% of 75, no
    // significant change; the longer-run trend through 85, 80, 77, 75, 74.9 falls: deteriorating.
    expect(h.direction).toBe('STABLE');
    expect(h.change).toMatchObject({ rule: 'CHANGE_FROM_PREVIOUS', period: '2024-08', previousPeriod: '2024-07', value: 74.9 });
    expect(h.trend).toMatchObject({ direction: 'DETERIORATING', pointsUsed: 5 });
    // Lower is better: 550.1 to 400, a fall: IMPROVING.
    expect(l.direction).toBe('IMPROVING');
  });

  it("answers a council's series on real data with targets, RAG, direction and quartile", async () => {
    const id = await indicatorId('ASCOF', '2A2');
    const res = await officer.gql(SERIES, { ids: [id], from: '2018-19', to: '2020-21', gss: SUFFOLK });
    expect(res.errors).toBeUndefined();
    const s = res.data.indicatorSeries[0];
    expect(s.points.map((p: any) => p.period)).toEqual(['2018-19', '2019-20', '2020-21']);
    expect(s.points.every((p: any) => p.valueStatus === 'VALUE' && p.status === 'PUBLISHED')).toBe(true);
    expect(s.points[2].target).toBe(520);
    expect(['GREEN', 'AMBER', 'RED']).toContain(s.points[2].rag);
    expect(['IMPROVING', 'STABLE', 'DETERIORATING']).toContain(s.direction);
    expect(s.position).toMatchObject({ groupName: 'England', period: '2020-21' });
    expect(s.position.quartile).toBeGreaterThanOrEqual(1);
    const cmp = await officer.gql(COMPARISON, { id, period: '2020-21', gss: SUFFOLK });
    expect(cmp.data.comparison.highlighted.rank).toBe(s.position.rank);
    expect(cmp.data.comparison.highlighted.quartile).toBe(s.position.quartile);
  });

  it("lists a council's exceptions for a period and its late data", async () => {
    const res = await officer.gql(
      `query { performanceExceptions(gssCode: "${SUFFOLK}", period: "2020-21") { code severity message fix reasons period indicator { ` +
        `code } } }`,
    );
    expect(res.errors).toBeUndefined();
    const findings = res.data.performanceExceptions;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.code).toBe('PERFORMANCE_EXCEPTION');
      expect(f.reasons.length).toBeGreaterThan(0);
      expect(f.message).toMatch(/^In 2020-21, /);
    }
    const late = await officer.gql(
      `query { lateData(gssCode: "${SUFFOLK}", from: "2024-04", to: "2025-03", today: "2025-06-01", graceDays: 30) { code severity ` +
        `period dueDate daysLate dataStatus indicator { code } } }`,
    );
    expect(late.errors).toBeUndefined();
    const local = late.data.lateData.filter((f: any) => f.indicator.code.startsWith('L-ASC'));
    // The demo's March 2025 figures are drafts: due 30 April 2025, 32 days late on 1 June.
    expect(
      local
        .filter((f: any) => f.period === '2025-03')
        .every((f: any) => f.dataStatus === 'DRAFT' && f.dueDate === '2025-04-30' && f.daysLate === 32),
    ).toBe(true);
    expect(local.some((f: any) => f.period === '2025-03')).toBe(true);
    // Validated February data is not late.
    expect(local.some((f: any) => f.period === '2025-02')).toBe(false);
  });

  it('exports series and comparisons as CSV, the series re-importable as the template', async () => {
    const id = await indicatorId('ASCOF', '1A');
    const csv = await officer.gql(
      `query($ids: [ID!]!) { indicatorSeriesCsv(indicatorIds: $ids, from: "2018-19", to: "2020-21", gssCode: "${SUFFOLK}") }`,
      { ids: [id] },
    );
    expect(csv.errors).toBeUndefined();
    const lines = csv.data.indicatorSeriesCsv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^gss_code,indicator_code,period,value,numerator,denominator,note,disaggregation/);
    expect(lines[1]).toMatch(/^E10000029,1A,2018-19,/);
    const dry = await officer.gql(
      `mutation($c: String!) { importMeasurements(content: $c, councilGss: "E10000029", dryRun: true) { unchanged created changed } }`,
      { c: csv.data.indicatorSeriesCsv },
    );
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importMeasurements).toMatchObject({ created: 0, changed: 0, unchanged: lines.length - 1 });
    const cmp = await officer.gql(`query($id: ID!) { comparisonCsv(indicatorId: $id, period: "2019-20", gssCode: "${SUFFOLK}") }`, { id });
    const rows = cmp.data.comparisonCsv.trim().split('\r\n');
    expect(rows[0]).toMatch(/^rank,quartile,percentile,gss_code,council/);
    expect(rows[1]).toMatch(/^1,1,100,/);
    expect(rows.filter((r: string) => r.includes(',yes,'))).toHaveLength(1);
  });

  it('costs a constant number of statements: a comparison of all councils, and series of 100 indicators over 120 months', async () => {
    const id = await indicatorId('ASCOF', '2A2');
    const cmp = await server.countStatements(() => server.gql(COMPARISON, { id, period: '2020-21', gss: SUFFOLK }));
    expect(cmp.result.errors).toBeUndefined();
    expect(cmp.result.data.comparison.groupSize).toBeGreaterThan(150);
    // As a partner or the public asks it (anonymous, published data): indicator, councils, measurements (the GSS code lookup is one
    // more, and the data version the answer is kept under another: shared/kept-reads.ts).
    expect(cmp.count).toBeLessThanOrEqual(5);

    // 100 local monthly indicators with 120 months each.
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
    const now = new Date();
    const inds = Array.from({ length: 100 }, (_, i) =>
      em.create(Indicator, {
        framework: IndicatorFramework.LOCAL,
        code: `BULK-${i}`,
        title: `Bulk ${i}`,
        polarity: Polarity.HIGHER_IS_BETTER,
        frequency: IndicatorFrequency.MONTHLY,
        council,
      }),
    );
    await em.flush();
    const rows: Record<string, unknown>[] = [];
    for (const ind of inds) {
      for (let m = 0; m < 120; m++) {
        const y = 2015 + Math.floor((3 + m) / 12);
        const mo = ((3 + m) % 12) + 1;
        const period = `${y}-${String(mo).padStart(2, '0')}`;
        rows.push({
          council: council.id,
          indicator: ind.id,
          period,
          periodKind: 'MONTH',
          periodStart: `${period}-01`,
          disaggregation: 'Total',
          value: 50 + (m % 7),
          valueStatus: 'VALUE',
          status: MeasurementStatus.PUBLISHED,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    for (let i = 0; i < rows.length; i += 500) await em.insertMany(Measurement, rows.slice(i, i + 500) as never);
    const gids = (
      await officer.gql(`{ indicators(filter: { councilId: "${suffolkId}", search: "BULK-" }, first: 500) { nodes { id code } } }`)
    ).data.indicators.nodes.map((n: any) => n.id);
    expect(gids).toHaveLength(100);

    const one = await server.countStatements(() =>
      officer.gql(SERIES, { ids: gids.slice(0, 1), from: '2015-04', to: '2025-03', gss: SUFFOLK }),
    );
    const hundred = await server.countStatements(() => officer.gql(SERIES, { ids: gids, from: '2015-04', to: '2025-03', gss: SUFFOLK }));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data.indicatorSeries).toHaveLength(100);
    expect(
      hundred.result.data.indicatorSeries.every(
        (s: any) => s.points.length === 120 && s.points.every((p: any) => p.valueStatus === 'VALUE'),
      ),
    ).toBe(true);
    expect(hundred.count).toBe(one.count);
    // The measurements of all 100 x 120 points come in one statement.
    expect(hundred.statements.filter((s) => /from [`"]measurement[`"]/.test(s) && /period_start/.test(s))).toHaveLength(1);
    expect(hundred.count).toBeLessThanOrEqual(8); // with the data version it is kept under
    console.log(`[${dialect}] comparison: ${cmp.count} statements; series of 100 x 120: ${hundred.count} statements`);
  });
});
