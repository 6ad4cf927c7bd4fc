import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Council, demoAccounts } from '@goldenthread/db';
import { toPeriod } from '@goldenthread/domain';
import { startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { launchBrowser, navLink, webDist } from './browser.js';
import { expectNoSidewaysScroll, GSS, open } from './governance.helpers.js';
import { axeViolations } from './axe.js';

// The leadership health check as the demo council's chief executive (a leader): they land on it, the
// board's answers match the API's, an answer opens its evidence and links to its records; signed out it
// asks to sign in. Then the issue's "done when": recording a commentary, agreeing a priority and closing
// an overdue action (through the API, as the council's administrator) each change the right answer's figure.
const HEALTH = `query($c: ID!, $p: String!) { leadershipHealthCheck(councilId: $c, period: $p) { period
  questions { ...A } barriers { ...A } habits { ...A } } }
  fragment A on HealthCheckAnswer { key score evidence { key text numerator denominator } nodes { id type ok } }`;
const HISTORY = `query($c: ID!) { leadershipHealthCheckHistory(councilId: $c) { period } }`;
/** Days after a period's end before its figure is due (the health check's HEALTH_CHECK_GRACE_DAYS). */
const GRACE_DAYS = 30;
const today = () => new Date().toISOString().slice(0, 10);

interface Answer {
  key: string;
  score: number | null;
  evidence: Array<{ key: string; text: string; numerator: number | null; denominator: number | null }>;
  nodes: Array<{ id: string; type: string; ok: boolean }>;
}

describe('web app: the leadership health check', () => {
  let server: TestServer;
  let browser: Browser;
  let leader: string;
  let admin: Client;
  let councilId: string;
  let period: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const accounts = await demoAccounts(em, GSS);
    leader = accounts.find((a) => a.jobTitle === 'Chief Executive')!.email;
    admin = await server.signIn(accounts.find((a) => a.admin)!.email);
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = Buffer.from(`Council:${council.id}`).toString('base64url');
    const history = await admin.gql(HISTORY, { c: councilId });
    expect(history.errors).toBeUndefined();
    period = history.data.leadershipHealthCheckHistory.at(-1).period;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const answers = async (): Promise<Answer[]> => {
    const res = await admin.gql(HEALTH, { c: councilId, p: period });
    expect(res.errors).toBeUndefined();
    const h = res.data.leadershipHealthCheck;
    return [...h.questions, ...h.barriers, ...h.habits];
  };
  const figure = (all: Answer[], key: string, measure: string) => all.find((a) => a.key === key)!.evidence.find((e) => e.key === measure)!;
  const card = (page: Page, key: string) => page.locator(`[data-key="${key}"]`);
  /** Opens an answer by keyboard (its disclosure button) and gives its evidence list. */
  const openAnswer = async (page: Page, key: string) => {
    const toggle = card(page, key).locator('button.hc-card__toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    return card(page, key).getByRole('list', { name: 'Evidence' });
  };
  /**
   * Opens the board again (reloading it, or through the navigation from another view, when the app's
   * cache already holds the board) and waits for one figure of an answer's evidence.
   */
  const figureShown = async (page: Page, key: string, text: string, how: 'reload' | 'navigation' = 'reload') => {
    const nav = page.getByRole('navigation', { name: 'Views' });
    if (how === 'reload') await page.reload();
    else {
      await nav.getByRole('link', { name: 'Governance' }).click();
      await page.getByRole('heading', { level: 1, name: 'Governance' }).waitFor();
      await nav.getByRole('link', { name: 'Health check' }).click();
    }
    const evidence = await openAnswer(page, key);
    await evidence.getByText(text, { exact: true }).waitFor();
  };

  /**
   * The health check judges each indicator by its latest period that ended by the year's end and at least
   * GRACE_DAYS before the day of the check (the year's last day for a past year): for 2024-25, an annual
   * measure's 2023-24 figure and a monthly one's February. Among the given indicators, one that is an
   * exception without commentary in that period (missingCommentary), with the period.
   */
  const latestDueException = async (indicatorIds: string[]): Promise<{ indicatorId: string; period: string } | null> => {
    const start = Number(period.slice(0, 4));
    const yearEnd = toPeriod(period).end;
    const day = new Date(`${[yearEnd, today()].sort()[0]}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - GRACE_DAYS);
    const dueBy = day.toISOString().slice(0, 10);
    // April of the year's first calendar year to March of the next.
    const month = (i: number) => `${start + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`;
    const months = Array.from({ length: 12 }, (_, i) => month(i));
    const candidates = [period, `${start - 1}-${String(start).slice(2)}`, ...months, ...[1, 2, 3, 4].map((q) => `${period} Q${q}`)];
    const latest = new Map<string, { period: string; end: string }>();
    for (const p of candidates) {
      const end = toPeriod(p).end;
      if (end > yearEnd) continue;
      const res = await admin.gql(`query($c: ID!, $p: String!) { missingCommentary(councilId: $c, period: $p) { indicator { id } } }`, {
        c: councilId,
        p,
      });
      expect(res.errors).toBeUndefined();
      for (const f of res.data.missingCommentary) {
        const id = f.indicator.id as string;
        if (!indicatorIds.includes(id) || end > dueBy) continue;
        if ((latest.get(id)?.end ?? '') < end) latest.set(id, { period: p, end });
      }
    }
    const [hit] = [...latest.entries()];
    return hit ? { indicatorId: hit[0], period: hit[1].period } : null;
  };

  it('lands a signed-in leader on the board: 7 + 6 + 8 answers as the API scores them, across the scale, at 1440 and 390 px', async () => {
    const api = await answers();
    for (const width of [1440, 390]) {
      const { page, errors } = await open(browser, server, '/', width, leader);
      await page.waitForURL(`**/councils/${GSS}/health-check`);
      await page.getByRole('heading', { level: 1, name: 'Health check' }).waitFor();
      for (const [name, count] of [
        ['The seven questions', 7],
        ['The six barriers', 6],
        ['The eight habits', 8],
      ] as const) {
        const cards = page
          .getByRole('list', { name, exact: true })
          .getByRole('listitem')
          .filter({ has: page.locator('h3') });
        await expect.poll(() => cards.count()).toBe(count);
      }
      for (const a of api) {
        await card(page, a.key)
          .locator('.hc-card__score strong')
          .getByText(a.score === null ? 'Cannot tell yet' : `${a.score} of 4`, { exact: true })
          .waitFor();
      }
      const scores = new Set(api.map((a) => a.score));
      expect([...scores].some((s) => s !== null && s <= 1) && [...scores].some((s) => s !== null && s >= 3)).toBe(true);
      const nav = navLink(page, 'Health check');
      await expect(nav.getAttribute('aria-current')).resolves.toBe('page');
      // The trend: the demo has two years (2023-24 and 2024-25), each a point, the later compared with the earlier.
      const history = (await admin.gql(HISTORY, { c: councilId })).data.leadershipHealthCheckHistory as Array<{ period: string }>;
      expect(history.map((h) => h.period)).toEqual(['2023-24', period]);
      const q1 = api.find((a) => a.key === 'Q1_DIRECTION')!;
      await page
        .getByRole('img', { name: new RegExp(`^Q1 Direction, score out of 4 by year: 2023-24: .*${period}: ${q1.score} of 4`) })
        .waitFor();
      await page.getByText(/each change is against 2023-24/).waitFor();
      expect(await page.getByText(/the trend needs more than one year/).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, `board-${width}`, width);
      expect(await axeViolations(page)).toEqual([]);
      // The council's own address without a view lands there too; a view's own address stays where it is.
      await page.goto(`${server.url}/councils/${GSS}`);
      await page.waitForURL(`**/councils/${GSS}/health-check`);
      await page.getByRole('heading', { level: 1, name: 'Health check' }).waitFor();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('opens an answer to its evidence, with definitions, what would raise it, and links to its records that navigate', async () => {
    const api = await answers();
    const q5 = api.find((a) => a.key === 'Q5_RISK')!;
    for (const width of [1440, 390]) {
      const { page, errors } = await open(browser, server, `/councils/${GSS}/health-check`, width, leader);
      const evidence = await openAnswer(page, 'Q5_RISK');
      await expect.poll(() => evidence.getByRole('listitem').count()).toBe(q5.evidence.length);
      for (const e of q5.evidence) await evidence.getByText(e.text, { exact: true }).waitFor();
      await expect(
        evidence
          .getByText(/^Counts: /)
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await card(page, 'Q5_RISK').getByRole('heading', { name: 'What would raise it' }).waitFor();
      const records = card(page, 'Q5_RISK').getByRole('list', { name: 'Records behind it' });
      await expect.poll(() => records.getByRole('listitem').count()).toBe(Math.min(12, q5.nodes.length));
      // Those holding the score down come first, flagged in words, exactly as the API marks them.
      const shown = q5.nodes.slice(0, 12);
      for (const [i, n] of shown.entries()) {
        await expect(records.getByRole('listitem').nth(i).getByText('holds the score down').count()).resolves.toBe(n.ok ? 0 : 1);
      }
      const first = q5.nodes[0]!;
      const link = records.getByRole('link').first();
      await expect.poll(() => link.textContent()).not.toBe('…');
      await expectNoSidewaysScroll(page);
      await shoot(page, `answer-open-${width}`, width);
      expect(await axeViolations(page)).toEqual([]);
      const name = (await link.textContent())!;
      await link.click();
      if (first.type === 'Priority') {
        await page.waitForURL(`**/councils/${GSS}/priorities/${first.id}?period=${period}`);
        await page.getByText(name).first().waitFor();
      } else {
        expect(first.type).toBe('Risk');
        await page.waitForURL(`**/councils/${GSS}/governance/risks/${first.id}`);
        await page.getByRole('heading', { level: 1, name }).waitFor();
      }
      await page.goBack();
      await card(page, 'Q5_RISK').waitFor();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('asks to sign in when signed out, and keeps the public landing (the explorer) for everyone else', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/health-check`, 390);
    await page.getByRole('heading', { level: 1, name: 'Health check' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.locator('[data-key]').count()).toBe(0);
    expect(await navLink(page, 'Health check').count()).toBe(0);
    await shoot(page, 'signed-out-390', 390);
    await page.goto(`${server.url}/councils/${GSS}`);
    await navLink(page, 'Accountability').waitFor({ state: 'attached' });
    await expect.poll(() => page.url()).toBe(`${server.url}/councils/${GSS}`);
    expect(await page.getByRole('heading', { level: 1, name: 'Health check' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a commentary, an agreed priority and a closed overdue action in the right answers', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/health-check`, 1440, leader);
    let before = await answers();

    // A commentary on an exception of the latest period nobody had explained: B2's commentary figure goes up by one.
    const b2 = figure(before, 'B2_NO_TIME_TO_LEARN', 'commentary');
    const unexplained = before.find((a) => a.key === 'B2_NO_TIME_TO_LEARN')!.nodes.filter((n) => n.type === 'Indicator' && !n.ok);
    expect(unexplained.length).toBeGreaterThan(0);
    const target = await latestDueException(unexplained.map((n) => n.id));
    expect(target, 'an exception of its latest due period without commentary').not.toBeNull();
    await figureShown(page, 'B2_NO_TIME_TO_LEARN', b2.text);
    const recorded = await admin.gql(`mutation($input: RecordCommentaryInput!) { recordCommentary(input: $input) { commentary { id } } }`, {
      input: { councilId, ...target, whatHappened: 'It fell below target.', why: 'Staff moved.', whatWeAreDoing: 'Agency cover.' },
    });
    expect(recorded.errors).toBeUndefined();
    let after = await answers();
    const b2After = figure(after, 'B2_NO_TIME_TO_LEARN', 'commentary');
    expect([b2After.numerator, b2After.denominator]).toEqual([b2.numerator! + 1, b2.denominator]);
    await figureShown(page, 'B2_NO_TIME_TO_LEARN', b2After.text);
    expect(b2After.text).not.toBe(b2.text);
    await shoot(page, 'after-commentary', 1440);

    // Agreeing a draft corporate or directorate priority: Q1's agreed figure goes up by one.
    before = after;
    const q1 = figure(before, 'Q1_DIRECTION', 'agreed');
    const PRIORITY = `query($id: ID!) { node(id: $id) { ... on Priority { id status version level owner { id } } } }`;
    let draft: { id: string; version: number } | null = null;
    for (const n of before.find((a) => a.key === 'Q1_DIRECTION')!.nodes.filter((x) => x.type === 'Priority' && !x.ok)) {
      const p = (await admin.gql(PRIORITY, { id: n.id })).data.node;
      if (p.status === 'DRAFT' && p.owner && ['CORPORATE', 'DIRECTORATE'].includes(p.level)) {
        draft = p;
        break;
      }
    }
    expect(draft).not.toBeNull();
    const agreed = await admin.gql(`mutation($input: UpdatePriorityInput!) { updatePriority(input: $input) { priority { status } } }`, {
      input: { id: draft!.id, version: draft!.version, status: 'AGREED' },
    });
    expect(agreed.errors).toBeUndefined();
    after = await answers();
    const q1After = figure(after, 'Q1_DIRECTION', 'agreed');
    expect([q1After.numerator, q1After.denominator]).toEqual([q1.numerator! + 1, q1.denominator]);
    await figureShown(page, 'Q1_DIRECTION', q1After.text);
    expect(q1After.text).not.toBe(q1.text);

    // Closing an action that fell due and was not done: B6's actions figure goes up by one (and B1's, when a leader owns it).
    before = after;
    const b6 = figure(before, 'B6_SOME_DO_NOT_PERFORM', 'actionsDone');
    const b1 = figure(before, 'B1_NOT_INTERESTED', 'leadersActions');
    const overdue = before.find((a) => a.key === 'B6_SOME_DO_NOT_PERFORM')!.nodes.find((n) => n.type === 'Action' && !n.ok)!;
    expect(overdue).toBeDefined();
    const ACTION = `query($id: ID!) { node(id: $id) { ... on Action { id version status } } }`;
    const action = (await admin.gql(ACTION, { id: overdue.id })).data.node;
    expect(['OPEN', 'IN_PROGRESS']).toContain(action.status);
    const leaders = before.find((a) => a.key === 'B1_NOT_INTERESTED')!.nodes.some((n) => n.id === overdue.id);
    const moved = await admin.gql(`mutation($input: MoveActionInput!) { moveAction(input: $input) { action { status } } }`, {
      input: { id: action.id, version: action.version, status: 'DONE' },
    });
    expect(moved.errors).toBeUndefined();
    after = await answers();
    const b6After = figure(after, 'B6_SOME_DO_NOT_PERFORM', 'actionsDone');
    expect([b6After.numerator, b6After.denominator]).toEqual([b6.numerator! + 1, b6.denominator]);
    await figureShown(page, 'B6_SOME_DO_NOT_PERFORM', b6After.text, 'navigation');
    if (leaders) {
      const b1After = figure(after, 'B1_NOT_INTERESTED', 'leadersActions');
      expect(b1After.numerator).toBe(b1.numerator! + 1);
      await figureShown(page, 'B1_NOT_INTERESTED', b1After.text);
    }
    await shoot(page, 'after-changes', 1440);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Screenshot of the whole scrolling page, named with its width. */
async function shoot(page: Page, name: string, width: number): Promise<void> {
  const { screenshot } = await import('./browser.js');
  const height = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.page')].map((e) => e.scrollHeight), 600));
  await page.setViewportSize({ width, height: Math.min(height + 80, 8000) });
  await screenshot(page, `health-check-${name}${name.endsWith(String(width)) ? '' : `-${width}`}`);
  await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
}
