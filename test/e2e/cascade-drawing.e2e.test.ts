import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AppraisalObjective } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { screenshot, scrollTo } from './browser.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, GSS, open } from './governance.helpers.js';

// The priority cascade drawn as a tree (the view /priorities opens with), against the demo council on a real server: what the
// API's cascade holds is what is drawn (names, performance status in words, broken links, orphans, non-priorities).
const CASCADE = `query($c: ID!) { cascade(councilId: $c, period: "2024-25") {
  corporate { id name performanceStatus { status reason } children { id name } }
  detached { id name } orphanObjectives { id name } nonPriorities { id name } } }`;
const WORDS: Record<string, string> = { GREEN: 'On track', AMBER: 'At risk', RED: 'Off track', NONE: 'Not judged' };
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const item = (page: Page, name: string) => page.getByRole('treeitem', { name: new RegExp(`^${esc(name)},`) }).first();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);

describe('web app: the priority cascade drawn', () => {
  const env = demoServer();
  const cascadeAs = async () => {
    const admin = await env.server.signIn(ADMIN);
    const c = await admin.gql(`{ council(gssCode: "${GSS}") { id } }`);
    const res = await admin.gql(CASCADE, { c: c.data.council.id });
    expect(res.errors).toBeUndefined();
    return { admin, cascade: res.data.cascade };
  };

  it('draws every corporate priority with its status in words, the broken links, orphans and non-priorities, at 1440 px', async () => {
    const { cascade } = await cascadeAs();
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/priorities`, 1440, ADMIN);
    const tree = page.getByRole('tree', { name: 'Priority cascade of Suffolk' });
    await tree.waitFor();
    await expect(page.getByRole('radio', { name: 'Drawing' }).isChecked()).resolves.toBe(true);
    expect(cascade.corporate.length).toBeGreaterThan(1);
    for (const p of cascade.corporate) {
      const label = await item(page, p.name).getAttribute('aria-label');
      expect(label).toContain(`Corporate priority, performance: ${WORDS[p.performanceStatus.status]}, ${p.performanceStatus.reason}`);
    }
    // Opened three levels: the directorate priorities under each corporate one are drawn.
    await item(page, cascade.corporate[0].children[0].name).waitFor();
    await expect(page.locator('.tree-chart .node__rag-text').first().textContent()).resolves.toMatch(/^[✓!✕–] /);
    // The demo's deliberate gaps: a detached priority (a broken link), an orphan objective, the non-priorities.
    expect(cascade.detached.length * cascade.orphanObjectives.length * cascade.nonPriorities.length).toBeGreaterThan(0);
    await expect(item(page, cascade.detached[0].name).getAttribute('aria-label')).resolves.toContain('warning: Broken link');
    await expect(item(page, cascade.orphanObjectives[0].name).getAttribute('aria-label')).resolves.toContain('warning: Orphan');
    await expect(item(page, cascade.nonPriorities[0].name).getAttribute('aria-label')).resolves.toContain('Not a priority');
    expect(await page.locator('.tree-chart path.link--broken').count()).toBeGreaterThanOrEqual(2);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'cascade-drawing-1440');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('expands and collapses with the mouse and moves, opens and closes from the keyboard', async () => {
    const { cascade } = await cascadeAs();
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/priorities`, 1440, ADMIN);
    const first = cascade.corporate[0];
    const corporate = item(page, first.name);
    await corporate.waitFor();
    await expect(corporate.getAttribute('aria-expanded')).resolves.toBe('true');
    // Keyboard: the council first, Down to the first corporate priority (brought into view).
    await page.getByRole('treeitem').first().focus();
    await expect(focusedId(page)).resolves.toBe('cascade');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedId(page)).toBe(first.id);
    // The mouse: its toggle closes the branch and opens it again.
    await corporate.locator('.node__toggle').click();
    await expect.poll(() => corporate.getAttribute('aria-expanded')).toBe('false');
    await expect(page.getByRole('treeitem', { name: new RegExp(`^${esc(first.children[0].name)},`) }).count()).resolves.toBe(0);
    await corporate.locator('.node__toggle').click();
    await item(page, first.children[0].name).waitFor();
    // Left closes it, Right opens it, Right again goes to its first child.
    await corporate.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => corporate.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => corporate.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedId(page)).toBe(first.children[0].id);
    // Enter on a priority opens its details beside the drawing.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: first.children[0].name }).waitFor();
    expect(page.url()).toContain(`/priorities/${first.children[0].id}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('highlights the thread of an appraisal objective opened from a person’s golden thread', async () => {
    const { admin } = await cascadeAs();
    const ao = await env.server.em().findOneOrFail(AppraisalObjective, { objective: { $ne: null }, period: '2024-25' });
    const personId = Buffer.from(`Person:${ao.person.id}`).toString('base64url');
    const res = await admin.gql(
      `query($p: ID!) { personThread(personId: $p, period: "2024-25") { appraisalObjectives { appraisalObjective { id name }
        complete chains { complete steps { id name type } } } } }`,
      { p: personId },
    );
    const traced = res.data.personThread.appraisalObjectives.find((a: any) => a.complete);
    expect(traced).toBeTruthy();
    const chain = traced.chains.find((c: any) => c.complete);
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/thread/${personId}`, 1440, ADMIN);
    await page.getByRole('heading', { level: 2, name: new RegExp(esc(traced.appraisalObjective.name)) }).waitFor();
    const card = page
      .locator('.card')
      .filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(esc(traced.appraisalObjective.name)) }) });
    await card.getByRole('link', { name: 'Show this thread in the cascade drawing' }).click();
    await page.getByRole('tree', { name: 'Priority cascade of Suffolk' }).waitFor();
    expect(new URL(page.url()).searchParams.get('thread')).toBe(traced.appraisalObjective.id);
    // The appraisal objective is drawn (revealed, focused) and every step of its thread is on the highlighted path.
    const drawn = item(page, traced.appraisalObjective.name);
    await drawn.waitFor();
    await expect.poll(() => drawn.getAttribute('data-thread')).toBe('true');
    const onThread = await page
      .locator('.tree-chart [data-thread="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    for (const step of chain.steps) expect(onThread.some((l) => l?.startsWith(`${step.name},`))).toBe(true);
    expect(await page.locator('.tree-chart path.link--thread').count()).toBeGreaterThanOrEqual(chain.steps.length - 1);
    await expect(focusedId(page)).resolves.toContain(`/a/${traced.appraisalObjective.id}`);
    await screenshot(page, 'cascade-drawing-thread-1440');

    // A priority in the URL highlights the way down to it.
    const top = chain.steps.at(-1);
    await page.goto(`${env.server.url}/councils/${GSS}/priorities/${chain.steps.at(-2).id}`);
    await page.getByRole('heading', { level: 2, name: chain.steps.at(-2).name }).waitFor();
    await expect.poll(() => item(page, top.name).getAttribute('data-thread')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the list as the accessible alternative (remembered in the URL) and prints the list', async () => {
    const { cascade } = await cascadeAs();
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/priorities`, 1440, ADMIN);
    await page.getByRole('tree', { name: 'Priority cascade of Suffolk' }).waitFor();
    // Printed, the page shows the list opened all the way, and no drawing.
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.cascade-print').getByRole('list', { name: 'Priority cascade' });
    await printed.getByRole('link', { name: cascade.corporate[0].children[0].name, exact: true }).waitFor();
    await expect(page.locator('svg.tree-chart').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expect(printed.isVisible()).resolves.toBe(false);

    await page.getByRole('radio', { name: 'List' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('list');
    const list = page.getByRole('list', { name: 'Priority cascade' });
    await list.waitFor();
    await expect(page.getByRole('tree').count()).resolves.toBe(0);
    await list.getByRole('button', { name: `Open ${cascade.corporate[0].name}` }).click();
    await list.getByRole('link', { name: cascade.corporate[0].children[0].name, exact: true }).click();
    // The priority's page beside the list: its breadcrumbs keep the list too.
    const crumbs = page.getByRole('navigation', { name: 'Where you are' });
    await crumbs.getByRole('link', { name: cascade.corporate[0].name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: cascade.corporate[0].name, exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    await page.getByRole('list', { name: 'Priority cascade' }).waitFor();
    await page.reload();
    await page.getByRole('list', { name: 'Priority cascade' }).waitFor();
    await expect(page.getByRole('radio', { name: 'List' }).isChecked()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone at 390 px without sideways scrolling, anonymous', async () => {
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/priorities`, 390);
    await page.getByRole('tree', { name: 'Priority cascade of Suffolk' }).waitFor();
    await page.getByRole('treeitem').nth(1).waitFor();
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await scrollTo(page.locator('.cascade-drawing__chart'));
    await screenshot(page, 'cascade-drawing-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
