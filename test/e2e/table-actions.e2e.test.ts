import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AREAS } from '../../apps/web/src/features/governance/paths.js';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, signIn, webDist } from './browser.js';
import { ACCOUNTS, GSS, lookUpIds, settled, VISITS, type Ids, type Visit, type Who } from './every-view.routes.js';

// Issue 17 (tablets and phones): a table too wide for a tablet scrolls sideways inside its box (ui/TableScroll.tsx), and
// its row's actions must not scroll out of view with it: every button of every such table, in every view and every area
// of Governance, is inside the table's box as the view opens, at 768 and 390 px.
const AREA_VISITS: readonly Visit[] = AREAS.map((a) => ({
  view: 'governance',
  name: `governance-${a.key}`,
  path: () => `/councils/${GSS}/governance/${a.key}`,
  heading: /./,
  who: ['admin'],
}));

/** The buttons of tables that scroll sideways, outside the table's box: "view at width: table: button". */
const hiddenActions = (page: Page, where: string) =>
  page.evaluate((at) => {
    const out: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('main .table-scroll')) {
      if (box.scrollWidth <= box.clientWidth) continue;
      const r = box.getBoundingClientRect();
      const label = box.getAttribute('aria-label') ?? box.querySelector('caption')?.textContent ?? 'a table';
      for (const b of box.querySelectorAll<HTMLElement>('tbody button, tbody a.button')) {
        const a = b.getBoundingClientRect();
        if (a.width && (a.left < r.left - 1 || a.right > r.right + 1)) out.push(`${at}: ${label}: "${b.textContent?.trim()}"`);
      }
    }
    return out;
  }, where);

describe('web app: the actions of wide tables stay in view on tablets and phones, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    browser = await launchBrowser();
    ids = await lookUpIds(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const who of ['admin'] as const satisfies readonly Who[]) {
    it(`keeps every table's buttons in view as the ${who}`, async () => {
      const visits = [...VISITS, ...AREA_VISITS].filter((v) => v.who.includes(who) && v.view !== 'sign-in' && v.view !== 'not-found');
      const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
      const page = await context.newPage();
      await signIn(page, server.url, ACCOUNTS[who], visits[0]!.path(ids, who));
      const problems: string[] = [];
      let scrolling = 0;
      for (const visit of visits) {
        await page.evaluate(
          (to) => {
            window.history.pushState(null, '', to);
            window.dispatchEvent(new PopStateEvent('popstate'));
          },
          visit.path(ids, who),
        );
        for (const width of [768, 390]) {
          await page.setViewportSize({ width, height: width === 768 ? 1024 : 844 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await settled(page).catch(() => problems.push(`${visit.name} at ${width} px: never settled`));
          scrolling += await page.evaluate(
            () => [...document.querySelectorAll<HTMLElement>('main .table-scroll')].filter((b) => b.scrollWidth > b.clientWidth).length,
          );
          const hidden = await hiddenActions(page, `${visit.name} at ${width} px`);
          if (hidden.length) await screenshot(page, `table-actions-${who}-${visit.name}-${width}`);
          problems.push(...hidden);
        }
      }
      await page.close();
      await context.close();
      expect(problems).toEqual([]);
      // Some table does scroll sideways at these widths (else the check above checked nothing).
      expect(scrolling).toBeGreaterThan(0);
    }, 240_000);
  }
});
