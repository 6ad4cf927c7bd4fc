import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import {
  demoServer,
  expectNoSidewaysScroll,
  GSS,
  giveAccounts,
  gov,
  LEAD_OFFICER,
  open,
  RISK_MANAGER,
  reveal,
  shoot,
  unexpected,
} from './governance.helpers.js';

// The risk register and the actions as CSV files in the browser (README "CSV layouts"), as the demo's
// risk manager: the current file downloaded; a file chosen and checked with a dry run, which lists every
// bad row with its line and stores nothing; a good file checked (what would change) and then applied,
// and the new records listed. An officer who may not import gets the download only. At 1440 and 390 px,
// axe-clean, checked through the API.
const RISK_HEADER = 'reference,title,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact,review_due';

const riskFile = (width: number, bad: boolean) =>
  [
    RISK_HEADER,
    `E2E-${width}-1,Winter pressure on hospital discharge (${width}),4,4,3,3,${bad ? 'not-a-date' : '2030-01-31'}`,
    `E2E-${width}-2,Loss of a home care provider,${bad ? 9 : 4},4,3,3,31/03/2030`,
  ].join('\r\n');

/** Chooses `text` as the file of the form's file field. */
const choose = (form: Locator, name: string, text: string) =>
  form.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** Presses a button and answers the downloaded file's name and text. */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
}

describe('web app: risk register and actions CSV files', () => {
  const env = demoServer();
  let councilId = '';
  beforeAll(async () => {
    await giveAccounts(env.server, RISK_MANAGER);
    councilId = (await env.server.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
  });

  it('risk manager: the register downloaded, a bad file refused row by row, a good one checked and applied', async () => {
    for (const width of [1440, 390]) {
      const { page, errors } = await open(env.browser, env.server, gov('risks'), width, RISK_MANAGER);
      const table = page.getByRole('table', { name: /^Risks/ });
      await table.waitFor();
      const panel = page.getByRole('region', { name: 'Risk register as a CSV file' });
      const file = await downloaded(page, panel.getByRole('button', { name: 'Download the current risk register (CSV)' }));
      expect(file.name).toMatch(new RegExp(`^${GSS}-risk-register-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      expect(file.text.split('\n')[0]).toContain('reference,title,register');

      await reveal(panel, 'Import risk register from CSV');
      const form = panel.getByRole('form', { name: 'Import risk register from CSV' });
      await choose(form, 'bad.csv', riskFile(width, true));
      await form.getByRole('button', { name: 'Check the file (dry run)' }).click();
      const problems = panel.getByRole('list', { name: 'Rows with problems' });
      await problems.waitFor();
      await panel.getByRole('alert').filter({ hasText: '2 rows have problems: nothing would be stored' }).waitFor();
      const lines = await problems.locator('li').allTextContents();
      expect(lines.some((l) => l.startsWith('Line 2 · review_due (Bad date): '))).toBe(true);
      expect(lines.some((l) => /^Line 3 · inherent_likelihood \(/.test(l))).toBe(true);
      // Nothing to apply until a clean dry run.
      expect(await form.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      // The whole page, heat map included (its cells' names used to miss the numbers drawn on them).
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, 'risks-csv-errors', width);

      await choose(form, 'register.csv', riskFile(width, false));
      await form.getByRole('button', { name: 'Check the file (dry run)' }).click();
      await panel.getByRole('status').filter({ hasText: 'The file is fine: 2 rows (2 new, 0 changed, 0 unchanged if applied)' }).waitFor();
      const rows = await table.locator('tbody tr').count();
      await form.getByRole('button', { name: 'Apply register.csv' }).click();
      await panel.getByRole('status').filter({ hasText: 'Applied: 2 rows, 2 new, 0 changed, 0 unchanged.' }).waitFor();
      await expect.poll(() => table.locator('tbody tr').count()).toBe(rows + 2);
      await table
        .locator('tbody tr')
        .filter({ hasText: `Winter pressure on hospital discharge (${width})` })
        .waitFor();
      await expectNoSidewaysScroll(page);
      await shoot(page, 'risks-csv-applied', width);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
    const res = await (await env.server.signIn(RISK_MANAGER)).gql(
      `query($c: ID!) { risks(councilId: $c, first: 500) { nodes { reference reviewDue } } }`,
      { c: councilId },
    );
    const mine = res.data.risks.nodes.filter((r: { reference: string }) => r.reference.startsWith('E2E-'));
    expect(mine).toHaveLength(4);
    expect(mine).toContainEqual({ reference: 'E2E-390-2', reviewDue: '2030-03-31' });
  });

  it('risk manager: actions checked and applied from a file; an officer who may not import downloads only', async () => {
    const { page, errors } = await open(env.browser, env.server, gov('actions'), 1440, RISK_MANAGER);
    const list = page.getByRole('list', { name: 'Actions' });
    await list.locator(':scope > li').first().waitFor();
    const panel = page.getByRole('region', { name: 'Actions as a CSV file' });
    await reveal(panel, 'Import actions from CSV');
    const form = panel.getByRole('form', { name: 'Import actions from CSV' });
    await choose(form, 'actions.csv', 'id,title,due,status,source\n,Check the winter discharge plan with the ICB,2030-02-28,OPEN,OTHER\n');
    await form.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await panel.getByRole('status').filter({ hasText: 'The file is fine: 1 row (1 new' }).waitFor();
    await form.getByRole('button', { name: 'Apply actions.csv' }).click();
    await panel.getByRole('status').filter({ hasText: 'Applied: 1 row, 1 new' }).waitFor();
    await list.getByRole('heading', { name: /Check the winter discharge plan with the ICB/ }).waitFor();
    // A file with an unknown column is refused whole, in words.
    await choose(form, 'wrong.csv', 'id,title,colour\n,Paint the office,blue\n');
    await form.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await panel
      .getByRole('list', { name: 'Rows with problems' })
      .getByText(/^Line 1\b.*\(Unknown column\)/)
      .waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();

    const officer = await open(env.browser, env.server, gov('actions'), 390, LEAD_OFFICER);
    const mine = officer.page.getByRole('region', { name: 'Actions as a CSV file' });
    const file = await downloaded(officer.page, mine.getByRole('button', { name: 'Download the current actions (CSV)' }));
    expect(file.text).toContain('Check the winter discharge plan with the ICB');
    expect(await mine.locator('summary').count()).toBe(0);
    await expectNoSidewaysScroll(officer.page);
    expect(await axeViolations(officer.page)).toEqual([]);
    await shoot(officer.page, 'actions-csv-officer', 390);
    expect(unexpected(officer.errors)).toEqual([]);
    await officer.page.context().close();
  });
});
