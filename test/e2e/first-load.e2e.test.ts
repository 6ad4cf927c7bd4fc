import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist } from './browser.js';

/** Issue 17, "Fast first load": the landing page's scripts, compressed as they travel, within this. */
const LANDING_JS_BUDGET = 200 * 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Script {
  url: string;
  /** The body's bytes as they came over the wire (compressed). */
  transferred: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
}

/** Every script the page loads from the server while `action` runs, with the size it travelled at. */
async function scriptsDuring(page: Page, base: string, action: () => Promise<void>): Promise<Script[]> {
  const responses: Response[] = [];
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script' && r.url().startsWith(base)) responses.push(r);
  };
  page.on('response', onResponse);
  try {
    await action();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  return Promise.all(
    responses.map(async (r) => {
      const headers = await r.allHeaders();
      return {
        url: new URL(r.url()).pathname,
        transferred: (await r.request().sizes()).responseBodySize,
        encoding: headers['content-encoding'],
        cacheControl: headers['cache-control'],
      };
    }),
  );
}

/** One GET with exactly this Accept-Encoding (fetch would decompress): status, headers and the bytes as sent. */
function get(url: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

// The built app as the server sends it, in chromium: the public landing page loads the shell and its own view only
// (views are chunks loaded on first use), compressed, and the hashed files are kept by the browser for good.
describe('first load of the web app, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('landing page: at most 200 KB of compressed script, all of it br and kept immutably; other views load on first use', async () => {
    const page = await context.newPage();
    let documentCache: string | undefined;
    page.on('response', (r) => {
      if (r.request().isNavigationRequest()) documentCache = r.headers()['cache-control'];
    });
    const landing = await scriptsDuring(page, server.url, async () => {
      await page.goto(`${server.url}/`);
      await page.getByRole('heading', { level: 1, name: 'How Suffolk is doing' }).waitFor();
    });
    expect(documentCache, 'index.html is revalidated, never kept as it is').toBe('no-cache');
    const total = landing.reduce((sum, s) => sum + s.transferred, 0);
    console.log(`landing page: ${landing.length} scripts, ${(total / 1024).toFixed(1)} KB compressed (budget 200 KB)`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(LANDING_JS_BUDGET);
    for (const s of landing) {
      expect(s.url, 'a script of the build').toMatch(/^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.js$/);
      expect(s.encoding, s.url).toBe('br');
      expect(s.cacheControl, s.url).toBe(IMMUTABLE);
    }
    // No other view's code, nor d3's (only the views that draw charts and trees use it), in the landing's scripts.
    const names = landing.map((s) => s.url).join(' ');
    expect(names).not.toMatch(/ExplorerPage|CascadePage|GovernancePage|HealthCheckPage|IndicatorPage|d3-/);

    // The explorer's code arrives when it is first opened, and it draws.
    const explorer = await scriptsDuring(page, server.url, async () => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Accountability', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Accountability explorer' }).waitFor();
      await page.getByRole('tree').getByRole('treeitem').first().waitFor();
    });
    expect(explorer.map((s) => s.url).join(' ')).toMatch(/\/assets\/ExplorerPage-[A-Za-z0-9_-]{8}\.js/);
    for (const s of explorer) expect([s.url, s.encoding, s.cacheControl]).toEqual([s.url, 'br', IMMUTABLE]);
    await page.close();
  });

  it('a later visit takes the scripts from the browser cache without asking the server', async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Memory-cache hits are told apart by their own event; disk-cache hits by the response.
    const servedFromCache = new Set<string>();
    cdp.on('Network.requestServedFromCache', (e) => servedFromCache.add(e.requestId));
    const scripts: Array<{ url: string; requestId: string; fromDisk: boolean }> = [];
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.push({ url: e.response.url, requestId: e.requestId, fromDisk: Boolean(e.response.fromDiskCache) });
    });
    await page.goto(`${server.url}/councils/E10000029/public`);
    await page.getByRole('heading', { level: 1, name: 'How Suffolk is doing' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.fromDisk && !servedFromCache.has(s.requestId)).map((s) => s.url)).toEqual([]);
    await page.close();
  });

  it('sends each hashed script as br or gzip, as the client accepts, the same bytes as the plain file', async () => {
    const html = (await get(`${server.url}/`, 'identity')).body.toString('utf8');
    const entry = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry, 'the entry script named in index.html').toBeTruthy();
    const plain = await get(`${server.url}${entry}`, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const res = await get(`${server.url}${entry}`, accept);
      expect(res.status, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(encoding);
      expect(res.headers['cache-control'], accept).toBe(IMMUTABLE);
      expect(res.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(res.body.length, accept).toBeLessThan(plain.body.length / 3);
      expect(decode(res.body).equals(plain.body), accept).toBe(true);
    }
    // The compressed copies are not addresses of their own.
    expect((await get(`${server.url}${entry}.br`, 'identity')).status).toBe(404);
  });
});
