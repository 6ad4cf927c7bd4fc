import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { FastifyInstance } from 'fastify';

/** Where the explorer's script, styles and icon are served from (each name holds its content's hash). */
export const GRAPHIQL_ASSETS = '/graphiql/';

/** A file of the explorer: its bytes, and the same compressed once (in the thread pool, not blocking requests). */
interface Asset {
  type: string;
  identity: Buffer;
  compressed: Promise<{ br: Buffer; gzip: Buffer }>;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The GraphQL IDE: a small page, the files it loads, and the Content-Security-Policy it is served with. */
export interface Graphiql {
  html: string;
  assets: Map<string, Asset>;
  /**
   * Its own policy: scripts of this server only (no inline script); its editor runs workers from
   * blob: URLs, injects styles, and embeds fonts and icons as data: URLs. Like the app's, it talks
   * only to this server and may not be framed.
   */
  csp: string;
}

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function render(endpoint: string): string {
  return renderGraphiQL({
    title: 'Golden Thread GraphQL explorer',
    endpoint,
    defaultQuery: `# Welcome to the Golden Thread GraphQL API.
# Press the run button (or Ctrl+Enter) to send this query.
query Councils {
  councils(first: 5, filter: { type: CTY }) {
    totalCount
    nodes { id gssCode name region }
  }
}
`,
  } as never);
}

/**
 * Brotli quality 5 and gzip's default level: the 8 MB script becomes 1.6 MB (br) or 2.0 MB (gzip) in
 * about 0.35 s each, once (quality 9 takes 1.8 s for 1.5 MB, 11 takes 26 s for 1.3 MB).
 */
function asset(type: string, body: Buffer): Asset {
  const compressed = Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body),
  ]);
  return { type, identity: body, compressed: compressed.then(([br, gz]) => ({ br, gzip: gz })) };
}

/**
 * GraphiQL as the package renders it is one 9 MB page (the whole bundle inline, in one script and one
 * style element, the icon as a data: URL). Built once here into a page of a few hundred bytes and
 * three files named by their content's hash, so a browser fetches them once and keeps them.
 */
export function buildGraphiql(endpoint: string): Graphiql {
  const assets = new Map<string, Asset>();
  const add = (ext: string, type: string, body: Buffer) => {
    const name = `graphiql.${createHash('sha256').update(body).digest('base64url').slice(0, 16)}.${ext}`;
    assets.set(name, asset(type, body));
    return `${GRAPHIQL_ASSETS}${name}`;
  };
  const html = render(endpoint)
    .replace(
      /<script>([\s\S]*?)<\/script>/g,
      (_m, body: string) => `<script src="${add('js', 'text/javascript; charset=utf-8', Buffer.from(body))}"></script>`,
    )
    .replace(
      /<style>([\s\S]*?)<\/style>/g,
      (_m, body: string) => `<link rel="stylesheet" href="${add('css', 'text/css; charset=utf-8', Buffer.from(body))}" />`,
    )
    .replace(
      /href="data:image\/x-icon;base64,([^"]*)"/,
      (_m, body: string) => `href="${add('ico', 'image/x-icon', Buffer.from(body, 'base64'))}"`,
    );
  if (/<script>|<style>/.test(html)) throw new Error('GraphiQL: an inline script or style was left in the page (its CSP allows none)');
  return { html, assets, csp: GRAPHIQL_CSP };
}

/** Hashed names never change content: a year, and no revalidation. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The explorer: its page at GET `endpoint` for browsers (the hook the app registers calls `page`),
 * and its files under GRAPHIQL_ASSETS, compressed in advance (br or gzip, as the browser accepts).
 * Built on the first open of the page (its files compressed in the background, once per process).
 */
export function registerGraphiql(app: FastifyInstance, endpoint: string): { page: () => Graphiql } {
  let built: Graphiql | undefined;
  const page = () => {
    built ??= buildGraphiql(endpoint);
    return built;
  };
  app.get<{ Params: { file: string } }>(`${GRAPHIQL_ASSETS}:file`, { compress: false }, async (request, reply) => {
    const file = page().assets.get(request.params.file);
    if (!file) return reply.code(404).send({ error: 'Not found' });
    const encoding = negotiate(String(request.headers['accept-encoding'] ?? ''), ['br', 'gzip', 'identity']);
    reply.header('cache-control', IMMUTABLE).header('vary', 'accept-encoding').type(file.type);
    if (encoding !== 'br' && encoding !== 'gzip') return reply.send(file.identity);
    return reply.header('content-encoding', encoding).send((await file.compressed)[encoding]);
  });
  return { page };
}
