import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Account } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, navLink, openMenu, screenshot, scrollTo } from './browser.js';
import {
  ADMIN,
  COMPLAINTS_OFFICER,
  demoServer,
  expectNoSidewaysScroll,
  giveAccounts,
  GSS,
  open,
  RISK_MANAGER,
  unexpected,
} from './governance.helpers.js';

// Accounts in the web app (issue 16): a person changes their own password and signs in with the new
// one; an administrator makes someone an administrator and resets their password; the audit trail view
// filters by person and by record; a member of staff who is not an administrator sees none of it.
const NEW_PASSWORD = 'a-fresh-password-2026';
const RESET_PASSWORD = 'reset-by-the-admin-1';
const env = demoServer();

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('web app: accounts and the audit trail', () => {
  it('lets a person change their password, refusing a wrong current one on its field, and sign in with the new one', async () => {
    await giveAccounts(env.server, COMPLAINTS_OFFICER);
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/explorer`, 390, COMPLAINTS_OFFICER);
    await openMenu(page);
    await page.getByRole('link', { name: 'My account' }).click();
    const form = page.getByRole('form', { name: 'Change my password' });
    await form.getByLabel('Current password').fill('not-my-password');
    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change my password' }).click();
    await expect.poll(() => form.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    await form.locator('.field__error').filter({ hasText: 'this is not your current password' }).waitFor();
    await form.getByLabel('Current password').fill(DEMO_PASSWORD);
    await form.getByLabel('New password').fill('short');
    await form.getByRole('button', { name: 'Change my password' }).click();
    await form.locator('.field__error').filter({ hasText: 'at least 10 characters' }).waitFor();
    expect(await form.getByLabel('New password').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page);
    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByLabel('New password').press('Enter');
    await form.getByRole('status').filter({ hasText: 'Your password has been changed' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'accounts-change-password-390');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'accounts-change-password-1440');

    // Signed out, the old password no longer works and the new one does.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${env.server.url}/sign-in?next=/councils/${GSS}/account`);
    await page.getByLabel('E-mail address').fill(COMPLAINTS_OFFICER);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    // The refused sign-in with the old password is the one 401.
    expect(unexpected(errors).filter((e) => !/status of 401/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator make someone an administrator and reset their password, each confirmed', async () => {
    await giveAccounts(env.server, RISK_MANAGER);
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/admin`, 1440, ADMIN);
    const name = (await env.server.em().findOneOrFail(Account, { email: RISK_MANAGER }, { populate: ['person'] })).person.getEntity().name;
    await page.getByRole('button', { name: `Change the account of ${name}` }).click();
    const panel = page.getByRole('region', { name: `The account of ${name}` });
    await panel.getByRole('button', { name: 'Make an administrator' }).click();
    await page.getByRole('group', { name: 'Confirm: Yes, make them an administrator' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, make them an administrator');
    await page.keyboard.press('Enter');
    await panel
      .getByRole('status')
      .filter({ hasText: `${name} is now an administrator.` })
      .waitFor();
    await panel.getByRole('button', { name: 'Remove the administrator role' }).waitFor();

    const reset = panel.getByRole('form', { name: `Reset the password of ${name}` });
    await reset.getByLabel('New password').fill('too-short');
    await reset.getByRole('button', { name: 'Set the new password' }).click();
    await reset.getByRole('button', { name: 'Yes, set the password' }).click();
    await reset.locator('.field__error').filter({ hasText: 'at least 10 characters' }).waitFor();
    expect(await reset.getByLabel('New password').getAttribute('aria-invalid')).toBe('true');
    await reset.getByLabel('New password').fill(RESET_PASSWORD);
    await reset.getByRole('button', { name: 'Set the new password' }).click();
    await reset.getByRole('button', { name: 'Yes, set the password' }).click();
    await reset.getByRole('status').filter({ hasText: 'password has been set' }).waitFor();
    await expectAxeClean(page);
    await scrollTo(panel);
    await screenshot(page, 'accounts-admin-panel-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(panel);
    await screenshot(page, 'accounts-admin-panel-390');

    // The server agrees: the person signs in with the new password, as an administrator.
    const them = await env.server.signIn(RISK_MANAGER, { password: RESET_PASSWORD });
    expect((await them.gql('{ viewer { admin } }')).data.viewer.admin).toBe(true);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('shows the audit trail filtered by person and by record', async () => {
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/admin`, 1440, ADMIN);
    await page.getByRole('link', { name: 'audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const admin = (await env.server.em().findOneOrFail(Account, { email: ADMIN }, { populate: ['person'] })).person.getEntity().name;
    const risk = (await env.server.em().findOneOrFail(Account, { email: RISK_MANAGER }, { populate: ['person'] })).person.getEntity();
    const filters = page.getByRole('form', { name: 'Filter the audit trail' });
    await filters.getByLabel('Changed by').selectOption({ label: admin });
    const list = page.getByRole('list', { name: 'Changes' });
    const entries = list.getByRole('listitem');
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('person'))).toBeTruthy();
    await entries.first().waitFor();
    const labels = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l.startsWith(`${admin} `))).toBe(true);
    // Her change of the risk manager's role, with the field it changed.
    const accountEntry = entries.filter({ hasText: RISK_MANAGER }).filter({ hasText: 'false → true' }).first();
    await accountEntry.getByText('admin', { exact: true }).waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'accounts-audit-person-1440');

    // One record: the risk manager's account, every change to it (the test's own sign-ins included).
    await accountEntry.getByRole('button', { name: /This record’s changes: the account/ }).click();
    await page.getByText('Showing one record only.').waitFor();
    await expect
      .poll(async () => (await entries.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).join('\n'))
      .toMatch(/account “zainab/);
    const one = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(one.every((l) => l.includes(`account “${RISK_MANAGER}”`))).toBe(true);
    expect(one.length).toBeGreaterThanOrEqual(2);
    await entries.filter({ hasText: 'false → true' }).waitFor();
    // Both filters at once: the risk manager made no change to her own account; the administrator made them all.
    await filters.getByLabel('Changed by').selectOption({ label: risk.name });
    await page.getByText('No changes match these filters.').waitFor();
    await filters.getByLabel('Changed by').selectOption({ label: admin });
    await entries.filter({ hasText: 'false → true' }).waitFor();
    const hers = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(hers.length).toBeGreaterThanOrEqual(2);
    expect(hers.every((l) => l === `${admin} changed the account “${RISK_MANAGER}”`)).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectAxeClean(page);
    await screenshot(page, 'accounts-audit-record-390');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('offers a member of staff who is not an administrator no admin view, nor the audit trail', async () => {
    await giveAccounts(env.server, 'thomas.taylor@suffolk.gov.uk');
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/audit`, 390, 'thomas.taylor@suffolk.gov.uk');
    await page.getByText('This is for the council’s administrators.').waitFor();
    expect(await navLink(page, 'Admin').count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Filter the audit trail' }).count()).toBe(0);
    await page.goto(`${env.server.url}/councils/${GSS}/admin`);
    await page.getByText('This is for the council’s administrators.').waitFor();
    expect(await page.getByRole('button', { name: /Change the account of/ }).count()).toBe(0);
    await openMenu(page);
    await page.getByRole('link', { name: 'My account' }).waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'accounts-not-admin-390');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });
});
