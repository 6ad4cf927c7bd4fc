import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { artifacts, screenshot, scrollTo } from './browser.js';
import { expectNoSidewaysScroll, open, unexpected } from './governance.helpers.js';

/**
 * One form of a versioned record, for the two-browser test of issue 16's conflict panel: where it is, how it
 * opens and saves, the field the two people change and how the stored value reads through the API.
 */
export interface ConflictCase {
  name: string;
  /** The page the form is on. */
  path: string;
  /** Opens the form on the page; gives it. */
  form: (page: Page) => Promise<Locator>;
  /** Puts a value in the field both change. */
  fill: (form: Locator, value: string) => Promise<void>;
  /** The field's value as the form shows it (after "take theirs"). */
  value: (form: Locator) => Promise<string>;
  save: (form: Locator) => Promise<void>;
  /** The panel's heading ("Someone else changed … while you were editing it"). */
  heading: string | RegExp;
  /** The field's label in the panel. */
  label: string;
  theirs: string;
  mine: string;
  /** The two values as the panel words them, when not as typed. */
  shown?: { theirs: string; mine: string };
  /** The stored value and version, through the API. */
  stored: () => Promise<{ value: string; version: number }>;
}

/** A form's conflict panel heading, naming the record (`what`: "this finding"). */
export const editingHeading = (what: string) => `Someone else changed ${what} while you were editing it`;

/** A ConflictCase's `fill` and `value` for a text, date or text-area field found by its label. */
export const byLabel = (label: string) => ({
  fill: (form: Locator, value: string) => form.getByLabel(label, { exact: true }).fill(value),
  value: (form: Locator) => form.getByLabel(label, { exact: true }).inputValue(),
});

/** One line of the conflict panel: the field's label, their value and mine. */
async function changeOf(panel: Locator, label: string): Promise<{ theirs: string; mine: string }> {
  const row = panel.locator('.conflict__change').filter({ has: panel.page().locator('dt', { hasText: label }) });
  const values = row.locator('.conflict__value');
  return { theirs: (await values.nth(0).textContent())!.trim(), mine: (await values.nth(1).textContent())!.trim() };
}

/**
 * The case in both contexts: A saves their value, B (who read the record before) saves theirs and is shown the
 * panel naming A's change, nothing stored; then "Keep mine" saves B's value at a new version, or "Take theirs"
 * puts A's value in B's form and stores nothing more.
 */
export async function conflictRound(
  browser: Browser,
  server: TestServer,
  who: string,
  k: ConflictCase,
  choice: 'keep' | 'take',
  width = 1440,
): Promise<void> {
  // Two browser contexts of one person, each signed in, each having read the record.
  const { page: a, errors: aErrors } = await open(browser, server, k.path, 1440, who);
  const { page: b, errors } = await open(browser, server, k.path, width, who);
  const fa = await k.form(a);
  const fb = await k.form(b);
  await k.fill(fa, k.theirs);
  await k.save(fa);
  await expect.poll(async () => (await k.stored()).value, { timeout: 10_000 }).toBe(k.theirs);
  const theirs = await k.stored();

  await k.fill(fb, k.mine);
  await k.save(fb);
  const panel = b.getByRole('region', { name: k.heading });
  await panel.waitFor();
  expect(await changeOf(panel, k.label), k.name).toEqual(k.shown ?? { theirs: k.theirs, mine: k.mine });
  // The panel answers the server's CONFLICT: its message is not shown as well, and nothing of mine is stored yet.
  expect(await fb.getByRole('alert').filter({ hasText: 'was changed by someone else' }).count(), k.name).toBe(0);
  expect(await k.stored(), k.name).toEqual(theirs);
  await scrollTo(panel);
  expect(await axeViolations(b, { include: '.conflict' }), k.name).toEqual([]);
  await panel.screenshot({ path: path.join(artifacts, `conflict-${k.name}-${width}.png`) });
  if (width < 600) {
    await expectNoSidewaysScroll(b);
    await screenshot(b, `conflict-${k.name}-page-${width}`);
  }

  if (choice === 'keep') {
    await panel.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await k.stored()).value, { timeout: 10_000 }).toBe(k.mine);
    expect((await k.stored()).version, k.name).toBe(theirs.version + 1);
  } else {
    await panel.getByRole('button', { name: 'Take theirs' }).click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => k.value(fb)).toBe(k.theirs);
    await fb.getByRole('status').filter({ hasText: 'The form shows the stored values now' }).waitFor();
    expect(await k.stored(), k.name).toEqual(theirs);
  }
  expect(unexpected([...aErrors, ...errors]), k.name).toEqual([]);
  await a.context().close();
  await b.context().close();
}
