import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { screenshot, signIn, watchErrors } from './browser.js';
import { ACCOUNTS, settled, WIDTHS, type Ids, type Visit, type Who } from './every-view.routes.js';

/** Opens the address in the running app, as a link would (the first one loads the app). */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
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

/** What is wrong with the view as it is on screen now, at this width; its title goes into `titles`. */
async function problemsAt(page: Page, visit: Visit, width: number, titles: Map<string, string>): Promise<string[]> {
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

/**
 * Opens each visit `who` makes in one page (signed in once; later visits navigate in the app), at each
 * width, and gives every problem found and the page's errors.
 */
export async function walk(
  env: { browser: Browser; server: TestServer; ids: Ids },
  who: Who,
  visits: readonly Visit[],
  titles: Map<string, string>,
): Promise<{ problems: string[]; errors: string[] }> {
  const mine = visits.filter((v) => v.who.includes(who));
  const context = await env.browser.newContext({ viewport: WIDTHS[0] });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const first = mine[0]!.path(env.ids, who);
  if (who === 'anonymous') await page.goto(`${env.server.url}${first}`);
  else await signIn(page, env.server.url, ACCOUNTS[who], first);
  const problems: string[] = [];
  for (const [i, visit] of mine.entries()) {
    await page.setViewportSize(WIDTHS[0]);
    if (i > 0) await go(page, visit.path(env.ids, who));
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await settled(page).catch(() => problems.push(`${visit.name} at ${size.width} px: never settled`));
      problems.push(...(await problemsAt(page, visit, size.width, titles)));
      await screenshot(page, `every-view-${who}-${visit.name}-${size.width}`);
    }
  }
  await page.close();
  await context.close();
  return { problems, errors: errors.filter((e) => !/status of 404/.test(e)) };
}
