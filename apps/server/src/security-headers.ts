import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The web app's Content-Security-Policy (README "Other hardening"): its scripts, styles and API of
 * this server only (React and d3 set styles through the DOM, which the policy allows), images
 * also as data: URLs (the icon, the search glass), no plugins, no framing, no other base or form target.
 */
export const WEB_APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/**
 * The headers helmet sets for our settings, worked out once: helmet's middleware run on a stand-in
 * response that records them. (@fastify/helmet ran helmet afresh on every request, parsing the policy
 * each time: about a tenth of the CPU of a small API request.)
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  const apply = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: WEB_APP_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
  let failed: unknown;
  apply({} as never, recorder as never, (error?: unknown) => {
    failed = error;
  });
  if (failed) throw failed;
  return headers;
}

/**
 * Security headers on every response (register first, so answers given by later hooks carry them
 * too): the web app's Content-Security-Policy, X-Frame-Options DENY, nosniff, no referrer and the rest
 * of helmet's defaults. The explorer page sets its own policy. HSTS only on requests that came over
 * TLS (directly, or by a trusted proxy's X-Forwarded-Proto).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = securityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    done();
  });
}
