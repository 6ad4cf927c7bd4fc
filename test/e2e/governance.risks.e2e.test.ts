import { beforeAll, describe, expect, it } from 'vitest';
import { demoServer, expectNoSidewaysScroll, giveAccounts, gov, open, RISK_MANAGER, shoot } from './governance.helpers.js';

// The risk register as the demo's risk manager: the heat map filters the table, and the forms add and
// change a risk (a change of scores is a new assessment in its history) and add a mitigating action.
describe('web app: the risk register signed in', () => {
  const env = demoServer();
  beforeAll(() => giveAccounts(env.server, RISK_MANAGER));

  it('filters the table by a heat-map cell, toggles inherent scores, and fits 1440 and 390 px', async () => {
    for (const width of [1440, 390]) {
      const { page, errors } = await open(env.browser, env.server, gov('risks'), width, RISK_MANAGER);
      const table = page.getByRole('table', { name: /^Risks/ });
      await table.waitFor();
      const all = await table.locator('tbody tr').count();
      expect(all).toBeGreaterThan(5);
      const cell = page.getByRole('button', { name: /^Likelihood \d, impact \d: score \d+, \w[\w ]*, [2-9] risks$/ }).first();
      const name = (await cell.getAttribute('aria-label'))!;
      const count = Number(/, (\d+) risks$/.exec(name)![1]);
      await cell.click();
      await expect.poll(() => table.locator('tbody tr').count()).toBe(count);
      expect(page.url()).toMatch(/cell=\d-\d/);
      await expect(cell.getAttribute('aria-pressed')).resolves.toBe('true');
      await expectNoSidewaysScroll(page);
      await shoot(page, 'risks-cell', width);
      await page.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(() => table.locator('tbody tr').count()).toBe(all);
      await page.getByRole('radio', { name: 'Inherent' }).check();
      await page.getByRole('heading', { name: 'Heat map (before controls)' }).waitFor();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('adds a risk through the form, changes its scores, and adds a mitigating action', async () => {
    const { page, errors } = await open(env.browser, env.server, gov('risks'), 1440, RISK_MANAGER);
    await page.getByText('Add a risk', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Add a risk' });
    await form.getByLabel('Reference').fill('CR-99');
    await form.getByLabel('Title').fill('The new case system goes live late');
    await form.getByLabel('Cause').fill('The supplier has slipped twice.');
    await form.getByLabel('Inherent likelihood').selectOption('4');
    await form.getByLabel('Inherent impact').selectOption('4');
    await form.getByLabel('Residual likelihood').selectOption('3');
    await form.getByLabel('Residual impact').selectOption('4');
    await form.getByRole('button', { name: 'Add the risk' }).click();
    await page.getByRole('heading', { level: 1, name: 'CR-99: The new case system goes live late' }).waitFor();
    expect(page.url()).toMatch(/\/governance\/risks\/[A-Za-z0-9_-]+$/);
    await page.getByText('16 Very high').first().waitFor();
    await page.getByRole('heading', { name: 'Score history (1)' }).waitFor();

    // A residual score above the inherent one is the server's coded refusal, shown beside the form.
    await page.getByText('Change this risk', { exact: true }).click();
    const change = page.getByRole('form', { name: 'Change the risk' });
    await change.getByLabel('Residual likelihood').selectOption('5');
    await change.getByRole('button', { name: 'Save the risk' }).click();
    await change.getByRole('alert').waitFor();
    await change.getByLabel('Residual likelihood').selectOption('2');
    await change.getByLabel('Note on the assessment').fill('Supplier gave a firm date.');
    await change.getByRole('button', { name: 'Save the risk' }).click();
    await page.getByRole('heading', { name: 'Score history (2)' }).waitFor();
    await page.getByText(/Supplier gave a firm date\./).waitFor();
    await page.getByRole('img', { name: /Scores of CR-99 over time/ }).waitFor();

    await page.getByText('Add an action', { exact: true }).click();
    const action = page.getByRole('form', { name: 'Add an action' });
    await action.getByLabel('What must be done').fill('Agree a fallback plan with the supplier');
    await action.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('heading', { name: 'Mitigating actions (1)' }).waitFor();
    await page
      .getByRole('list', { name: 'Actions' })
      .getByRole('heading', { name: /Agree a fallback plan with the supplier/ })
      .waitFor();
    await shoot(page, 'risk-page', 1440);
    // The one 400 is the refused residual score above (BAD_USER_INPUT); nothing else went wrong.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.context().close();
  });
});
