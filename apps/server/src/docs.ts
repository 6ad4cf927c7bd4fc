/**
 * The partner guide (docs/partners.md) as a web page at GET /docs: rendered once, when the server starts,
 * with markdown-it (raw HTML in the Markdown is escaped, not passed through). Offline and self-contained:
 * one page and one stylesheet of this server, no script, no external asset, under a policy of its own.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import MarkdownIt from 'markdown-it';

/** The guide in the repository (apps/server/src or dist -> docs/partners.md). */
export const PARTNER_GUIDE = new URL('../../../docs/partners.md', import.meta.url);

export const DOCS_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Revalidated every five minutes: the guide changes with a deployment, and the ETag makes a check cheap. */
export const DOCS_CACHE = 'public, max-age=300';

const STYLES = `body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;margin:0}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1,h2,h3{line-height:1.25}h2{margin-top:2.5rem;border-top:1px solid #d0d0d0;padding-top:1.5rem}
a{color:#1d4f91}a:focus{outline:3px solid #fd0;outline-offset:1px}
pre{background:#f4f4f4;border:1px solid #d0d0d0;padding:.75rem;overflow-x:auto;font-size:.875rem;line-height:1.4}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
:not(pre)>code{background:#f4f4f4;padding:0 .2em;overflow-wrap:anywhere}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #d0d0d0;padding:.3rem .6rem;text-align:left}`;

/** A heading's anchor: its words in lower case joined by hyphens ("1. A council's organisation" -> "1-a-councils-organisation"). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The guide's Markdown as a whole HTML page, headings with ids so each question can be linked to. */
export function renderGuide(markdown: string): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('heading_ids', (state) => {
    state.tokens.forEach((token, i) => {
      const inline = state.tokens[i + 1];
      if (token.type === 'heading_open' && inline?.type === 'inline') token.attrSet('id', slug(inline.content));
    });
  });
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? 'Partner guide';
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${md.utils.escapeHtml(title)} - Golden Thread</title>`,
    '<link rel="stylesheet" href="/docs/guide.css">',
    '</head>',
    '<body>',
    `<main>${md.render(markdown)}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface Page {
  body: string;
  type: string;
  etag: string;
}

const page = (body: string, type: string): Page => ({
  body,
  type,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
});

function send(request: FastifyRequest, reply: FastifyReply, p: Page) {
  reply.header('cache-control', DOCS_CACHE).header('etag', p.etag).header('content-security-policy', DOCS_CSP);
  const match = String(request.headers['if-none-match'] ?? '')
    .split(',')
    .some((tag) => tag.trim().replace(/^W\//, '') === p.etag);
  if (match) return reply.code(304).send();
  return reply.type(p.type).send(p.body);
}

/** GET /docs (the guide) and /docs/guide.css; a server without the guide's file answers 404 there. */
export function registerDocs(app: FastifyInstance, file: URL = PARTNER_GUIDE): void {
  if (!fs.existsSync(file)) {
    app.get('/docs', async (_request, reply) => reply.code(404).send({ error: 'The partner guide (docs/partners.md) is not installed.' }));
    return;
  }
  const html = page(renderGuide(fs.readFileSync(file, 'utf8')), 'text/html; charset=utf-8');
  const css = page(STYLES, 'text/css; charset=utf-8');
  app.get('/docs', async (request, reply) => send(request, reply, html));
  app.get('/docs/guide.css', async (request, reply) => send(request, reply, css));
}
