import { describe, expect, it } from 'vitest';
import { CHIEF_EXECUTIVE, demoServer, expectNoSidewaysScroll, gov, open, reveal, shoot, unexpected } from './governance.helpers.js';

// An action's title is read by everyone who may read the action, so the server refuses one that names a
// complaint by its case reference (Suffolk's demo numbers them CF-<year>-<4 digits>); the app shows the
// refusal beside the title, and the action is added once the title names the lesson instead.
const WIDTHS = [1440, 390] as const;

describe('web app: Governance, an action title that names a complaint', () => {
  const env = demoServer();

  for (const width of WIDTHS) {
    it(`chief executive, ${width} px: the refusal beside the title; added once the reference is left out`, async () => {
      const { page, errors } = await open(env.browser, env.server, gov('actions'), width, CHIEF_EXECUTIVE);
      await page
        .getByRole('status')
        .filter({ hasText: /\d+ actions?/ })
        .waitFor();
      await reveal(page, 'Add an action');
      const form = page.getByRole('form', { name: 'Add an action' });
      const title = form.getByLabel('What must be done');
      const leaky = `Apologise to the family in cf/2025/0${width} and retrain the rota team`;
      await title.fill(leaky);
      await form.getByRole('button', { name: 'Add the action' }).click();
      const error = form.locator('.field__error', { hasText: `“cf/2025/0${width}” looks like a complaint's case reference` });
      await error.waitFor();
      await expect(error.textContent()).resolves.toContain('refer to the complaint by its link instead');
      // Beside the title: its input is described by the error.
      const errorId = await error.getAttribute('id');
      await expect(title.getAttribute('aria-describedby')).resolves.toContain(errorId);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'action-title-refused', width);

      const boss = await env.server.signIn(CHIEF_EXECUTIVE);
      const council = (await boss.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
      const titles = async () =>
        (
          await boss.gql(`query($c: ID!) { actions(councilId: $c, first: 500) { nodes { title } } }`, { c: council })
        ).data.actions.nodes.map((a: { title: string }) => a.title);
      expect(await titles()).not.toContain(leaky);

      const fixed = `Retrain the rota team on missed visits (${width} px)`;
      await title.fill(fixed);
      await form.getByRole('button', { name: 'Add the action' }).click();
      await form
        .getByRole('status')
        .filter({ hasText: `“${fixed}” is added.` })
        .waitFor();
      await expect(form.locator('.field__error').count()).resolves.toBe(0);
      expect(await titles()).toContain(fixed);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    });
  }
});
