import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD } from './browser.js';
import { demoServer, expectNoSidewaysScroll, GSS, gov, open, RISK_MANAGER, reveal, shoot, unexpected } from './governance.helpers.js';

// Issue 16 item 3: a stale version is answered with the other person's change shown, field by field, and a
// choice. Two browser contexts (two tabs of the risk manager's, each signed in) edit the same risk.
const RISK = `query($id: ID!) { node(id: $id) { ... on Risk { title status controls version } } }`;

describe('web app: a version conflict between two people editing the same risk', () => {
  const env = demoServer();
  let riskId = '';
  beforeAll(async () => {
    const councilId = (await env.server.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
    const rm = await env.server.signIn(RISK_MANAGER, { password: DEMO_PASSWORD });
    const res = await rm.gql(`query($c: ID!) { risks(councilId: $c, status: OPEN, first: 50) { nodes { id reference } } }`, {
      c: councilId,
    });
    riskId = res.data.risks.nodes[0].id;
  });

  const stored = async () => {
    const rm = await env.server.signIn(RISK_MANAGER, { password: DEMO_PASSWORD });
    return (await rm.gql(RISK, { id: riskId })).data.node as { title: string; status: string; controls: string | null; version: number };
  };

  /** The risk's page with its change form open. */
  const editing = async (width: number): Promise<{ page: Page; form: Locator; errors: string[] }> => {
    const { page, errors } = await open(env.browser, env.server, gov('risks', riskId), width, RISK_MANAGER);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await reveal(page, 'Change this risk');
    return { page, form: page.getByRole('form', { name: 'Change the risk' }), errors };
  };
  const save = (form: Locator) => form.getByRole('button', { name: 'Save the risk' }).click();
  const change = (panel: Locator, label: string) =>
    panel.locator('.conflict__change').filter({ has: panel.page().getByText(label, { exact: true }) });

  it('shows their change beside mine; take theirs shows theirs, keep mine saves mine over theirs', async () => {
    const before = await stored();
    const first = await editing(1440);
    const second = await editing(1440);

    // The first saves a new title and status; the second, still at the old version, saves another title.
    await first.form.getByLabel('Title').fill('Care market fragility (first)');
    await first.form.getByLabel('Status').selectOption('TOLERATED');
    await save(first.form);
    await first.form.getByText(/is saved\./).waitFor();
    expect((await stored()).version).toBe(before.version + 1);

    await second.form.getByLabel('Title').fill('Care market fragility (second)');
    await second.form.getByLabel('Controls in place').fill('Weekly provider calls.');
    await save(second.form);
    const panel = second.page.getByRole('region', { name: 'Someone else changed this risk while you were editing it' });
    await panel.waitFor();
    // Focus is on the panel; the server's CONFLICT message is not repeated as an alert.
    await expect.poll(() => second.page.evaluate(() => document.activeElement?.closest('.conflict') !== null)).toBe(true);
    expect(await second.form.getByRole('alert').count()).toBe(0);
    await expect
      .poll(() => change(panel, 'Title').textContent())
      .toMatch(/Title\s*Theirs:\s*Care market fragility \(first\)\s*Yours:\s*Care market fragility \(second\)/);
    expect(await change(panel, 'Status').textContent()).toMatch(/Status\s*Theirs:\s*Tolerated\s*Yours:\s*Open/);
    // Controls: only I changed them, so they are not their change.
    expect(await panel.locator('.conflict__change').count()).toBe(2);
    expect(await axeViolations(second.page)).toEqual([]);
    await shoot(second.page, 'version-conflict', 1440);
    await shoot(second.page, 'version-conflict', 390);
    await expectNoSidewaysScroll(second.page);
    await second.page.setViewportSize({ width: 1440, height: 900 });

    // Take theirs: the form shows the stored values, and nothing is saved.
    await panel.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => second.form.getByLabel('Title').inputValue()).toBe('Care market fragility (first)');
    expect(await second.form.getByLabel('Status').inputValue()).toBe('TOLERATED');
    expect(await second.form.getByLabel('Controls in place').inputValue()).toBe(before.controls ?? '');
    await expect.poll(() => second.page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/shows the stored values now/);
    expect(await panel.count()).toBe(0);
    expect((await stored()).version).toBe(before.version + 1);

    // Again: the first changes the title, the second (now at their version) saves its own; keep mine, from the keyboard.
    await second.page.getByRole('heading', { level: 1, name: /Care market fragility \(first\)/ }).waitFor();
    await first.form.getByLabel('Title').fill('Care market fragility (first, again)');
    await save(first.form);
    await first.form.getByText(/is saved\./).waitFor();
    await second.form.getByLabel('Title').fill('Care market fragility (mine)');
    await save(second.form);
    await panel.waitFor();
    await expect
      .poll(() => change(panel, 'Title').textContent())
      .toMatch(/Theirs:\s*Care market fragility \(first, again\)\s*Yours:\s*Care market fragility \(mine\)/);
    expect(await panel.locator('.conflict__change').count()).toBe(1);
    await expect.poll(() => second.page.evaluate(() => document.activeElement?.closest('.conflict') !== null)).toBe(true);
    await second.page.keyboard.press('Tab');
    await expect.poll(() => second.page.evaluate(() => document.activeElement?.textContent)).toBe('Keep mine');
    await second.page.keyboard.press('Enter');
    await second.form.getByText('Your values are saved over their change.').waitFor();
    await expect.poll(async () => (await stored()).version).toBe(before.version + 3);
    const after = await stored();
    expect(after.title).toBe('Care market fragility (mine)');
    expect(after.status).toBe('TOLERATED');
    await second.page.getByRole('heading', { level: 1, name: /Care market fragility \(mine\)/ }).waitFor();
    expect(await axeViolations(second.page)).toEqual([]);

    expect(unexpected(first.errors)).toEqual([]);
    expect(unexpected(second.errors)).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  });
});
