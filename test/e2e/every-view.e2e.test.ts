import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshot, signIn, watchErrors, webDist } from './browser.js';
import { ACCOUNTS, lookUpIds, settled, tableProblems, VISITS, WIDTHS, type Ids, type Visit, type Who } from './every-view.routes.js';

// Issue 17 (phones, tablets, accessibility): every view of the app, signed out where it is public and
// signed in as those who may open it, on a desktop, a tablet and a phone, has no WCAG 2.2 AA violation
// axe-core finds, does not scroll sideways, has a title of its own and its main heading.
describe('web app: every view at 1440, 768 and 390 px, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: Ids;
  const titles = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    browser = await launchBrowser();
    ids = await lookUpIds(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('visits every view of the router (a new view needs a row in every-view.routes.ts)', () => {
    expect(tableProblems()).toEqual([]);
  });

  /** Opens the address in the running app, as a link would (the first one loads the app). */
  async function go(page: Page, path: string): Promise<void> {
    await page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }

  /** What is wrong with the view as it is on screen now, at this width. */
  async function problemsAt(page: Page, visit: Visit, width: number): Promise<string[]> {
    const where = `${visit.name} at ${width} px`;
    const problems: string[] = [];
    const headings = await page.locator('main h1').allTextContents();
    if (headings.length !== 1 || !visit.heading.test(headings[0]!.trim()))
      problems.push(`${where}: main heading ${JSON.stringify(headings)}, expected one matching ${visit.heading}`);
    const title = await page.title();
    if (!title.startsWith(`${headings[0]?.trim()} – `) || !title.endsWith('Golden Thread'))
      problems.push(`${where}: title "${title}" does not name the view`);
    titles.set(visit.name, title);
    const overflow = await page.evaluate(() =>
      [document.scrollingElement, ...document.querySelectorAll('.page')]
        .filter((e): e is Element => Boolean(e))
        .map((e) => ({ what: e.className || e.nodeName, by: e.scrollWidth - e.clientWidth }))
        .filter((o) => o.by > 0),
    );
    for (const o of overflow) problems.push(`${where}: ${o.what} scrolls sideways by ${o.by} px (${await widest(page)})`);
    for (const v of await axeViolations(page, { wcag: '2.2' }))
      problems.push(`${where}: axe ${v.id} (${v.help}): ${v.targets.slice(0, 4).join(' | ')}`);
    return problems;
  }

  /** The innermost elements that reach past the window's right edge, to say what pushes a page sideways. */
  const widest = (page: Page) =>
    page.evaluate(() => {
      const right = document.documentElement.clientWidth;
      const past = (e: Element) => e.getBoundingClientRect().right > right + 0.5;
      const inScroller = (e: Element) => Boolean(e.parentElement?.closest('.table-scroll'));
      const culprits = [...document.querySelectorAll('main *')].filter((e) => past(e) && !inScroller(e) && ![...e.children].some(past));
      return culprits
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}"`)
        .join('; ');
    });

  async function walk(who: Who): Promise<void> {
    const visits = VISITS.filter((v) => v.who.includes(who));
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const first = visits[0]!.path(ids, who);
    if (who === 'anonymous') await page.goto(`${server.url}${first}`);
    else await signIn(page, server.url, ACCOUNTS[who], first);
    const problems: string[] = [];
    for (const [i, visit] of visits.entries()) {
      await page.setViewportSize(WIDTHS[0]);
      if (i > 0) await go(page, visit.path(ids, who));
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await settled(page).catch(() => problems.push(`${visit.name} at ${size.width} px: never settled`));
        problems.push(...(await problemsAt(page, visit, size.width)));
        await screenshot(page, `every-view-${who}-${visit.name}-${size.width}`);
      }
    }
    expect(problems).toEqual([]);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
    await context.close();
  }

  for (const who of ['anonymous', 'councillor', 'dataOwner', 'admin'] as const) {
    it(`opens every view ${who === 'anonymous' ? 'signed out' : `as the ${who}`}, clean at each width`, () => walk(who), 240_000);
  }

  it('gives each view a title of its own', () => {
    const byTitle = new Map<string, string[]>();
    for (const [name, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), name]);
    expect([...byTitle.values()].filter((names) => names.length > 1)).toEqual([]);
  });
});
