/**
 * Four eyes on data in the app (issue 18): an administrator turns the council's rule off on the
 * Administration page only after confirming, and on again at once; the setting follows in the API.
 * Someone who is not an administrator is not offered it.
 */
import { describe, expect, it } from 'vitest';
import { Account } from '@goldenthread/db';
import { screenshot, scrollTo } from './browser.js';
import { ADMIN, demoServer, GSS, open, SCRUTINY_OFFICER, unexpected } from './governance.helpers.js';

const env = demoServer();

async function ruleOn(): Promise<boolean> {
  const r = await env.server.gql(`{ council(gssCode: "${GSS}") { fourEyesOnData } }`);
  return r.data.council.fourEyesOnData;
}

describe('web app: four eyes on data', () => {
  it('lets an administrator turn it off, confirmed first, and on again', async () => {
    expect(await ruleOn()).toBe(true);
    for (const width of [1440, 390]) {
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/admin`, width, ADMIN);
      const section = page.getByRole('region', { name: 'Four eyes on data' });
      await scrollTo(section);
      const box = section.getByRole('checkbox', { name: /A second person validates each figure/ });
      await expect.poll(() => box.isChecked()).toBe(true);
      await box.click();
      const confirm = section.getByRole('group', { name: 'Confirm: Yes, turn four eyes off' });
      await confirm.waitFor();
      await section.getByRole('button', { name: 'No, leave it' }).click();
      await confirm.waitFor({ state: 'detached' });
      expect(await box.isChecked()).toBe(true);
      expect(await ruleOn()).toBe(true);
      await box.click();
      await confirm.getByRole('button', { name: 'Yes, turn four eyes off' }).click();
      await section.getByRole('status').filter({ hasText: 'Four eyes on data is off' }).waitFor();
      await expect.poll(() => box.isChecked()).toBe(false);
      expect(await ruleOn()).toBe(false);
      await scrollTo(section);
      await screenshot(page, `four-eyes-off-${width}`);
      await box.click();
      await section.getByRole('status').filter({ hasText: 'Four eyes on data is on' }).waitFor();
      await expect.poll(() => box.isChecked()).toBe(true);
      expect(await ruleOn()).toBe(true);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });

  it('is not offered to someone who is not an administrator', async () => {
    const account = await env.server.em().findOneOrFail(Account, { email: SCRUTINY_OFFICER });
    expect(account.admin).toBe(false);
    const { page } = await open(env.browser, env.server, `/councils/${GSS}/admin`, 1440, SCRUTINY_OFFICER);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: 'Four eyes on data' }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /A second person validates each figure/ }).count()).toBe(0);
    await page.context().close();
  });
});
