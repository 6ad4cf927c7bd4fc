import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

/** A tiny built web app: an index page, a script and the script's source map. */
function fakeWebDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-web-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'assets/app.js'),
    'document.getElementById("root").textContent = "hello";\n//# sourceMappingURL=app.js.map\n',
  );
  fs.writeFileSync(
    path.join(dir, 'assets/app.js.map'),
    JSON.stringify({ version: 3, sources: ['../src/secret-source.tsx'], sourcesContent: ['// the source'], mappings: '' }),
  );
  return dir;
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectHardened(res: Response, what: string): void {
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), what).toMatch(/^(no-referrer|strict-origin-when-cross-origin)$/);
  const csp = directives(res.headers.get('content-security-policy'));
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'self'"]);
  expect(csp.get('form-action'), what).toEqual(["'self'"]);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('connect-src'), what).toEqual(["'self'"]);
  const script = csp.get('script-src') ?? [];
  expect(script, what).toContain("'self'");
  expect(script, what).not.toContain("'unsafe-inline'");
  expect(script, what).not.toContain("'unsafe-eval'");
  expect(
    script.some((s) => s === '*' || s.startsWith('http') || s === 'data:'),
    what,
  ).toBe(false);
  // Plain http: no HSTS (browsers ignore it there; it belongs to TLS).
  expect(res.headers.get('strict-transport-security'), what).toBeNull();
}

describe.each(dialects())('security headers on every response on %s', (dialect) => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = fakeWebDist();
    server = await startTestServer(dialect, { seed: 'reference', webDist: dist });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('the web app, its deep links and its assets', async () => {
    const home = await fetch(`${server.url}/`, { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expectHardened(home, 'GET /');
    expect(directives(home.headers.get('content-security-policy')).get('script-src')).toEqual(["'self'"]);
    expect(directives(home.headers.get('content-security-policy')).get('img-src')).toEqual(["'self'", 'data:']);
    const deep = await fetch(`${server.url}/councils/E10000029/explorer`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    expectHardened(deep, 'deep link');
    const script = await fetch(`${server.url}/assets/app.js`);
    expect(script.status).toBe(200);
    expectHardened(script, 'asset');
  });

  it('does not serve source maps, even when the built app has them', async () => {
    for (const accept of ['*/*', 'text/html']) {
      const map = await fetch(`${server.url}/assets/app.js.map`, { headers: { accept } });
      expect(map.status, accept).toBe(404);
      expect(await map.text()).not.toContain('secret-source');
      expectHardened(map, `source map (${accept})`);
    }
  });

  it('the API: answers, refusals and health', async () => {
    const ok = await server.gql('{ __typename }');
    expect(ok.status).toBe(200);
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(post.status).toBe(200);
    expectHardened(post, 'POST /graphql');
    const refused = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: '{"query":"{ __typename }"}',
    });
    expect(refused.status).toBe(401);
    expectHardened(refused, '401');
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expectHardened(health, '/healthz');
  });

  it('the GraphQL explorer page: its own policy, with scripts of this server only and none inline', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expectHardened(page, 'GET /graphql (explorer)');
    const html = await page.text();
    expect(html).not.toMatch(/<script>/);
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const res = await fetch(`${server.url}${src}`);
      expect(res.status, src).toBe(200);
      expect(res.headers.get('content-type'), src).toMatch(/javascript/);
      expectHardened(res, `explorer script ${src}`);
    }
  });
});

describe.each(dialects())('HSTS behind a TLS proxy on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'none', trustProxy: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends Strict-Transport-Security only for requests that came over TLS', async () => {
    const tls = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expectHardened(await fetch(`${server.url}/healthz`), 'plain http');
  });
});
