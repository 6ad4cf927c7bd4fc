import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist } from './browser.js';
import { expectNoSidewaysScroll, gov, open, shoot } from './governance.helpers.js';

// What the public sees of governance: complaint statistics (never an individual complaint), the
// scrutiny work programme and agreed Best Value reviews; risks and actions are for the council's people.
describe('web app: the Governance area signed out', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`shows complaint statistics with charts and no individual complaint, at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, gov('complaints'), width);
      await page.getByRole('heading', { level: 1, name: 'Complaints' }).waitFor();
      await page
        .getByRole('list', { name: 'Complaints in 2024-25' })
        .getByText(/received in 2024-25/)
        .waitFor();
      await page.getByRole('img', { name: /^Complaints received per quarter: Q1 23-24 \d+/ }).waitFor();
      await page.getByRole('img', { name: /^Share upheld per quarter/ }).waitFor();
      await page.getByRole('img', { name: /^Share answered within the timescale per quarter/ }).waitFor();
      await page.getByRole('img', { name: /^Most frequent complaint themes in 2024-25: \w+/ }).waitFor();
      await page.getByRole('heading', { name: 'By service in 2024-25' }).waitFor();
      await page.getByText(/only the council’s complaints staff, the service’s managers and the review panel see them/).waitFor();
      expect(await page.getByText(/^CF-20\d\d-\d{4}$/).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Record a complaint' }).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'complaints-public', width);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`shows the overview, the scrutiny work programme and agreed reviews; risks need signing in, at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, gov(), width);
      await page.getByRole('heading', { level: 1, name: 'Governance' }).waitFor();
      const cards = page.getByRole('list', { name: 'Areas of governance' });
      await cards.getByText(/received in 2024-25/).waitFor();
      // Risks, actions, ward enquiries and staff designations are for the council's own people.
      await expect(cards.getByText('For the council’s own staff and councillors.').count()).resolves.toBe(4);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'overview-public', width);

      await page.getByRole('navigation', { name: 'Governance' }).getByRole('link', { name: 'Scrutiny work programme' }).click();
      await page.getByRole('heading', { level: 1, name: 'Scrutiny work programme' }).waitFor();
      await page.getByText('Health scrutiny', { exact: true }).first().waitFor();
      await page
        .getByText(/^Executive: (Accepted|Partly accepted|Rejected)$/)
        .first()
        .waitFor();
      // The form opens from a disclosure (<summary>), not a button: neither it nor the form is offered.
      expect(await page.locator('summary', { hasText: 'Add a topic' }).count()).toBe(0);
      expect(await page.getByRole('form', { name: 'Add a topic' }).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'scrutiny-public', width);

      await page.getByRole('navigation', { name: 'Governance' }).getByRole('link', { name: 'Best Value reviews' }).click();
      const reviews = page.getByRole('list', { name: 'Best Value reviews' });
      await reviews.waitFor();
      // Only reviews whose recommendations are agreed are public: the stalled one (at evidence) is not shown.
      expect(await reviews.getByText('Stalled').count()).toBe(0);
      await reviews.getByRole('link').first().click();
      await page.getByRole('heading', { name: 'The four Cs' }).waitFor();
      await page.getByRole('list', { name: 'Stages of the review' }).waitFor();
      await page.getByText('✓ Chosen').waitFor();
      await expectNoSidewaysScroll(page);
      await shoot(page, 'review-public', width);

      await page.goto(`${server.url}${gov('risks')}`);
      await page.getByText(/This is for Suffolk’s own staff and councillors/).waitFor();
      expect(await page.getByRole('group', { name: /risks by likelihood and impact/ }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
