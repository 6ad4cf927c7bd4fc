import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, navLink, screenshot, signIn, watchErrors, webDist } from './browser.js';

// One real server (fresh SQLite database, reference and demo seeds, built web app) and one browser
// for the whole file; each test opens its own page.
describe('web app: accountability explorer in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let suffolkId: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const res = await server.gql('{ council(gssCode: "E10000029") { id } }');
    suffolkId = res.data.council.id;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens a page; `as` signs in first through the sign-in page (people need a signed-in viewer). */
  async function open(path: string, as?: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = watchErrors(page);
    if (as) await signIn(page, server.url, as, path);
    else await page.goto(`${server.url}${path}`);
    return { page, errors };
  }
  const MEGAN = 'megan.llewellyn@suffolk.gov.uk';

  const item = (page: Page, name: string) =>
    page.getByRole('treeitem', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) });
  /** A card's +/− toggle, inside the treeitem and hidden from assistive technology (the treeitem's aria-expanded says it). */
  const toggle = (treeitem: Locator) => treeitem.locator('.node__toggle');

  // (At / a member of the council lands on the health check: test/e2e/health-check.e2e.test.ts.)
  it('opens the demo council’s explorer with the organisation drawn three levels deep', async () => {
    const { page, errors } = await open('/councils/E10000029/explorer', MEGAN);
    const tree = page.getByRole('tree', { name: 'Organisation of Suffolk' });
    await tree.waitFor();
    await expect(item(page, 'Suffolk').getAttribute('aria-expanded')).resolves.toBe('true');
    // It opens legible around the council, so only the nodes near it are in the page: fit the whole tree to see every one.
    await page.getByRole('button', { name: 'Fit the whole tree in view' }).click();
    await expect(item(page, 'Suffolk').getAttribute('aria-level')).resolves.toBe('1');
    await expect(item(page, 'Adult Social Care').getAttribute('aria-level')).resolves.toBe('2');
    await item(page, 'Safeguarding Adults').waitFor();
    await expect(page.getByRole('combobox', { name: 'Find a service, team or person' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('select').inputValue()).resolves.toBe('E10000029');
    await page.getByText(/298 people/).waitFor();
    await screenshot(page, '01-explorer');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands and collapses a branch with the mouse', async () => {
    const { page } = await open('/councils/E10000029/explorer');
    // Brought into view as a reader would find it (the explorer opens legible around the council).
    const search = page.getByRole('combobox', { name: 'Find a service, team or person' });
    await search.fill('Adult Social Care');
    await page
      .getByRole('option', { name: /^Adult Social Care/ })
      .first()
      .waitFor();
    await search.press('Enter');
    const asc = item(page, 'Adult Social Care');
    await asc.waitFor();
    await page.waitForTimeout(400);
    await toggle(asc).click();
    await expect(asc.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(item(page, 'Safeguarding Adults').count()).resolves.toBe(0);
    await toggle(asc).click();
    await item(page, 'Safeguarding Adults').waitFor();
    const team = item(page, 'Safeguarding Adults');
    await toggle(team).click();
    await expect(team.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('[role=treeitem][aria-level="4"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '02-expanded-with-mouse');
    await page.close();
  });

  it('moves, expands and collapses with the keyboard', async () => {
    const { page } = await open('/councils/E10000029/explorer');
    const root = item(page, 'Suffolk');
    await root.waitFor();
    await root.focus();
    await page.keyboard.press('ArrowDown');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await expect(focusedName()).resolves.toMatch(/^Adult Social Care, Directorate/);
    await page.keyboard.press('ArrowLeft');
    await expect(item(page, 'Adult Social Care').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await expect(item(page, 'Adult Social Care').getAttribute('aria-expanded')).resolves.toBe('true');
    // Into the first service, then open it with Space and step onto its first child.
    await page.keyboard.press('ArrowRight');
    const first = await focusedName();
    expect(first).toMatch(/, Service,/);
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
    await expect(focusedName()).resolves.not.toBe(first);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-level'))).resolves.toBe('4');
    // Left goes back to the parent; Home to the root.
    await page.keyboard.press('ArrowLeft');
    await expect(focusedName()).resolves.toBe(first);
    await page.keyboard.press('Home');
    await expect(focusedName()).resolves.toMatch(/^Suffolk, Council/);
    await screenshot(page, '03-keyboard');
    await page.close();
  });

  it('finds a person by name, reveals them in the tree and opens their details', async () => {
    const { page, errors } = await open('/councils/E10000029/explorer', MEGAN);
    await item(page, 'Suffolk').waitFor();
    await page.getByText(/298 people/).waitFor();
    const search = page.getByRole('combobox', { name: 'Find a service, team or person' });
    await search.fill('aaliyah bryan');
    await page.getByRole('option', { name: /Aaliyah Bryan/ }).waitFor();
    await search.press('Enter');
    const person = item(page, 'Aaliyah Bryan');
    await person.waitFor();
    await expect(person.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).resolves.toMatch(/^Aaliyah Bryan, Person/);
    // Centred in the view (once the short pan animation has finished).
    await expect
      .poll(
        async () => {
          const box = (await person.boundingBox())!;
          const chart = (await page.locator('svg.tree-chart').boundingBox())!;
          return Math.max(
            Math.abs(box.x + box.width / 2 - (chart.x + chart.width / 2)),
            Math.abs(box.y + box.height / 2 - (chart.y + chart.height / 2)),
          );
        },
        { timeout: 5000 },
      )
      .toBeLessThan(40);
    const panel = page.getByRole('complementary');
    await panel.getByRole('heading', { name: 'Aaliyah Bryan' }).waitFor();
    await panel.getByText('Line manager chain').waitFor();
    await panel.getByText('Chief Executive').waitFor();
    expect(page.url()).toMatch(/\/councils\/E10000029\/explorer\/[A-Za-z0-9_-]+$/);
    await screenshot(page, '04-search-person');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a service in the side panel, and follows a person link from it', async () => {
    const { page } = await open('/councils/E10000029/explorer');
    // The people arrive in pages and each page moves the drawing: click once they are all in, as a
    // reader would (a click while a page lands can hit the space a node has just left).
    await page.getByText(/people named publicly/).waitFor();
    await item(page, 'Safeguarding Adults').click();
    const panel = page.getByRole('complementary');
    await panel.getByRole('heading', { name: 'Safeguarding Adults' }).waitFor();
    await panel.getByRole('heading', { name: 'Accountable owner' }).waitFor();
    await panel.getByRole('heading', { name: /People \(\d+\)/ }).waitFor();
    const owner = panel
      .locator('.details__section')
      .filter({ has: page.getByRole('heading', { name: 'Accountable owner' }) })
      .locator('.person-link__name');
    const ownerName = (await owner.textContent())!;
    await owner.click();
    await panel.getByRole('heading', { name: ownerName }).waitFor();
    await expect(item(page, ownerName).getAttribute('aria-selected')).resolves.toBe('true');
    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect(page.getByRole('complementary').count()).resolves.toBe(0);
    await page.close();
  });

  it('follows a deep link to a person, and shows dual accountability as a dashed link', async () => {
    const megan = await server.signIn(MEGAN, { password: 'golden-thread-demo' });
    const dual = await megan.gql(
      `query ($id: ID!) { node(id: $id) { ... on Council { people(first: 500) { nodes { id name hasDualAccountability functionalManager ` +
        `{ name } } } } } }`,
      { id: suffolkId },
    );
    const person = dual.data.node.people.nodes.find((p: any) => p.hasDualAccountability);
    expect(person).toBeTruthy();
    const { page, errors } = await open(`/councils/E10000029/explorer/${person.id}?mode=line`, MEGAN);
    await page.getByRole('tree', { name: 'Line management of Suffolk' }).waitFor();
    const node = item(page, person.name);
    await node.waitFor();
    await expect(node.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(node.getAttribute('aria-label')).resolves.toContain('finding: Dual');
    const panel = page.getByRole('complementary');
    await panel.getByRole('heading', { name: 'Functional manager (dual accountability)' }).waitFor();
    await panel.getByText(person.functionalManager.name).first().waitFor();
    // Reveal the functional manager too: both ends visible, the dashed link is drawn.
    await panel
      .locator('.details__section')
      .filter({ has: page.getByRole('heading', { name: /Functional manager/ }) })
      .locator('.person-link')
      .click();
    await item(page, person.functionalManager.name).waitFor();
    await page.locator('path.link--secondary').first().waitFor({ state: 'attached' });
    await screenshot(page, '05-deep-link-line-management');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the administrator record that someone has left, shows what they leave behind, and takes it back', async () => {
    const admin = await server.signIn(MEGAN, { password: 'golden-thread-demo' });
    const me = (await admin.gql(`{ viewer { person { id } } }`)).data.viewer.person.id;
    const org = (
      await admin.gql(`query($c: ID!) { organisationTree(councilId: $c) { nodes { id kind name ownerId ownerName } } }`, { c: suffolkId })
    ).data.organisationTree.nodes;
    const service = org.find((n: any) => n.kind === 'SERVICE' && n.ownerId && n.ownerId !== me);
    expect(service).toBeTruthy();
    const today = new Date().toISOString().slice(0, 10);
    const { page, errors } = await open(`/councils/E10000029/explorer/${service.ownerId}`, MEGAN);
    const panel = page.getByRole('complementary');
    const form = panel.getByRole('form', { name: `Record when ${service.ownerName} leaves the council` });
    await form.waitFor();
    await expect(form.getByLabel('Leaves on').inputValue()).resolves.toBe(today);
    await form.getByRole('button', { name: 'Record leaving' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: `Recorded: ${service.ownerName} leaves the council on ${today}.` })
      .waitFor();
    // From today they answer for nothing: the panel says so and still lists the service, for someone else.
    await panel
      .getByRole('note')
      .filter({ hasText: `Has left the council (${today}).` })
      .waitFor();
    await panel.getByText('Left the council', { exact: true }).waitFor();
    await panel
      .getByRole('button', { name: new RegExp(`^${service.name}`) })
      .first()
      .waitFor();
    // The tree is asked for again: the service they owned is now marked as without an owner.
    const serviceItem = item(page, service.name);
    await expect.poll(() => serviceItem.getAttribute('aria-label')).toContain('finding: Unowned');
    const answers = (await admin.gql(`query($p: ID!) { whatPersonAnswersFor(personId: $p) { active leftOn } }`, { p: service.ownerId }))
      .data.whatPersonAnswersFor;
    expect(answers).toEqual({ active: false, leftOn: today });
    await screenshot(page, '06-person-has-left');
    await panel.getByRole('button', { name: 'Take the leaving date back' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: `The leaving date of ${service.ownerName} is taken back.` })
      .waitFor();
    await expect.poll(() => panel.getByRole('note').filter({ hasText: 'Has left the council' }).count()).toBe(0);
    await expect.poll(() => serviceItem.getAttribute('aria-label')).not.toContain('finding: Unowned');
    expect(
      (await admin.gql(`query($p: ID!) { whatPersonAnswersFor(personId: $p) { active } }`, { p: service.ownerId })).data
        .whatPersonAnswersFor.active,
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the app shell on deep links and keeps /graphql the API', async () => {
    const shell = await fetch(`${server.url}/councils/E10000029/explorer/anything`, { headers: { accept: 'text/html' } });
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<div id="root">');
    const api = await server.gql('{ council(gssCode: "E10000029") { name } }');
    expect(api.data.council.name).toBe('Suffolk');
  });

  it('says plainly when a council code is unknown, in every view', async () => {
    const { page } = await open('/councils/E99999999/explorer');
    // A malformed code gets the API's own explanation; a well-formed unknown one, "No such council".
    await page.getByRole('alert').filter({ hasText: 'not a GSS code of an English council' }).waitFor();
    await page.goto(`${server.url}/councils/E10999999/explorer`);
    await page.getByRole('alert').filter({ hasText: 'No such council' }).waitFor();
    await page.getByRole('link', { name: /Priority cascade/ }).click();
    await page.getByRole('alert').filter({ hasText: 'No such council' }).waitFor();
    expect(page.url()).toMatch(/\/councils\/E10999999\/priorities$/);
    await page.close();
  });

  it('shows anonymous visitors the public view: no staff details, a Sign in button, line management withheld', async () => {
    const { page, errors } = await open('/councils/E10000029/explorer');
    await item(page, 'Suffolk').waitFor();
    await page.getByText(/people named publicly/).waitFor();
    await page.getByText(/Public view: councillors and holders of accountable posts only/).waitFor();
    await expect(page.getByRole('link', { name: 'Sign in' }).first().isVisible()).resolves.toBe(true);
    // Views for the council's own staff are not offered.
    await expect(navLink(page, 'Findings').count()).resolves.toBe(0);
    await expect(navLink(page, 'Measurements').count()).resolves.toBe(0);
    // A service's owner is public; its other staff and anyone's line manager are not.
    await item(page, 'Safeguarding Adults').click();
    const panel = page.getByRole('complementary');
    await panel.getByRole('heading', { name: 'Accountable owner' }).waitFor();
    await panel.getByRole('heading', { name: /People \((\d+)\)/ }).waitFor();
    const search = page.getByRole('combobox', { name: 'Find a service, team or person' });
    await search.fill('aaliyah bryan');
    await page
      .getByText(/No match|Nothing matches|No results/i)
      .first()
      .waitFor();
    await page.getByRole('radio', { name: 'Line management' }).click();
    await page.getByRole('heading', { name: 'Line management is not public' }).waitFor();
    await screenshot(page, '07-anonymous-public-view');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('signs in on the sign-in page, shows the demo accounts, explains a wrong password, and signs out', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/councils/E10000029/explorer`);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('heading', { name: 'Demo accounts' }).waitFor();
    await page.getByLabel('E-mail address').fill('kwame.francis@suffolk.gov.uk');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'do not match an account' }).waitFor();
    await screenshot(page, '08-sign-in-error');
    await page.getByRole('button', { name: 'kwame.francis@suffolk.gov.uk' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(page.url()).toMatch(/\/councils\/E10000029\/explorer$/);
    await page.getByText('Kwame Francis').first().waitFor();
    await page.getByText(/298 people/).waitFor();
    await expect(navLink(page, 'Findings').count()).resolves.toBe(1);
    // No token is within a script's reach: the refresh token is an HttpOnly cookie, the access token in memory.
    const reachable = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    );
    expect(reachable).not.toMatch(/gt_refresh|eyJ|accessToken|refreshToken/);
    // (Scoped to /auth, so listed for that path only.)
    const cookie = (await context.cookies(`${server.url}/auth/refresh`)).find((c) => c.name === 'gt_refresh');
    expect(cookie).toMatchObject({ name: 'gt_refresh', httpOnly: true, sameSite: 'Strict', path: '/auth' });
    // The session survives a reload, and a link opened in a new tab opens signed in.
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/councils/E10000029/explorer`);
    await tab.getByRole('button', { name: 'Sign out' }).waitFor();
    await tab.getByText(/298 people/).waitFor();
    // Signing out in one tab ends the session on the server and in the other tab too.
    const stored = (await context.cookies(`${server.url}/auth/refresh`)).find((c) => c.name === 'gt_refresh')!.value;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await tab.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    const refreshed = await server.gql('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: stored });
    expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await tab.close();
    await page.close();
  });

  it('says how long to wait when sign-in is throttled', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('E-mail address').fill('ngozi.okafor@suffolk.gov.uk');
      await page.getByLabel('Password').fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
      await page.getByRole('alert').waitFor();
    }
    await page
      .getByRole('alert')
      .filter({ hasText: /Too many failed sign-ins.*try again in \d+ minutes?/ })
      .waitFor();
    await screenshot(page, '09-sign-in-throttled');
    await page.close();
  });

  it('works on a tablet: the side panel becomes a sheet over the tree', async () => {
    const tablet = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
    const page = await tablet.newPage();
    await page.goto(`${server.url}/councils/E10000029/explorer`);
    await item(page, "Children's Services").click();
    const panel = page.getByRole('complementary');
    await panel.getByRole('heading', { name: "Children's Services" }).waitFor();
    await expect(panel.evaluate((el) => getComputedStyle(el).position)).resolves.toBe('absolute');
    await screenshot(page, '06-tablet');
    await tablet.close();
  });
});
