import { ApiKey, sha256, type Em } from '@goldenthread/db';
import { AppError } from '../errors.js';
import { idOf } from '../loaders.js';
import type { Viewer } from './access.js';
import { apiKeyPrefix, API_KEY_PREFIX, sameHash, verifyAccessToken, type AuthSettings } from './tokens.js';

/** What a request brings: read from its headers by the HTTP app. */
export interface Credentials {
  /** The Authorization header. */
  authorization?: string | undefined;
  /** The x-api-key header. */
  apiKey?: string | undefined;
  /** Client address (for throttling and rate limits). */
  ip: string;
  userAgent?: string | undefined;
}

export type RequestViewer = Exclude<Viewer, { kind: 'system' }>;

/** 401 with a WWW-Authenticate challenge: the credentials were given but are not valid. */
function rejected(message: string, error: 'invalid_token' | 'invalid_request' = 'invalid_token'): AppError {
  return new AppError('UNAUTHENTICATED', message, {
    http: { status: 401, headers: new Map([['www-authenticate', `Bearer realm="golden-thread", error="${error}"`]]) },
  });
}

/** The presented secret and whether it is an API key, or null when the request carries none. */
export function presentedSecret(credentials: Credentials): { secret: string; apiKey: boolean } | null {
  if (credentials.apiKey) return { secret: credentials.apiKey.trim(), apiKey: true };
  const header = credentials.authorization?.trim();
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw rejected('The Authorization header must be "Bearer <token>" (an access token or an API key).', 'invalid_request');
  return { secret: m[1]!, apiKey: m[1]!.startsWith(API_KEY_PREFIX) };
}

/**
 * The rate-limit bucket of a request, decided once its credentials have been verified: a partner's
 * own key (by id), or else the client address. A key that does not verify is never a bucket of its
 * own: forged keys carrying a real key's prefix cannot spend that partner's allowance, and forged
 * random prefixes cannot escape the address's.
 */
export function rateLimitKey(viewer: RequestViewer | undefined, ip: string): string {
  return viewer?.kind === 'partner' ? `key:${viewer.apiKeyId}` : `ip:${ip}`;
}

const lastUsedWritten = new WeakMap<object, Map<number, number>>();

/**
 * Who is asking. No credentials: anonymous (no database access). An API key: the partner it was
 * issued to, if it exists, matches, is not revoked and has not expired (one statement). An access
 * token: the signed-in person, if its signature and expiry hold and its sign-in session was not
 * revoked and the account is enabled (one statement). Anything presented but invalid is refused
 * with 401 rather than treated as anonymous, so a client knows to sign in again.
 */
export async function authenticate(
  emOf: () => Em,
  settings: AuthSettings,
  credentials: Credentials,
  cache: object = settings,
): Promise<RequestViewer> {
  const presented = presentedSecret(credentials);
  if (!presented) return { kind: 'anonymous' };
  if (presented.apiKey) {
    const prefix = apiKeyPrefix(presented.secret);
    if (!prefix) throw rejected('This API key is not valid.');
    const em = emOf();
    const key = await em.findOne(ApiKey, { prefix });
    const now = new Date();
    if (!key || !sameHash(key.keyHash, sha256(presented.secret))) throw rejected('This API key is not valid.');
    if (key.revokedAt) throw rejected('This API key has been revoked. Ask the council for a new one.');
    if (key.expiresAt && key.expiresAt <= now) throw rejected('This API key has expired. Ask the council for a new one.');
    // Record use at most once a minute per key, outside the audit trail (it is not a change of data).
    let seen = lastUsedWritten.get(cache);
    if (!seen) {
      seen = new Map();
      lastUsedWritten.set(cache, seen);
    }
    if ((seen.get(key.id) ?? 0) < now.getTime() - 60_000) {
      seen.set(key.id, now.getTime());
      // Plain SQL, so a partner's use neither bumps the key's version (an administrator's edit would
      // then conflict) nor lands in the audit trail (it is not a change of data).
      await em
        .getKnex()('api_key')
        .where('id', key.id)
        .update({ last_used_at: em.getPlatform().processDateProperty(now) as never });
    }
    return { kind: 'partner', apiKeyId: key.id, councilIds: [idOf(key.council)!], label: `API key ${key.prefix} (${key.name})` };
  }
  const verified = await verifyAccessToken(settings, presented.secret);
  if (!verified.ok) {
    throw rejected(
      verified.reason === 'expired'
        ? 'Your session has expired: renew it with refreshSession, or sign in again.'
        : 'This access token is not valid: sign in again.',
    );
  }
  const c = verified.claims;
  const account = await liveSessionAccount(emOf(), c.sessionId, c.accountId);
  if (!account) throw rejected('You have signed out, or your account was disabled (or you have left the council): sign in again.');
  // The account row, not the token, is the truth for roles: a change takes effect at once.
  return {
    kind: 'person',
    accountId: account.id,
    personId: account.personId,
    councilId: account.councilId,
    admin: account.admin,
    email: account.email,
    sessionId: c.sessionId,
  };
}

/**
 * The account of a sign-in session still live: not revoked or expired, the account enabled and its
 * person not left the council. One statement of plain SQL: it runs on every signed-in request, where
 * MikroORM's joined find and hydration cost more than the rest of a small request.
 */
async function liveSessionAccount(
  em: Em,
  sessionId: string,
  accountId: number,
): Promise<{ id: number; personId: number; councilId: number; admin: boolean; email: string } | null> {
  const now = new Date();
  const row = (await em
    .getKnex()('refresh_token as t')
    .join('account as a', 'a.id', 't.account_id')
    .join('person as p', 'p.id', 'a.person_id')
    .where('t.family', sessionId)
    .whereNull('t.revoked_at')
    .where('t.expires_at', '>', em.getPlatform().processDateProperty(now) as never)
    .where('a.id', accountId)
    .whereNull('a.disabled_at')
    .where((q) => q.whereNull('p.left_on').orWhere('p.left_on', '>', now.toISOString().slice(0, 10)))
    .first('a.id', 'a.person_id', 'a.council_id', 'a.admin', 'a.email')) as
    | { id: number | string; person_id: number | string; council_id: number | string; admin: boolean | number; email: string }
    | undefined;
  if (!row) return null;
  const admin = row.admin === true || row.admin === 1;
  return { id: Number(row.id), personId: Number(row.person_id), councilId: Number(row.council_id), admin, email: row.email };
}
