import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNCIL_GSS } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire (still compressed, if they were). */
  body: Buffer;
}

/** One request with exactly these headers (fetch would add Accept-Encoding and decompress). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The body as it was before compression. */
function decoded(res: Raw): Buffer {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body);
  if (encoding === 'gzip') return gunzipSync(res.body);
  expect(encoding, 'an encoding this test knows').toBeUndefined();
  return res.body;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A built web app as Vite lays it out: index.html, hashed assets, one unhashed file copied as it is. */
function fakeWebDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-web-cache-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-B2xQ9fZ_.js"></script></head><body><div ' +
      'id="root"></div></body></html>',
  );
  const script = Array.from({ length: 400 }, (_, i) => `export const line${i} = "the same words again and again, ${i}";`).join('\n');
  fs.writeFileSync(path.join(dir, 'assets/index-B2xQ9fZ_.js'), script);
  fs.writeFileSync(path.join(dir, 'assets/index-CXxbpHW4.css'), 'body { margin: 0 }\n');
  fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n');
  return dir;
}

describe.each(dialects())('compressed answers and cached files on %s', (dialect) => {
  let server: TestServer;
  let member: Client;
  let dist: string;
  beforeAll(async () => {
    dist = fakeWebDist();
    server = await startTestServer(dialect, { webDist: dist });
    member = await server.memberOf(DEMO_COUNCIL_GSS);
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const tree = async (acceptEncoding?: string) => {
    const council = await server.gql(`{ council(gssCode: "${DEMO_COUNCIL_GSS}") { id } }`);
    const query = `query($c: ID!) { accountabilityTree(councilId: $c) {
      nodes { id parentId kind name detail depth ownerId ownerName lineManagerId functionalManagerId answersFor findings { index code
        severity } }
      findings { code severity message fix nodes { id type name } } } }`;
    return raw(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...member.headers,
        ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      },
      body: JSON.stringify({ query, variables: { c: council.data.council.id } }),
    });
  };

  it('compresses a big API answer when the client accepts it (br first, else gzip), and not otherwise', async () => {
    const plain = await tree();
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const answer = JSON.parse(plain.body.toString('utf8'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.accountabilityTree.nodes.length).toBeGreaterThan(200);
    expect(plain.body.length).toBeGreaterThan(64 * 1024);

    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
    ] as const) {
      const res = await tree(accept);
      expect(res.status, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(encoding);
      expect(res.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(res.body.length, accept).toBeLessThan(plain.body.length / 4);
      expect(JSON.parse(decoded(res).toString('utf8')), accept).toEqual(answer);
    }
    expect((await tree('identity')).headers['content-encoding']).toBeUndefined();
  });

  it('does not unpack compressed request bodies (the body limits count what arrives)', async () => {
    const body = gzipSync(JSON.stringify({ query: '{ __typename }' }));
    const res = await raw(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.toString('utf8')).not.toContain('"__typename"');
  });

  it('leaves answers under the threshold as they are', async () => {
    const res = await raw(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: '{"query":"{ __typename }"}',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });

  it("keeps the built app's hashed assets for a year, and revalidates index.html and unhashed files", async () => {
    for (const file of ['/assets/index-B2xQ9fZ_.js', '/assets/index-CXxbpHW4.css']) {
      const res = await raw(`${server.url}${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers['cache-control'], file).toBe(IMMUTABLE);
    }
    const script = fs.readFileSync(path.join(dist, 'assets/index-B2xQ9fZ_.js'));
    const compressed = await raw(`${server.url}/assets/index-B2xQ9fZ_.js`, { headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['cache-control']).toBe(IMMUTABLE);
    expect(decoded(compressed).equals(script)).toBe(true);
    expect(compressed.body.length).toBeLessThan(script.length / 4);

    for (const url of ['/', '/index.html', '/councils/E10000029/explorer', '/robots.txt']) {
      const res = await raw(`${server.url}${url}`, { headers: { accept: 'text/html' } });
      expect(res.status, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers.etag ?? res.headers['last-modified'], url).toBeTruthy();
    }
  });

  it('serves the GraphQL explorer as a small page and files named by their hash, kept for a year', async () => {
    const page = await raw(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = page.body.toString('utf8');
    expect(html.length).toBeLessThan(4096);
    expect(html).not.toMatch(/<script>|<style>|data:/);
    const files = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files.map((f) => path.extname(f)).sort()).toEqual(['.css', '.ico', '.js']);
    let bytes = 0;
    for (const file of files) {
      const plain = await raw(`${server.url}${file}`);
      expect(plain.status, file).toBe(200);
      expect(plain.headers['cache-control'], file).toBe(IMMUTABLE);
      expect(plain.headers['content-encoding'], file).toBeUndefined();
      const br = await raw(`${server.url}${file}`, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(br.headers['content-encoding'], file).toBe('br');
      expect(br.headers['cache-control'], file).toBe(IMMUTABLE);
      expect(decoded(br).equals(plain.body), file).toBe(true);
      const gzip = await raw(`${server.url}${file}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(decoded(gzip).equals(plain.body), file).toBe(true);
      bytes += plain.body.length;
    }
    // The bundle is all there: what used to be inline in the page.
    expect(bytes).toBeGreaterThan(5_000_000);
    expect((await raw(`${server.url}/graphiql/graphiql.unknown.js`)).status).toBe(404);
  });
});
