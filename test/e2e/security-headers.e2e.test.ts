import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, signIn, webDist } from './browser.js';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

// The built web app and the GraphQL explorer under the server's Content-Security-Policy: every
// main view loads, draws and talks to the API with no violation reported by the browser.
describe('web app and GraphQL explorer under the Content-Security-Policy, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Every violation the page (or a frame or worker it starts) reports, from its first script on.
    await context.addInitScript(() => {
      const seen: Array<{ directive: string; blocked: string; source: string }> = [];
      (window as unknown as { __cspViolations: typeof seen }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` }),
      );
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, collecting CSP violations from events and from the console ("Refused to ..."). */
  async function open(
    url: string,
    as?: string,
  ): Promise<{ page: Page; violations: () => Promise<Array<Violation | string>>; csp: string | undefined }> {
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
    });
    let csp: string | undefined;
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.url().startsWith(server.url)) csp = r.headers()['content-security-policy'];
    });
    if (as) await signIn(page, server.url, as, url);
    else await page.goto(`${server.url}${url}`);
    const violations = async () => [
      ...((await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations)) ?? []),
      ...console,
    ];
    return { page, violations, csp };
  }

  it('sees a violation when there is one (the watcher works)', async () => {
    const { page, violations } = await open('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await page.close();
  });

  it('builds the web app without public source maps', () => {
    const files = fs.readdirSync(path.join(webDist, 'assets'));
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('draws the explorer, the cascade, findings, measurements and admin for a signed-in administrator with no violation', async () => {
    const { page, violations, csp } = await open('/councils/E10000029/explorer', 'megan.llewellyn@suffolk.gov.uk');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    await page.getByRole('tree', { name: 'Organisation of Suffolk' }).waitFor();
    // The explorer opens legible around the council; the whole tree is drawn once fitted.
    await page.getByRole('button', { name: 'Fit the whole tree in view' }).click();
    await page.getByRole('treeitem', { name: /^Adult Social Care,/ }).waitFor();
    // The line-management view is drawn with d3 (zoom, paths, inline positions).
    await page.goto(`${server.url}/councils/E10000029/explorer?mode=line`);
    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Priority cascade' }).click();
    await page.getByRole('tree', { name: /^Priority cascade of / }).waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Findings' }).click();
    await page.getByRole('list', { name: 'Findings' }).waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Measurements' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: /^Sign-in accounts/ })
      .getByRole('cell', { name: 'megan.llewellyn@suffolk.gov.uk' })
      .waitFor();
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('draws scrutiny and an indicator chart with comparisons for an anonymous visitor with no violation', async () => {
    const { page, violations, csp } = await open('/councils/E10000029/scrutiny');
    expect(csp).toMatch(/script-src 'self'/);
    await page.getByRole('heading', { name: 'Exceptions' }).waitFor();
    await page
      .getByRole('link', { name: /^Long-term support needs of older adults aged 65 and over/ })
      .first()
      .click();
    const chart = page.getByRole('img', { name: /chart of the council's values, target, median and middle half/ });
    await chart.waitFor();
    await chart.locator('path.band').waitFor({ state: 'attached' });
    await page.getByRole('img', { name: /Ranked chart of \d+ councils/ }).waitFor();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('runs the GraphQL explorer (inline scripts, editor workers, the API) with no violation', async () => {
    const { page, violations, csp } = await open('/graphql');
    expect(csp).toMatch(/frame-ancestors 'none'/);
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    await page.locator('.graphiql-container').first().waitFor();
    await page.getByText('query Councils {').waitFor();
    await page.getByRole('button', { name: /^Execute query/ }).click();
    // The answer comes back from the API (connect-src) into the result editor (which spaces with &nbsp;).
    // innerText, not textContent: what is shown, not the 9 MB of inline GraphiQL script in the body.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is being checked
    await expect.poll(() => page.evaluate(() => document.body.innerText), { timeout: 20_000 }).toMatch(/"totalCount":\s+\d+/);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is being checked
    expect(await page.evaluate(() => document.body.innerText)).toMatch(/"gssCode":\s+"E1\d+"/);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
