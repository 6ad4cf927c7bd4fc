import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The GraphQL IDE page and the Content-Security-Policy it is served with. */
export interface GraphiqlPage {
  html: string;
  /**
   * Its own policy: GraphiQL is bundled into the page (inline scripts, allowed by their hashes and
   * nothing else), its editor runs workers from blob: URLs, injects styles, and embeds fonts and
   * icons as data: URLs. Like the app's, it talks only to this server and may not be framed.
   */
  csp: string;
}

const pages = new Map<string, GraphiqlPage>();

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

/** The GraphQL IDE page: GraphiQL bundled into the page itself, so it works with no network (no CDN). Rendered once (9 MB). */
export function graphiqlPage(endpoint: string): GraphiqlPage {
  let page = pages.get(endpoint);
  if (!page) {
    const html = render(endpoint);
    const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
    const csp = [
      "default-src 'self'",
      `script-src 'self' ${hashes.join(' ')}`,
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
    page = { html, csp };
    pages.set(endpoint, page);
  }
  return page;
}
