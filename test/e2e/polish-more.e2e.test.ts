import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developerText, readReferenceCouncils } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { launchBrowser, scrollTo, webDist } from './browser.js';
import { CHIEF_EXECUTIVE, expectNoSidewaysScroll, GSS, open, shoot } from './governance.helpers.js';

// Issue 17, the remaining defects (web app quality): chart labels that overlapped on a phone, the year roll-up that
// pushed a 390 px page sideways. Published data too: the ASCOF charts need years of figures.
const env = {} as { server: TestServer; browser: Browser };
beforeAll(async () => {
  env.server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
  env.browser = await launchBrowser();
});
afterAll(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const ids = async () => {
  const council = (await env.server.gql(`query { council(gssCode: "${GSS}") { id } }`)).data.council.id;
  const local = await env.server.gql(
    `query($c: ID!) { indicators(filter: { councilId: $c, framework: LOCAL }, first: 50) { edges { node { id code frequency } } } }`,
    { c: council },
  );
  const ascof = await env.server.gql(`{ indicator(framework: ASCOF, code: "2A2") { id } }`);
  const all = (local.data.indicators.edges as Array<{ node: { id: string; code: string; frequency: string } }>)
    .map((e) => e.node)
    .filter((n) => n.frequency !== 'ANNUAL');
  const monthly = all.find((n) => n.code === 'L-ASC-01')!.id;
  return { monthly, local: all, ascof: ascof.data.indicator.id as string };
};

/**
 * Pairs of a chart's text labels whose boxes overlap or touch (closer than 2 px: "2024-102025-03" reads as one), each chart
 * on its own, named by their texts; and labels that run out of their chart's box (cut off at its edge).
 */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const GAP = 2;
    for (const svg of document.querySelectorAll('svg.chart')) {
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }));
      for (const b of boxes) if (b.r.left < frame.left - 0.5 || b.r.right > frame.right + 0.5) out.push(`${b.text} / the chart's edge`);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          if (a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom && b.top < a.bottom)
            out.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
        }
    }
    return out;
  });
}

describe('web app: the remaining defects of issue 17', () => {
  for (const width of [1440, 390]) {
    it(`never lets a chart's labels overlap at ${width} px (trend and comparison charts)`, async () => {
      const { monthly, ascof } = await ids();
      for (const [name, id] of [
        ['monthly', monthly],
        ['ascof', ascof],
      ] as const) {
        const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/indicator/${id}`, width);
        await page.locator('svg.chart .axis text').first().waitFor();
        if (name === 'ascof') await page.locator('svg.chart .bar').first().waitFor();
        await page.waitForTimeout(300);
        const labels = await page.locator('svg.chart .axis text').count();
        expect(labels, 'the charts have axis labels to measure').toBeGreaterThan(4);
        expect(await overlappingLabels(page), `${name} at ${width} px`).toEqual([]);
        await scrollTo(page.locator('svg.chart').first());
        await shoot(page, `chart-labels-${name}`, width);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });
  }

  it('shows the year roll-up of each monthly indicator on a phone without sideways scroll', async () => {
    const { local } = await ids();
    for (const { id, code } of local) {
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/indicator/${id}`, 390, CHIEF_EXECUTIVE);
      const rollup = page.getByTestId('year-rollup');
      await rollup.waitFor();
      await expect(rollup.textContent()).resolves.toMatch(/\d/);
      await page.locator('svg.chart').first().waitFor();
      await expectNoSidewaysScroll(page);
      const box = await rollup.boundingBox();
      expect(box!.x + box!.width, code).toBeLessThanOrEqual(390);
      await shoot(page, `year-rollup-${code}`, 390);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  for (const width of [1440, 390]) {
    it(`shows an indicator's definition and source in plain English, no developer notes, at ${width} px`, async () => {
      for (const [framework, code] of [
        ['ASCOF', '2A2'],
        ['ASCOF', '1B'],
        ['OFLOG', 'ASC1'],
      ]) {
        const id = (await env.server.gql(`{ indicator(framework: ${framework}, code: "${code}") { id } }`)).data.indicator.id as string;
        const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/indicator/${id}`, width);
        const card = page.locator('.card').filter({ has: page.getByRole('heading', { level: 2, name: 'Definition' }) });
        await card.waitFor();
        const text = (await card.textContent())!.replace(/^Definition/, '');
        expect(text.length).toBeGreaterThan(40);
        expect(developerText(text), `${framework} ${code}: ${text}`).toEqual([]);
        await expectNoSidewaysScroll(page);
        if (code === '2A2') {
          await scrollTo(card);
          await shoot(page, 'indicator-definition', width);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });
  }

  for (const width of [1440, 390]) {
    it(`lands on a council with no organisation here: what it can do, its figures beside England's, at ${width} px`, async () => {
      const councils = readReferenceCouncils().filter((c) => c.current && c.gssCode !== GSS);
      const c = councils[Math.floor(councils.length / 2)]!;
      const known = await env.server.gql(`query($g: String!) { council(gssCode: $g) { name directorates(first: 1) { totalCount } } }`, {
        g: c.gssCode,
      });
      expect(known.data.council.directorates.totalCount, `${c.name} has no organisation here`).toBe(0);
      const name = known.data.council.name as string;
      const { page, errors } = await open(env.browser, env.server, `/councils/${c.gssCode}`, width);
      await page.getByRole('heading', { level: 1, name: `How ${name} is doing` }).waitFor();
      await page.getByRole('heading', { level: 2, name: `${name} does not use Golden Thread yet` }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'What the council can do' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'What Golden Thread offers' }).waitFor();
      await page.getByRole('link', { name: 'Sign in as someone from the council' }).waitFor();
      // No empty plans, consultations or complaints that read as "nothing done".
      await expect(page.getByText(/We have not yet told people our plans/).count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { name: 'Complaints' }).count()).resolves.toBe(0);
      const figures = page.locator('.public__figure');
      await figures.first().waitFor();
      expect(await figures.count()).toBeGreaterThanOrEqual(4);
      const titles = await figures.locator('h3').allTextContents();
      expect(titles, 'an Oflog measure among them').toContain('Care workers who left their jobs in the year');
      const england = await page.getByTestId('england-published').allTextContents();
      expect(england.length, 'England published beside the council').toBeGreaterThan(0);
      for (const e of england) expect(e).toMatch(/^England: [\d.]+(%| out of \d+)? in \d{4}-\d{2}$/);
      await expectNoSidewaysScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, 'council-not-set-up', width);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of [1440, 390]) {
    it(`writes the cascade's targets to their indicator's precision at ${width} px`, async () => {
      const expected = await cascadeTargetTexts();
      // A whole-number target of a percentage reads "80.0%", as the indicator's figures do; before, "80".
      expect(expected.some((t) => t.precise !== t.before)).toBe(true);
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/priorities?view=list`, width, CHIEF_EXECUTIVE);
      await page.locator('.cascade__toggle').first().waitFor();
      // The list opened all the way: each closed priority opened in turn (its children appear as it opens).
      for (let closed = page.locator('.cascade__toggle[aria-expanded="false"]'); (await closed.count()) > 0; ) await closed.first().click();
      const items = page.locator('.cascade__item--target');
      await items.first().waitFor();
      const shown = (await items.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      for (const t of expected) expect(shown, t.name).toContain(`Target: ${t.name} ${t.precise} in ${t.period}`);
      await scrollTo(items.first());
      await shoot(page, 'cascade-target-precision', width);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("writes the chart tooltips' figures to the indicator's precision (Oflog ASC6, whole numbers: 1,346, not 1,346.077)", async () => {
    const id = (await env.server.gql(`{ indicator(framework: OFLOG, code: "ASC6") { id } }`)).data.indicator.id as string;
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/indicator/${id}`, 1440);
    await page.locator('svg.chart .point title').first().waitFor({ state: 'attached' });
    await page.locator('svg.chart .bar title').first().waitFor({ state: 'attached' });
    const figure = (t: string, pattern: RegExp) => t.match(pattern)?.[1] ?? `no figure in "${t}"`;
    const points = (await page.locator('svg.chart .point title').allTextContents()).map((t) => figure(t, /^\d{4}-\d{2}: ([\d,.]+)/));
    const bars = (await page.locator('svg.chart .bar title').allTextContents()).map((t) => figure(t, /: (-?[\d,.]+)$/));
    const label = figure((await page.locator('svg.chart .bar-label--highlighted').textContent())!, /: ([\d,.]+)(?: \(rank \d+\))?$/);
    expect(points.length).toBeGreaterThan(3);
    expect(bars.length).toBeGreaterThan(10);
    for (const f of [...points, ...bars, label]) expect(f).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** The demo cascade's objectives' targets (2024-25) as the indicator publishes its figures (the API's formatValue), and as before. */
async function cascadeTargetTexts(): Promise<Array<{ name: string; period: string; precise: string; before: string }>> {
  const who = await env.server.signIn(CHIEF_EXECUTIVE);
  const council = (await who.gql(`query { council(gssCode: "${GSS}") { id } }`)).data.council.id;
  const fields = 'objectives { targets { indicatorId indicatorName period value unit } }';
  const tree = `corporate { ${fields} children { ${fields} children { ${fields} } } }`;
  const q = `query($c: ID!) { cascade(councilId: $c, period: "2024-25") { ${tree} } }`;
  type P = {
    objectives: Array<{
      targets: Array<{ indicatorId: string; indicatorName: string; period: string; value: number; unit: string | null }>;
    }>;
  };
  type Node = P & { children?: Node[] };
  const data = (await who.gql(q, { c: council })).data.cascade.corporate as Node[];
  const all = (ps: Node[]): P['objectives'][number]['targets'] =>
    ps.flatMap((p) => [...p.objectives.flatMap((o) => o.targets), ...all(p.children ?? [])]);
  const out = new Map<string, { name: string; period: string; precise: string; before: string }>();
  for (const t of all(data)) {
    const f = await who.gql(`query($id: ID!, $v: Float) { node(id: $id) { ... on Indicator { formatValue(value: $v) } } }`, {
      id: t.indicatorId,
      v: t.value,
    });
    const suffix = t.unit && t.unit.length <= 3 ? t.unit : '';
    const precise = `${f.data.node.formatValue}${suffix}`;
    out.set(`${t.indicatorName}|${t.period}|${t.value}`, {
      name: t.indicatorName,
      period: t.period,
      precise,
      before: t.value.toLocaleString('en-GB', { maximumFractionDigits: 1 }),
    });
  }
  expect(out.size).toBeGreaterThan(0);
  return [...out.values()];
}
