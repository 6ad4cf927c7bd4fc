import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Council, Indicator, IndicatorOwnership, Measurement } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, scrollTo, webDist } from './browser.js';
import { ADMIN, expectNoSidewaysScroll, giveAccounts, GSS, open, unexpected } from './governance.helpers.js';

// The import view (issue 17 defect 5) as a data owner: a line with a bad period and the value "abc" gets
// both problems listed, and a dry run previews the rows it would create, change or leave unchanged.
const HEADER = 'gss_code,indicator_code,period,value,numerator,denominator,note';

describe('web app: importing measurements', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: string;
  let code: string;
  let stored: { period: string; value: number };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const own = await em.findOneOrFail(
      IndicatorOwnership,
      { council: council.id, indicator: { framework: 'LOCAL' as never }, dataOwner: { $ne: null } },
      { orderBy: { id: 'asc' }, populate: ['dataOwner'] },
    );
    owner = own.dataOwner!.getEntity().email!;
    code = (await em.findOneOrFail(Indicator, own.indicator.id)).code;
    const m = await em.findOneOrFail(
      Measurement,
      { council: council.id, indicator: own.indicator.id, disaggregation: 'Total', value: { $ne: null } },
      { orderBy: { period: 'desc' } },
    );
    stored = { period: m.period, value: m.value! };
    await giveAccounts(server, ADMIN, owner);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`lists every problem of a line and previews a dry run's rows, at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, `/councils/${GSS}/import`, width, owner);
      const before = await server.em().fork().count(Measurement, {});
      const csv = page.getByLabel('Or paste the CSV');
      await csv.fill([HEADER, `${GSS},${code},2030-13,abc,,,`, `${GSS},${code},2030-02,50,,,`].join('\n'));
      await page.getByRole('button', { name: 'Check (dry run)' }).click();
      const problems = page.getByRole('table', { name: 'Rows with problems' });
      await problems.waitFor();
      await page.getByText('1 line has 2 problems, so nothing would be imported.').waitFor();
      const cells = await problems
        .getByRole('row')
        .evaluateAll((rows) => rows.slice(1).map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
      expect(cells).toEqual([
        ['2', 'period'],
        ['2', 'value'],
      ]);
      await problems.getByRole('cell', { name: /'abc'/ }).waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, `measurements-import-problems-${width}`);

      // A good file: the preview shows a new row, a changed one with the figure stored now, and the counts.
      const months = width === 1440 ? ['2030-03', '2030-04'] : ['2030-05', '2030-06'];
      await csv.fill(
        [
          HEADER,
          `${GSS},${code},${months[0]},50,,,`,
          `${GSS},${code},${stored.period},${stored.value + 2},,,`,
          `${GSS},${code},${months[1]},51,,,`,
        ].join('\n'),
      );
      await page.getByRole('button', { name: 'Check (dry run)' }).click();
      const preview = page.getByRole('table', { name: 'What the import would do' });
      await preview.waitFor();
      const rows = preview.getByRole('row');
      await expect.poll(() => rows.count()).toBe(4);
      expect(await rows.nth(1).textContent()).toMatch(new RegExp(`${months[0]}[\\s\\S]*50[\\s\\S]*New`));
      const changed = (await rows.nth(2).textContent()) ?? '';
      expect(changed).toContain(stored.period);
      expect(changed).toContain(`${stored.value.toLocaleString('en-GB')} (`);
      expect(changed).toMatch(/Changes/);
      await page.getByText('All 3 rows.').waitFor();
      expect(await server.em().fork().count(Measurement, {})).toBe(before);
      await scrollTo(preview);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `measurements-import-preview-${width}`);
      expect(unexpected(errors)).toEqual([]);
      await page.close();
    });
  }
});
